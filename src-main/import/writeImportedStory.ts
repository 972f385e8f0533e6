import { fieldsOf, StoryFields, type StoryDetail } from '../../src-shared/domain/storyDraft'
import type { Store } from '../db/store'
import type { StoryService } from '../stories/storyService'
import type { ImportedFields } from './buildStoryFields'

/**
 * Writes an imported story in one transaction, through the story service's own create and save
 * (so slug, search index, picture uses, revisions and checks on the body are exactly those of a
 * story typed in): a draft assigned to the current person, then every imported field, kept as a
 * checkpoint in its history. If anything fails, nothing is created.
 * @throws ServiceError `invalid_input` when the body does not fit the editor's schema (a bug of the readers).
 */
export function writeImportedStory(store: Store, stories: StoryService, fields: ImportedFields): StoryDetail {
  return store.transaction(() => {
    const draft = stories.create({ headline: fields.headline, language: fields.language })
    const merged = StoryFields.parse({ ...fieldsOf(draft), ...fields, assigneeId: draft.assigneeId })
    return stories.save({ id: draft.id, baseVersion: draft.version, fields: merged, checkpoint: true })
  })
}
