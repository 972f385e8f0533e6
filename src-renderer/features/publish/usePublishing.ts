import { useCallback, useEffect, useState } from 'react'
import type { PublishTarget, StoryPublication } from '../../../src-shared/domain/publishing'
import { newsdesk } from '../../api/newsdesk'

/**
 * The sites a story can go to and where it is published, loaded when the story opens;
 * `loadPublications` reads the latter again. A hook of its own, given only the id: its
 * long-lived callback and effect would otherwise share the component's closure scope, which
 * holds the story as first opened (its whole body, HTML and text) for as long as the screen
 * is open (issue 8, P7: a heap snapshot's retainer path).
 */
export function usePublishing(storyId: string): { targets: PublishTarget[]; publications: StoryPublication[]; loadPublications: () => Promise<void> } {
  const [targets, setTargets] = useState<PublishTarget[]>([])
  const [publications, setPublications] = useState<StoryPublication[]>([])
  const loadPublications = useCallback(async () => {
    const result = await newsdesk!.publish.publications({ storyId })
    if (result.ok) setPublications(result.value)
  }, [storyId])
  useEffect(() => {
    void loadPublications()
    void newsdesk!.publish.targets({}).then((result) => result.ok && setTargets(result.value))
  }, [loadPublications])
  return { targets, publications, loadPublications }
}
