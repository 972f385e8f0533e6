import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORY_STATES, type StoryState } from '../../src-shared/domain/story'
import { MIGRATIONS } from '../db/migrations'
import { openDatabase } from '../db/openDatabase'
import type { Store } from '../db/store'
import { makeTempDir } from '../testing/tempDir'
import { liveStoryCount } from './liveStoryCount'
import { mulberry32 } from '../testing/mulberry32'

const OPTIONS = { appVersion: 'test', now: () => new Date('2024-06-01T08:23:00.000Z') }

let temp: ReturnType<typeof makeTempDir>
let path: string
beforeEach(() => {
  temp = makeTempDir()
  path = join(temp.dir, 'newsdesk.sqlite')
})
afterEach(() => temp.remove())


function insertStory(store: Store, id: string, state: StoryState, deleted: boolean): void {
  store.sqlite
    .prepare("INSERT INTO stories (id, state, created_at, created_by, updated_at, updated_by, deleted_at) VALUES (?, ?, 'now', 'test', 'now', 'test', ?)")
    .run(id, state, deleted ? 'now' : null)
}

/** The real counts, state by state, as `count(*)` gives them. */
function realCounts(store: Store): Record<string, number> {
  const rows = store.sqlite.prepare('SELECT state, count(*) AS live FROM stories WHERE deleted_at IS NULL GROUP BY state').all() as { state: string; live: number }[]
  return Object.fromEntries(rows.map((row) => [row.state, row.live]))
}

function keptCounts(store: Store): Record<string, number> {
  const rows = store.sqlite.prepare('SELECT state, live FROM story_counts WHERE live > 0').all() as { state: string; live: number }[]
  return Object.fromEntries(rows.map((row) => [row.state, row.live]))
}

describe('story_counts (migration 11)', () => {
  it('starts from the real counts of a desk that had stories before it', () => {
    const before = openDatabase(path, { ...OPTIONS, migrations: MIGRATIONS.slice(0, 10) }).store
    STORY_STATES.forEach((state, i) => {
      for (let n = 0; n <= i; n++) insertStory(before, `${state}-${n}`, state, false)
      insertStory(before, `${state}-deleted`, state, true)
    })
    before.close()
    const { store, migration } = openDatabase(path, OPTIONS)
    expect(migration.applied).toContain(11)
    expect(keptCounts(store)).toEqual(realCounts(store))
    expect(liveStoryCount(store, [])).toBe(STORY_STATES.length * (STORY_STATES.length + 1) / 2)
    store.close()
  })

  it('stays exact through inserts, moves, spikes, soft deletes, restores, hard deletes and rollbacks', () => {
    const { store } = openDatabase(path, OPTIONS)
    const rnd = mulberry32(11)
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!
    const ids: string[] = []
    for (let step = 0; step < 1500; step++) {
      const roll = rnd()
      const id = ids.length > 0 ? pick(ids) : undefined
      if (roll < 0.3 || !id) {
        const fresh = `story-${step}`
        insertStory(store, fresh, pick(STORY_STATES), rnd() < 0.1)
        ids.push(fresh)
      } else if (roll < 0.55) store.sqlite.prepare('UPDATE stories SET state = ? WHERE id = ?').run(pick(STORY_STATES), id)
      else if (roll < 0.62) store.sqlite.prepare("UPDATE stories SET state = 'spiked', updated_at = 'later' WHERE id = ?").run(id)
      else if (roll < 0.72) store.sqlite.prepare("UPDATE stories SET deleted_at = 'later' WHERE id = ?").run(id)
      else if (roll < 0.8) store.sqlite.prepare('UPDATE stories SET deleted_at = NULL WHERE id = ?').run(id)
      else if (roll < 0.85) store.sqlite.prepare('UPDATE stories SET state = ?, deleted_at = ? WHERE id = ?').run(pick(STORY_STATES), rnd() < 0.5 ? 'later' : null, id)
      else if (roll < 0.9) store.sqlite.prepare("UPDATE stories SET headline = 'edited' WHERE id = ?").run(id)
      else if (roll < 0.95) store.sqlite.prepare('DELETE FROM stories WHERE id = ?').run(id), ids.splice(ids.indexOf(id), 1)
      else {
        expect(() =>
          store.transaction(() => {
            store.sqlite.prepare("UPDATE stories SET state = 'published' WHERE id = ?").run(id)
            insertStory(store, `rolled-back-${step}`, 'draft', false)
            throw new Error('rolled back')
          }),
        ).toThrow('rolled back')
      }
      if (step % 50 === 0) expect(keptCounts(store), `after step ${step}`).toEqual(realCounts(store))
    }
    expect(keptCounts(store)).toEqual(realCounts(store))
    for (const states of [[], ['submitted', 'editing'], ['spiked'], STORY_STATES] as StoryState[][]) {
      const real = store.sqlite.prepare(`SELECT count(*) FROM stories WHERE deleted_at IS NULL${states.length ? ` AND state IN (${states.map(() => '?').join(', ')})` : ''}`).pluck().get(...states)
      expect(liveStoryCount(store, states), states.join()).toBe(real)
    }
    store.close()
  })
})
