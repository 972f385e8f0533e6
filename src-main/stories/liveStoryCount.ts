import type { StoryFilters, StoryState } from '../../src-shared/domain/story'
import type { Store } from '../db/store'

/**
 * Live stories in `states` (every state when empty), read from `story_counts` (migration 11,
 * kept by triggers): nine rows at most, however large the desk, where a `count(*)` read the
 * whole state index (23 ms at 1,000,000 stories). Exact: the triggers run in the
 * transaction of every change to a story's state or tombstone.
 */
export function liveStoryCount(store: Store, states: readonly StoryState[]): number {
  let query = store.query.selectFrom('story_counts').select((eb) => eb.fn.sum<number>('live').as('live'))
  if (states.length > 0) query = query.where('state', 'in', [...states])
  return Number(store.first(query)?.live ?? 0)
}

/** Whether a list is narrowed by state alone, so `liveStoryCount` is its total. */
export function narrowedByStateAlone(mine: boolean, filters: StoryFilters): boolean {
  return !mine && !Object.values(filters).some(Boolean)
}
