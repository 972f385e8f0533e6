import type { Selectable } from 'kysely'
import { RevisionKind, type Revision, type RevisionSummary, type StoryFields } from '../../src-shared/domain/storyDraft'
import { ServiceError } from '../app/serviceError'
import type { StoryRevisionsTable } from '../db/schema'
import type { Store } from '../db/store'

/** How many revisions the history lists, newest first. */
export const REVISION_LIST_LIMIT = 200

/** A story's history, newest first (at most `REVISION_LIST_LIMIT`). */
export function listRevisions(store: Store, storyId: string): RevisionSummary[] {
  const rows = store.all(
    store.query
      .selectFrom('story_revisions as r')
      .leftJoin('people', 'people.id', 'r.created_by')
      .select(['r.id', 'r.story_id', 'r.story_version', 'r.kind', 'r.headline', 'r.word_count', 'r.created_at', 'r.created_by', 'r.updated_at', 'people.name'])
      .where('r.story_id', '=', storyId)
      .where('r.deleted_at', 'is', null)
      .orderBy('r.created_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(REVISION_LIST_LIMIT),
  )
  return rows.map(toSummary)
}

/**
 * One revision with its fields and HTML.
 * @throws ServiceError `not_found`.
 */
export function getRevision(store: Store, id: string): Revision {
  const row = store.first(
    store.query
      .selectFrom('story_revisions as r')
      .leftJoin('people', 'people.id', 'r.created_by')
      .selectAll('r')
      .select('people.name')
      .where('r.id', '=', id)
      .where('r.deleted_at', 'is', null),
  )
  if (!row) throw new ServiceError('not_found', 'That revision does not exist.')
  return { ...toSummary(row), fields: JSON.parse(row.fields_json) as StoryFields, bodyHtml: row.body_html }
}

type SummaryRow = Pick<Selectable<StoryRevisionsTable>, 'id' | 'story_id' | 'story_version' | 'kind' | 'headline' | 'word_count' | 'created_at' | 'created_by' | 'updated_at'> & { name: string | null }

function toSummary(row: SummaryRow): RevisionSummary {
  return {
    id: row.id,
    storyId: row.story_id,
    storyVersion: row.story_version,
    kind: RevisionKind.parse(row.kind),
    headline: row.headline,
    wordCount: row.word_count,
    createdAt: row.created_at,
    createdBy: row.created_by,
    createdByName: row.name ?? row.created_by,
    updatedAt: row.updated_at,
  }
}
