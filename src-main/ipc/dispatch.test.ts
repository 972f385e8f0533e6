import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { listChannels } from '../../src-shared/contract/contract'
import { resultSchema } from '../../src-shared/contract/errors'
import { ServiceError } from '../app/serviceError'
import { openWorkstation, type Workstation } from '../app/workstation'
import { fixedContext } from '../testing/fixedContext'
import { makeTempDir } from '../testing/tempDir'
import { openNodeSettings } from '../settings/nodeSettings'
import { createDispatcher } from './dispatch'
import type { Handlers } from './handlers'

const temp = makeTempDir()
let workstation: Workstation
const bugs = vi.fn()
beforeAll(async () => {
  workstation = openWorkstation({
    settings: await openNodeSettings(temp.dir),
    dataDir: temp.dir,
    dataDirSource: 'env',
    appVersion: 'test',
    runtime: 'test-host',
    context: fixedContext(),
    reportBug: bugs,
  })
})
afterAll(() => {
  workstation.close()
  temp.remove()
})

/** Payloads no channel accepts: every input is a strict object. */
const MALFORMED: [string, unknown][] = [
  ['a number', 42],
  ['a string', 'stories'],
  ['null', null],
  ['an array', [{}]],
  ['an unexpected key', { injected: 'DROP TABLE stories' }],
]

describe.each(listChannels().map((c) => [c.name, c] as const))('channel %s', (name, entry) => {
  it.each(MALFORMED)('answers %s with a typed invalid_input error', async (_label, payload) => {
    const result = await workstation.dispatch(name, payload)
    expect(resultSchema(entry.schemas.output).parse(result)).toEqual(result)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.message).toBe(`Invalid request for ${name}.`)
    expect(result.error.issues?.length).toBeGreaterThan(0)
  })
})

describe('the dispatcher', () => {
  it('answers a valid call with a value that matches the output schema', async () => {
    const created = await workstation.dispatch('stories:create', { headline: '  Heavy rain hits Karachi  ' })
    expect(created).toMatchObject({ ok: true, value: { headline: 'Heavy rain hits Karachi', version: 1 } })
    const listed = await workstation.dispatch('stories:list', {})
    expect(listed).toMatchObject({ ok: true, value: { total: 1 } })
  })

  it('names the field that is wrong', async () => {
    const result = await workstation.dispatch('stories:create', { headline: 'x'.repeat(301) })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Invalid request for stories:create.',
        issues: [{ path: 'headline', message: 'must be at most 300 characters' }],
      },
    })
  })

  it('answers a failing database with `unavailable` and what to do, not as a bug', async () => {
    const reportBug = vi.fn()
    const handlers = {
      ...workstation.handlers,
      stories: {
        ...workstation.handlers.stories,
        list: () => {
          throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' })
        },
      },
    } as unknown as Handlers
    const result = await createDispatcher(handlers, reportBug)('stories:list', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/^Part of the story database is damaged/) } })
    expect(JSON.stringify(result)).not.toContain('malformed')
    expect(reportBug.mock.calls.map(([message]) => message)).toEqual(['stories:list failed: the database is damaged'])
  })

  it('refuses a channel that is not in the contract', async () => {
    const result = await workstation.dispatch('stories:drop', {})
    expect(result).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'There is no channel named "stories:drop".' } })
  })

  it('passes a ServiceError through and hides any other exception behind `internal`', async () => {
    const reportBug = vi.fn()
    const handlers = {
      ...workstation.handlers,
      stories: {
        ...workstation.handlers.stories,
        get: () => {
          throw new ServiceError('not_found', 'No such story.')
        },
        list: () => {
          throw new TypeError('secret stack detail')
        },
        create: () => ({ not: 'a story' }),
      },
    } as unknown as Handlers
    const dispatch = createDispatcher(handlers, reportBug)

    expect(await dispatch('stories:get', { id: '0190c3e2-7b1a-7cc3-9d2e-123456789abc' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No such story.' },
    })
    const thrown = await dispatch('stories:list', {})
    expect(thrown).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in Newsdesk. Your work is safe; the details were logged.' },
    })
    expect(JSON.stringify(thrown)).not.toContain('secret stack detail')
    const offContract = await dispatch('stories:create', { headline: 'x' })
    expect(offContract).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(reportBug).toHaveBeenCalledTimes(2)
    expect(reportBug.mock.calls.map(([message]) => message)).toEqual([
      'stories:list failed',
      'stories:create returned a result off-contract',
    ])
  })
})

describe('hostile payloads', () => {
  it('answers a payload whose getter throws, and a headline with control characters, with typed errors', async () => {
    const trap = {
      get headline(): string {
        throw new Error('getter trap')
      },
    }
    expect(await workstation.dispatch('stories:create', trap)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    for (const headline of ['Line one\nline two', 'nul\u0000', 'evil\u202Etxt.exe']) {
      const result = await workstation.dispatch('stories:create', { headline })
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'headline', message: 'must be one line without control characters' }] } })
    }
    expect(await workstation.dispatch(42 as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
  })
})
