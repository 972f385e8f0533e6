import type { Result } from '../../../src-shared/contract/errors'
import type { SavedStory, StoryFields } from '../../../src-shared/domain/storyDraft'
import { newsdesk } from '../../api/newsdesk'
import { bodyChanges, type BodySnapshot } from '../../editor/bodySnapshot'

/** One save of the story screen: what it starts from and what it carries. */
export interface ChangesToSend {
  id: string
  baseVersion: number
  /** Every field as it is now; `body` is the body as opened (sent only when nothing else will do). */
  fields: StoryFields
  /** The body as the editor last reported it; null while it is still the body as opened. */
  body: BodySnapshot | null
  /** The body the database holds at `baseVersion`, as the editor had it; null when it is the body as opened. */
  stored: BodySnapshot | null
  checkpoint: boolean
}

/**
 * Sends a save through `stories.saveChanges`: the fields, and of the body nothing, the changed
 * blocks, or all of it (`bodyChanges`). A patch refused as stale (`conflict`) or unfitting
 * (`invalid_input`) is sent again with the body whole, so a conflict keeps the text as a copy
 * in the history and nothing typed is lost. Resolves with the last answer; never rejects.
 */
export async function sendChanges(save: ChangesToSend): Promise<Result<SavedStory>> {
  const { body: opened, ...fields } = save.fields
  const request = { id: save.id, baseVersion: save.baseVersion, fields, checkpoint: save.checkpoint }
  const changes = bodyChanges(save.body, save.stored)
  const result = await newsdesk!.stories.saveChanges({ ...request, ...changes })
  if (result.ok || changes.body || (result.error.code !== 'conflict' && result.error.code !== 'invalid_input')) return result
  return newsdesk!.stories.saveChanges({ ...request, body: save.body?.json() ?? opened })
}
