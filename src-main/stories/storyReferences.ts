import type { StoryFields } from '../../src-shared/domain/storyDraft'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'

/**
 * Checks, inside the save's transaction, that every row a story points at exists: the
 * assignee and credited people (in the directory, not deleted) and every picture (lead and
 * figures) in the library. A clear refusal beats a foreign-key error.
 * @throws ServiceError `invalid_input` naming what is missing.
 */
export function checkReferences(store: Store, fields: StoryFields, bodyPictureIds: string[]): void {
  const { query } = store
  const people = [...new Set([fields.assigneeId, ...fields.credits.map((c) => c.personId)].filter((id): id is string => id !== null))]
  if (people.length > 0) {
    const found = store.all(query.selectFrom('people').select('id').where('id', 'in', people).where('deleted_at', 'is', null))
    if (found.length !== people.length) throw new ServiceError('invalid_input', 'The story credits or is assigned to someone who is not in the staff directory.')
  }
  const pictures = [...new Set([fields.lead?.pictureId, ...bodyPictureIds].filter((id): id is string => typeof id === 'string'))]
  if (pictures.length > 0) {
    const found = store.all(query.selectFrom('pictures').select('id').where('id', 'in', pictures).where('deleted_at', 'is', null))
    if (found.length !== pictures.length) throw new ServiceError('invalid_input', 'The story shows a picture that is not in the picture library.')
  }
}

/** Rewrites where this story uses pictures (its lead and its figures), for "where is it used". */
export function recordPictureUses(store: Store, storyId: string, leadId: string | null, bodyPictureIds: string[]): void {
  const { query } = store
  store.run(query.deleteFrom('picture_uses').where('story_id', '=', storyId))
  const rows = [
    ...(leadId ? [{ story_id: storyId, picture_id: leadId, kind: 'lead' as const }] : []),
    ...[...new Set(bodyPictureIds)].map((id) => ({ story_id: storyId, picture_id: id, kind: 'body' as const })),
  ]
  if (rows.length > 0) store.run(query.insertInto('picture_uses').values(rows))
}
