import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from './channelNames'
import { contract, listChannels } from './contract'
import type { Result } from './errors'
import { buildApi } from './newsdeskApi'

describe('buildApi', () => {
  it('has one function per channel that sends the wire name and the payload unchanged', async () => {
    const calls: [string, unknown][] = []
    const api = buildApi(CHANNEL_NAMES, async (channel, payload): Promise<Result<unknown>> => {
      calls.push([channel, payload])
      return { ok: true, value: channel }
    })
    const namespaces = api as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>
    for (const { namespace, method, name } of listChannels()) {
      const payload = { probe: name }
      expect(await namespaces[namespace]![method]!(payload)).toEqual({ ok: true, value: name })
      expect(calls.at(-1)).toEqual([name, payload])
    }
    expect(calls).toHaveLength(listChannels().length)
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort())
  })

  it('is frozen, so page scripts cannot swap a channel', () => {
    const api = buildApi(CHANNEL_NAMES, async () => ({ ok: true, value: null }))
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.isFrozen(api.stories)).toBe(true)
  })

  it('is built from a list of names that is exactly the contract’s channels, in order', () => {
    const listed = Object.entries(CHANNEL_NAMES).flatMap(([namespace, methods]) => methods.map((method) => `${namespace}:${method}`))
    expect(listed).toEqual(listChannels().map((c) => c.name))
  })

  it('names every channel once, as namespace:method', () => {
    const names = listChannels().map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/)
    expect(names).toEqual(expect.arrayContaining(['app:info', 'stories:save', 'people:list', 'profile:set', 'pictures:add']))
  })
})
