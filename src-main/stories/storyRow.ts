import type { Selectable } from 'kysely'
import { StoryState, type Story } from '../../src-shared/domain/story'
import type { StoriesTable } from '../db/schema'

/** Maps a `stories` row (snake_case) to the domain `Story` (camelCase). */
export function toStory(row: Selectable<StoriesTable>): Story {
  return {
    id: row.id,
    headline: row.headline,
    state: StoryState.parse(row.state),
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  }
}
