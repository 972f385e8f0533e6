import { StoryState } from '../../src-shared/domain/story'
import type { StoryMove } from '../../src-shared/domain/workflow'
import type { Store } from '../db/store'

/** A story's moves, oldest first, with the mover's name from the directory (or their actor id). */
export function listMoves(store: Store, storyId: string): StoryMove[] {
  const rows = store.all(
    store.query
      .selectFrom('story_moves')
      .leftJoin('people', 'people.id', 'story_moves.created_by')
      .select(['story_moves.id', 'story_moves.from_state', 'story_moves.to_state', 'story_moves.note', 'story_moves.created_at', 'story_moves.created_by', 'people.name'])
      .where('story_moves.story_id', '=', storyId)
      .where('story_moves.deleted_at', 'is', null)
      .orderBy('story_moves.created_at', 'asc')
      .orderBy('story_moves.id', 'asc'),
  )
  return rows.map((row) => ({
    id: row.id,
    storyId,
    from: StoryState.parse(row.from_state),
    to: StoryState.parse(row.to_state),
    note: row.note,
    movedAt: row.created_at,
    movedBy: row.created_by,
    movedByName: row.name ?? row.created_by,
  }))
}
