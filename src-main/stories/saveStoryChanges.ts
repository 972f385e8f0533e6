import { applyBodyPatch, PatchMismatch, type BodyBlock, type BodyPatch } from '../../src-shared/domain/bodyPatch'
import type { BodyJson, FieldsBesideBody, SavedStory } from '../../src-shared/domain/storyDraft'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import { writeStory } from './saveStory'
import { BESIDE_BODY_COLUMNS, openCommentCounts, toSavedStory } from './storyRow'

/** The story screen's save: the fields, and the body whole, as a patch, or not at all (unchanged). */
export interface SaveChangesRequest {
  id: string
  baseVersion: number
  fields: FieldsBesideBody
  body?: BodyJson | undefined
  bodyPatch?: BodyPatch | undefined
  checkpoint?: boolean | undefined
}

/**
 * Saves a story from what the editor changed (contract `stories.saveChanges`): the body is the
 * one sent whole, or the stored body at `baseVersion` with `bodyPatch` applied, or the stored
 * body as it is; then the save is `saveStory`'s, in one transaction, and the answer leaves the
 * body out. The stored body is read before the transaction: if a save lands in between, the
 * transaction's own version check refuses this one and keeps its text (base plus patch, which
 * is exactly what the person had) as a conflict copy.
 * @throws ServiceError `not_found`; `conflict` when `baseVersion` is stale (without a whole body
 * there is no text to keep: the editor sends it whole again); `invalid_input` for a patch that
 * does not fit the stored body, or a body off the schema.
 */
export function saveStoryChanges(store: Store, context: ServiceContext, request: SaveChangesRequest): SavedStory {
  const body = request.body ?? changedBody(store, request)
  return writeStory(store, context, { id: request.id, baseVersion: request.baseVersion, fields: { ...request.fields, body }, checkpoint: request.checkpoint ?? false }, false, (id) => {
    const row = store.first(store.query.selectFrom('stories').select(BESIDE_BODY_COLUMNS).where('id', '=', id))
    if (!row) throw new Error(`story ${id} vanished inside its own save`)
    return toSavedStory(row, openCommentCounts(store, [id]).get(id))
  })
}

/** The stored body at `request.baseVersion` with `request.bodyPatch` applied (when there is one). */
function changedBody(store: Store, request: SaveChangesRequest): BodyJson {
  const stored = store.first(store.query.selectFrom('stories').select(['version', 'body_json']).where('id', '=', request.id).where('deleted_at', 'is', null))
  if (!stored) throw new ServiceError('not_found', 'That story does not exist, or it was deleted.')
  if (stored.version !== request.baseVersion) {
    throw new ServiceError(
      'conflict',
      `This story was saved elsewhere (now version ${stored.version}) after you opened version ${request.baseVersion}; ` +
        'the changes sent apply only to the version you opened.',
    )
  }
  const body = JSON.parse(stored.body_json) as BodyJson
  if (!request.bodyPatch) return body
  try {
    return { ...body, content: applyBodyPatch((body.content ?? []) as BodyBlock[], request.bodyPatch) }
  } catch (error) {
    if (!(error instanceof PatchMismatch)) throw error
    throw new ServiceError('invalid_input', `The changes to the story body do not fit the stored story: ${error.message}.`)
  }
}
