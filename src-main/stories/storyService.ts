import type { Story, StoryPage } from '../../src-shared/domain/story'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import { toStory } from './storyRow'

/** Stories: create, read and list. Each method is one transaction on the store. */
export interface StoryService {
  /** Creates a draft at version 1 with `headline` (already trimmed by the contract). */
  create(input: { headline: string }): Story
  /** @throws ServiceError `not_found` for an unknown or deleted id. */
  get(input: { id: string }): Story
  /** Live stories, most recently changed first; `limit` rows from `offset`. */
  list(input: { limit: number; offset: number }): StoryPage
}

export function createStoryService(store: Store, context: ServiceContext): StoryService {
  const { query } = store

  function find(id: string): Story | undefined {
    const row = store.first(query.selectFrom('stories').selectAll().where('id', '=', id).where('deleted_at', 'is', null))
    return row ? toStory(row) : undefined
  }

  return {
    create({ headline }) {
      const id = context.newId()
      const now = context.now().toISOString()
      const actor = context.actor()
      return store.transaction(() => {
        store.run(
          query.insertInto('stories').values({
            id,
            headline,
            state: 'draft',
            version: 1,
            created_at: now,
            created_by: actor,
            updated_at: now,
            updated_by: actor,
          }),
        )
        const story = find(id)
        if (!story) throw new Error(`story ${id} vanished inside its own transaction`)
        return story
      })
    },

    get({ id }) {
      const story = find(id)
      if (!story) throw new ServiceError('not_found', 'That story does not exist, or it was deleted.')
      return story
    },

    list({ limit, offset }) {
      const live = query.selectFrom('stories').where('deleted_at', 'is', null)
      const rows = store.all(
        live.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset),
      )
      const count = store.first(live.select((eb) => eb.fn.countAll<number>().as('total')))
      return { stories: rows.map(toStory), total: Number(count?.total ?? 0) }
    },
  }
}
