import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { Person } from '../../src-shared/domain/person'
import { openWorkstation } from '../../src-main/app/workstation'
import { openNodeSettings } from '../../src-main/settings/nodeSettings'
import { fixedContext } from '../../src-main/testing/fixedContext'
import { reportFigures } from '../harness/figures'
import { seededRandom } from '../harness/random'
import { fuzzChannels } from './fuzzChannels'

/**
 * R4's fuzz at a given size, on a desk with a person who holds every role (so role rules do not
 * stop every payload at the door), two stories and a comment to aim at. Holds when no call
 * rejects, hangs or leaves the Result shape, none is `internal` (a bug), and the database is
 * whole afterwards.
 */
export async function fuzzTest(id: string, perChannel: number): Promise<void> {
  const { seed } = seededRandom()
  // tmpfs when there is one: a hundred thousand calls, many of them writes.
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'newsdesk-r4-fuzz-'))
  const bugs: string[] = []
  const workstation = openWorkstation({
    settings: await openNodeSettings(dir),
    dataDir: dir,
    dataDirSource: 'env',
    appVersion: 'reliability',
    runtime: 'test-host',
    context: fixedContext(),
    reportBug: (message, error) => bugs.push(`${message}: ${String(error)}`),
  })
  try {
    const value = async <T>(channel: string, payload: unknown) => {
      const result = await workstation.dispatch(channel, payload)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.value as T
    }
    const person = await value<Person>('people:create', { name: 'Fuzz Everyone', roles: ['reporter', 'editor', 'publisher', 'photographer', 'admin'] })
    await value('profile:set', { personId: person.id })
    const story = await value<{ id: string }>('stories:create', { headline: 'Fuzz target' })
    await value('stories:create', { headline: 'Another target' })
    await value('comments:add', { storyId: story.id, body: 'A comment to aim at' })
    const pool = { ids: [person.id, story.id] }

    const figures = await fuzzChannels(workstation, perChannel, seed, pool)
    const integrity = workstation.store.sqlite.pragma('integrity_check', { simple: true })
    reportFigures(id, { seed, ...figures, internal: figures.internal.length, broken: figures.broken.length, bugsReported: bugs.length, idsInPool: pool.ids.length, integrity })
    expect(figures.broken).toEqual([])
    expect(figures.internal).toEqual([])
    // The dispatcher logs a payload whose validation itself threw (a getter, a Proxy) before answering invalid_input: not a bug.
    expect(bugs.filter((bug) => !bug.startsWith('a call could not be validated'))).toEqual([])
    expect(integrity).toBe('ok')
  } finally {
    workstation.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
