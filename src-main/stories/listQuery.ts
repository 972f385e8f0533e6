import type { SelectQueryBuilder } from 'kysely'
import type { StoryFilters, StorySort } from '../../src-shared/domain/story'
import type { Schema } from '../db/schema'

type StoriesQuery<O> = SelectQueryBuilder<Schema, 'stories', O>

const SORT_COLUMNS = {
  updated: 'updated_at',
  headline: 'headline',
  byline: 'byline',
  slug: 'slug',
  section: 'section',
  state: 'state',
  words: 'word_count',
  deadline: 'deadline_at',
} as const satisfies Record<StorySort['column'], string>

/** Applies the list filters (each one optional) to a stories query. */
export function applyFilters<O>(query: StoriesQuery<O>, filters: StoryFilters): StoriesQuery<O> {
  let q = query
  if (filters.section) q = q.where('section', '=', filters.section)
  if (filters.assigneeId) q = q.where('assignee_id', '=', filters.assigneeId)
  if (filters.language) q = q.where('language', '=', filters.language)
  if (filters.deadlineFrom) q = q.where('deadline_at', '>=', filters.deadlineFrom)
  if (filters.deadlineTo) q = q.where('deadline_at', '<=', filters.deadlineTo)
  return q
}

/**
 * Orders by the chosen column (only the whitelisted ones), then by id so pages are stable;
 * stories without a deadline sort last, and within a state the newest change comes first.
 * Each order matches an index (migrations 1, 10), so a page never sorts the whole table.
 */
export function applySort<O>(query: StoriesQuery<O>, sort: StorySort): StoriesQuery<O> {
  const column = SORT_COLUMNS[sort.column]
  if (column === 'state') {
    const newest = sort.direction === 'asc' ? 'desc' : 'asc'
    return query.orderBy('state', sort.direction).orderBy('updated_at', newest).orderBy('id', newest)
  }
  const ordered = column === 'deadline_at' ? query.orderBy((eb) => eb('deadline_at', 'is', null)) : query
  return ordered.orderBy(column, sort.direction).orderBy('id', sort.direction)
}
