import type { RevisionSummary, StoryFields } from '../../src-shared/domain/storyDraft'
import type { ServiceContext } from '../app/serviceContext'
import type { Store } from '../db/store'

/** Autosaves by the same person this close together (ms) update one revision instead of adding one. */
export const COALESCE_WINDOW_MS = 5 * 60 * 1000

/** What one revision records. */
export interface RevisionInput {
  storyId: string
  storyVersion: number
  kind: RevisionSummary['kind']
  fields: StoryFields
  bodyHtml: string
  words: number
  now: string
  actor: string
}

/**
 * Records a save in `story_revisions`, inside the caller's transaction. Consecutive `save`s by
 * the same person within `COALESCE_WINDOW_MS` of the previous one update that revision, so
 * an afternoon of autosaves is a readable history; checkpoints, conflicts and restores are
 * always new rows (and an autosave after them starts a new one), so the newest revision
 * always holds the last save.
 */
export function keepRevision(store: Store, context: ServiceContext, input: RevisionInput): void {
  const { query } = store
  const snapshot = {
    story_version: input.storyVersion,
    headline: input.fields.headline,
    fields_json: JSON.stringify(input.fields),
    body_html: input.bodyHtml,
    word_count: input.words,
    updated_at: input.now,
    updated_by: input.actor,
  }
  if (input.kind === 'save') {
    const latest = store.first(
      query
        .selectFrom('story_revisions')
        .select(['id', 'kind', 'created_by', 'updated_at'])
        .where('story_id', '=', input.storyId)
        .where('deleted_at', 'is', null)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1),
    )
    const recent = latest && Date.parse(input.now) - Date.parse(latest.updated_at) <= COALESCE_WINDOW_MS
    if (latest && latest.kind === 'save' && latest.created_by === input.actor && recent) {
      store.run(query.updateTable('story_revisions').set(snapshot).where('id', '=', latest.id))
      return
    }
  }
  store.run(
    query.insertInto('story_revisions').values({
      id: context.newId(),
      story_id: input.storyId,
      kind: input.kind,
      created_at: input.now,
      created_by: input.actor,
      ...snapshot,
    }),
  )
}
