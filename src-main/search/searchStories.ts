import type { Story, StoryState } from '../../src-shared/domain/story'
import type { Store } from '../db/store'
import { openCommentCounts, SUMMARY_COLUMNS, toStory } from '../stories/storyRow'

/** Marks around a match in a snippet: control characters, so no stored text can fake them or inject markup. */
export const SNIPPET_START = '\u0001'
export const SNIPPET_END = '\u0002'

/** Narrows a search the way the lists are narrowed. */
export interface SearchScope {
  limit: number
  offset: number
  states: readonly StoryState[]
  /** Only stories assigned to this person ("My stories"). */
  assigneeId?: string | undefined
}

/**
 * Live stories matching an FTS5 expression (see `matchExpression`), best match first (bm25
 * rank), each with a snippet of the best-matching column whose matches sit between
 * `SNIPPET_START` and `SNIPPET_END`; plus the number of matches (exact).
 */
export function searchStories(store: Store, match: string, scope: SearchScope): { stories: Story[]; total: number } {
  const conditions = ['story_search MATCH ?', 's.deleted_at IS NULL']
  const parameters: unknown[] = [match]
  if (scope.states.length > 0) {
    conditions.push(`s.state IN (${scope.states.map(() => '?').join(', ')})`)
    parameters.push(...scope.states)
  }
  if (scope.assigneeId !== undefined) {
    conditions.push('s.assignee_id = ?')
    parameters.push(scope.assigneeId)
  }
  const from = `FROM story_search JOIN story_search_keys k ON k.search_rowid = story_search.rowid JOIN stories s ON s.id = k.story_id WHERE ${conditions.join(' AND ')}`
  const columns = SUMMARY_COLUMNS.map((column) => `s.${column}`).join(', ')
  const rows = store.sqlite
    .prepare(`SELECT ${columns}, snippet(story_search, -1, char(1), char(2), '…', 16) AS snippet ${from} ORDER BY rank LIMIT ? OFFSET ?`)
    .all(...parameters, scope.limit, scope.offset) as (Parameters<typeof toStory>[0] & { snippet: string })[]
  const narrowed = scope.states.length > 0 || scope.assigneeId !== undefined
  const total = narrowed ? (store.sqlite.prepare(`SELECT count(*) ${from}`).pluck().get(...parameters) as number) : liveMatches(store, match)
  const open = openCommentCounts(store, rows.map((row) => row.id))
  return { stories: rows.map((row) => ({ ...toStory(row, open.get(row.id)), snippet: row.snippet })), total }
}

// Every match counted in the index alone, less the deleted stories the index still holds,
// read from the tombstone index (migration 11) outward: CROSS JOIN keeps SQLite from
// starting at the thousands of matches instead.
const COUNT_MATCHES = 'SELECT count(*) FROM story_search WHERE story_search MATCH ?'
const COUNT_DELETED_MATCHES =
  'SELECT count(*) FROM stories s CROSS JOIN story_search_keys k ON k.story_id = s.id CROSS JOIN story_search ON story_search.rowid = k.search_rowid ' +
  'WHERE s.deleted_at IS NOT NULL AND story_search MATCH ?'

/**
 * Live stories matching `match`, without joining each match to its story: counted through
 * the join, a search matching 98,000 of 100,000 stories took 230–480 ms to count against
 * 22–50 ms in the index alone (issue 8, P3 profile). Every story has one index row
 * (indexStory), so matches less deleted matches is the number of live matching stories.
 */
function liveMatches(store: Store, match: string): number {
  const all = store.sqlite.prepare(COUNT_MATCHES).pluck().get(match) as number
  const deleted = store.sqlite.prepare(COUNT_DELETED_MATCHES).pluck().get(match) as number
  return all - deleted
}
