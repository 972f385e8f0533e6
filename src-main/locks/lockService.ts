import { LOCK_TTL_MS, type StoryLock } from '../../src-shared/domain/lock'
import type { Person } from '../../src-shared/domain/person'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'

/** Edit locks on stories (issue 5): claim on open, renew by heartbeat, lapse after `LOCK_TTL_MS`. */
export interface LockService {
  /**
   * Claims (or renews) the lock for the current person when it is free, lapsed or already
   * theirs; with `takeOver`, an editor takes it from its holder, who finds out at their next
   * heartbeat and saves their text as a revision before going read-only.
   * @returns the lock as it stands (`mine` false when someone else holds it).
   * @throws ServiceError `forbidden` for a take-over by a non-editor.
   */
  claim(input: { storyId: string; takeOver: boolean }): StoryLock
  /** Lets go of a lock the current person holds; a no-op otherwise. */
  release(input: { storyId: string }): void
}

export function createLockService(store: Store, context: ServiceContext, currentPerson: () => Person | null): LockService {
  const { query } = store

  function lockOf(storyId: string, me: string): StoryLock | null {
    const row = store.first(
      query.selectFrom('story_locks as l').leftJoin('people', 'people.id', 'l.holder_id').select(['l.story_id', 'l.holder_id', 'l.expires_at', 'people.name']).where('l.story_id', '=', storyId),
    )
    if (!row) return null
    return { storyId: row.story_id, holderId: row.holder_id, holderName: row.name ?? row.holder_id, expiresAt: row.expires_at, mine: row.holder_id === me }
  }

  return {
    claim({ storyId, takeOver }) {
      const person = currentPerson()
      const me = person?.id ?? context.actor()
      const now = context.now()
      return store.transaction(() => {
        if (!store.first(query.selectFrom('stories').select('id').where('id', '=', storyId).where('deleted_at', 'is', null))) {
          throw new ServiceError('not_found', 'That story does not exist, or it was deleted.')
        }
        const current = lockOf(storyId, me)
        const lapsed = current !== null && Date.parse(current.expiresAt) <= now.getTime()
        if (current && !current.mine && !lapsed) {
          if (!takeOver) return current
          if (!person || !(person.roles.includes('editor') || person.roles.includes('admin'))) {
            throw new ServiceError('forbidden', `Only an editor can take over a story from ${current.holderName}.`)
          }
        }
        const iso = now.toISOString()
        const expires = new Date(now.getTime() + LOCK_TTL_MS).toISOString()
        store.run(
          query
            .insertInto('story_locks')
            .values({ story_id: storyId, holder_id: me, expires_at: expires, created_at: iso, created_by: me, updated_at: iso, updated_by: me })
            .onConflict((oc) => oc.column('story_id').doUpdateSet({ holder_id: me, expires_at: expires, updated_at: iso, updated_by: me })),
        )
        return lockOf(storyId, me)!
      })
    },

    release({ storyId }) {
      const me = currentPerson()?.id ?? context.actor()
      store.transaction(() => store.run(query.deleteFrom('story_locks').where('story_id', '=', storyId).where('holder_id', '=', me)))
    },
  }
}
