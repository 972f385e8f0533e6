import type { Person } from '../../src-shared/domain/person'
import type { StoryComment } from '../../src-shared/domain/comment'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'

/** Comments on stories: add, edit your own, resolve (or reopen), list. Never exported. */
export interface CommentService {
  list(input: { storyId: string }): StoryComment[]
  add(input: { storyId: string; body: string }): StoryComment
  /** @throws ServiceError `forbidden` for someone else's comment. */
  edit(input: { id: string; body: string }): StoryComment
  resolve(input: { id: string; resolved: boolean }): StoryComment
}

export function createCommentService(store: Store, context: ServiceContext, currentPerson: () => Person | null): CommentService {
  const { query } = store
  const select = () =>
    query
      .selectFrom('story_comments as c')
      .leftJoin('people', 'people.id', 'c.created_by')
      .select(['c.id', 'c.story_id', 'c.body', 'c.created_by', 'people.name', 'c.created_at', 'c.updated_at', 'c.resolved_at'])
      .where('c.deleted_at', 'is', null)

  function find(id: string): StoryComment {
    const row = store.first(select().where('c.id', '=', id))
    if (!row) throw new ServiceError('not_found', 'That comment does not exist.')
    return { id: row.id, storyId: row.story_id, body: row.body, authorId: row.created_by, authorName: row.name ?? row.created_by, createdAt: row.created_at, updatedAt: row.updated_at, resolvedAt: row.resolved_at }
  }

  return {
    list: ({ storyId }) => store.all(select().where('c.story_id', '=', storyId).orderBy('c.created_at').orderBy('c.id')).map((row) => find(row.id)),

    add({ storyId, body }) {
      const id = context.newId()
      const now = context.now().toISOString()
      const actor = context.actor()
      store.transaction(() => {
        if (!store.first(query.selectFrom('stories').select('id').where('id', '=', storyId).where('deleted_at', 'is', null))) {
          throw new ServiceError('not_found', 'That story does not exist, or it was deleted.')
        }
        store.run(query.insertInto('story_comments').values({ id, story_id: storyId, body, created_at: now, created_by: actor, updated_at: now, updated_by: actor }))
      })
      return find(id)
    },

    edit({ id, body }) {
      const comment = find(id)
      if (comment.authorId !== (currentPerson()?.id ?? context.actor())) throw new ServiceError('forbidden', 'You can edit only your own comments.')
      store.transaction(() => store.run(query.updateTable('story_comments').set({ body, updated_at: context.now().toISOString(), updated_by: context.actor() }).where('id', '=', id)))
      return find(id)
    },

    resolve({ id, resolved }) {
      find(id)
      const now = context.now().toISOString()
      const actor = context.actor()
      store.transaction(() =>
        store.run(query.updateTable('story_comments').set({ resolved_at: resolved ? now : null, resolved_by: resolved ? actor : null, updated_at: now, updated_by: actor }).where('id', '=', id)),
      )
      return find(id)
    },
  }
}
