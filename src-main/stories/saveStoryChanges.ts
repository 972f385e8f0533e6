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

/** Stories whose stored body is remembered, most recently saved last: the ones open in editors. */
const REMEMBERED = 16
/** Per database: story id → the version last saved here and its body's blocks as stored. */
const storedBodies = new WeakMap<Store, Map<string, { version: number; blocks: BodyBlock[] }>>()

/**
 * Saves a story from what the editor changed (contract `stories.saveChanges`): the body is the
 * one sent whole, or the stored body at `baseVersion` with `bodyPatch` applied, or the stored
 * body as it is; then the save is `saveStory`'s, in one transaction, and the answer leaves the
 * body out. The stored body is the one this process last saved when the stored version is still
 * that one (a version is written once, so the pair names one text), else it is read; its
 * block objects are the ones `prepareBlocks` knows by identity, so a patch costs only its own
 * blocks to prepare. If a save lands in between, the transaction's own version check refuses
 * this one and keeps its text (base plus patch: exactly what the person had) as a conflict copy.
 * @throws ServiceError `not_found`; `conflict` when `baseVersion` is stale (without a whole body
 * there is no text to keep: the editor sends it whole again); `invalid_input` for a patch that
 * does not fit the stored body, or a body off the schema.
 */
export function saveStoryChanges(store: Store, context: ServiceContext, request: SaveChangesRequest): SavedStory {
  const body = request.body ?? changedBody(store, request)
  const save = { id: request.id, baseVersion: request.baseVersion, fields: { ...request.fields, body }, checkpoint: request.checkpoint ?? false }
  const saved = writeStory(store, context, save, false, (id, stored) => {
    const row = store.first(store.query.selectFrom('stories').select(BESIDE_BODY_COLUMNS).where('id', '=', id))
    if (!row) throw new Error(`story ${id} vanished inside its own save`)
    return { story: toSavedStory(row, openCommentCounts(store, [id]).get(id)), blocks: (stored.json.content ?? []) as BodyBlock[] }
  })
  remember(store, request.id, saved.story.version, saved.blocks)
  return saved.story
}

/** The stored body at `request.baseVersion` with `request.bodyPatch` applied (when there is one). */
function changedBody(store: Store, request: SaveChangesRequest): BodyJson {
  const blocks = storedBlocks(store, request.id, request.baseVersion)
  if (!request.bodyPatch) return { type: 'doc', content: blocks }
  try {
    return { type: 'doc', content: applyBodyPatch(blocks, request.bodyPatch) }
  } catch (error) {
    if (!(error instanceof PatchMismatch)) throw error
    throw new ServiceError('invalid_input', `The changes to the story body do not fit the stored story: ${error.message}.`)
  }
}

function storedBlocks(store: Store, id: string, version: number): BodyBlock[] {
  // The version is read even when the body is remembered: a save through `stories.save` (a
  // script, another window's whole save) does not pass here, and a patch on a stale version
  // must be refused before the transaction, which would keep a conflict copy, and the editor
  // then sends the text whole for another. (A save from another process landing between this
  // read and the transaction still makes that second copy: nothing is lost either way.)
  const stored = store.first(store.query.selectFrom('stories').select('version').where('id', '=', id).where('deleted_at', 'is', null))
  if (!stored) throw new ServiceError('not_found', 'That story does not exist, or it was deleted.')
  if (stored.version !== version) {
    throw new ServiceError(
      'conflict',
      `This story was saved elsewhere (now version ${stored.version}) after you opened version ${version}; ` +
        'the changes sent apply only to the version you opened.',
    )
  }
  const remembered = storedBodies.get(store)?.get(id)
  if (remembered?.version === version) return remembered.blocks
  const row = store.first(store.query.selectFrom('stories').select('body_json').where('id', '=', id))
  if (!row) throw new ServiceError('not_found', 'That story does not exist, or it was deleted.')
  return ((JSON.parse(row.body_json) as BodyJson).content ?? []) as BodyBlock[]
}

function remember(store: Store, id: string, version: number, blocks: BodyBlock[]): void {
  let bodies = storedBodies.get(store)
  if (!bodies) storedBodies.set(store, (bodies = new Map()))
  bodies.delete(id)
  bodies.set(id, { version, blocks })
  if (bodies.size > REMEMBERED) bodies.delete(bodies.keys().next().value!)
}
