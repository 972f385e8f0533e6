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
export function usePublishing(storyId: string): {
  /** null until the first answer: not "no site". */
  targets: PublishTarget[] | null
  publications: StoryPublication[]
  loadPublications: () => Promise<void>
  /** The sites, read again (for a click that comes before the first answer). */
  loadTargets: () => Promise<PublishTarget[]>
} {
  const [targets, setTargets] = useState<PublishTarget[] | null>(null)
  const [publications, setPublications] = useState<StoryPublication[]>([])
  const loadPublications = useCallback(async () => {
    const result = await newsdesk!.publish.publications({ storyId })
    if (result.ok) setPublications(result.value)
  }, [storyId])
  const loadTargets = useCallback(async () => {
    const result = await newsdesk!.publish.targets({})
    const list = result.ok ? result.value : []
    setTargets(list)
    return list
  }, [])
  useEffect(() => {
    void loadPublications()
    void loadTargets()
  }, [loadPublications, loadTargets])
  return { targets, publications, loadPublications, loadTargets }
}
