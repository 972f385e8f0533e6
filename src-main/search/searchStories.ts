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
 * `SNIPPET_START` and `SNIPPET_END`; plus the number of matches.
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
  const total = store.sqlite.prepare(`SELECT count(*) ${from}`).pluck().get(...parameters) as number
  const open = openCommentCounts(store, rows.map((row) => row.id))
  return { stories: rows.map((row) => ({ ...toStory(row, open.get(row.id)), snippet: row.snippet })), total }
}
