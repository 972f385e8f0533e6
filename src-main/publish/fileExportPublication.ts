import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import type { Store } from '../db/store'
import { publicationOf } from '../export/exportStory'
import type { Publication } from '../export/ninjsTypes'

/**
 * The ninjs `version` a file export carries, in the site's numbering (the one the outbox uses:
 * a first publish is 1, each correction one more), never the story's internal save count:
 * - never sent anywhere: 1, the version it would go out as;
 * - the text a site took (the last publish or correction sent for this story version): that version;
 * - changed since: the last version sent + 1, what the next correction would be.
 * `versioncreated` is the story's last change; `pubstatus` is `canceled` when spiked or unpublished.
 */
export function fileExportPublication(store: Store, story: StoryDetail): Publication {
  const last = store.sqlite
    .prepare("SELECT version, story_version FROM publish_jobs WHERE story_id = ? AND state = 'sent' AND action <> 'unpublish' ORDER BY version DESC, story_version DESC LIMIT 1")
    .get(story.id) as { version: number; story_version: number } | undefined
  const version = !last ? 1 : last.story_version === story.version ? last.version : last.version + 1
  return { ...publicationOf(story), version }
}
