import fc from 'fast-check'
import { listChannels } from '../../src-shared/contract/contract'
import { ERROR_CODES, resultSchema } from '../../src-shared/contract/errors'
import type { Workstation } from '../../src-main/app/workstation'
import { hostilePayloads } from './hostilePayloads'
import { payloadArbitrary, type IdPool } from './payloadArbitrary'

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g

/** What the fuzzer saw: answers by channel and code, and every call that broke a rule. */
export interface FuzzFigures {
  channels: number
  calls: number
  answers: Record<string, number>
  /** Calls whose answer was `internal`: a service threw something that is not a ServiceError (a bug). */
  internal: { channel: string; payload: string; message: string }[]
  /** Calls that rejected, hung, or answered off the Result shape. */
  broken: { channel: string; payload: string; problem: string }[]
  slowestMs: number
  ms: number
}

/**
 * R4: `perChannel` generated payloads on every channel of the contract (listChannels), plus the
 * hand-made hostile ones and random channel names, straight into the workstation's dispatcher
 * (what the Electron adapter and the test host both call). Every call must resolve, within 10 s,
 * to a typed Result (the output schema's value, or an error with a known code and no stack).
 * Ids the answers contain join the pool, so later payloads reach real stories, people, pictures.
 */
export async function fuzzChannels(workstation: Workstation, perChannel: number, seed: number, pool: IdPool): Promise<FuzzFigures> {
  const started = performance.now()
  const figures: FuzzFigures = { channels: 0, calls: 0, answers: {}, internal: [], broken: [], slowestMs: 0, ms: 0 }
  const show = (payload: unknown) => {
    try {
      return (JSON.stringify(payload, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value)) ?? String(payload)).slice(0, 300)
    } catch {
      return '(not serialisable)'
    }
  }

  async function call(channel: string, payload: unknown, output: Parameters<typeof resultSchema>[0] | null): Promise<void> {
    figures.calls += 1
    const callStarted = performance.now()
    let result: unknown
    try {
      result = await Promise.race([workstation.dispatch(channel, payload), new Promise((_resolve, reject) => setTimeout(() => reject(new Error('no answer in 10 s')), 10_000).unref())])
    } catch (error) {
      figures.broken.push({ channel, payload: show(payload), problem: `rejected: ${String(error)}` })
      return
    }
    figures.slowestMs = Math.max(figures.slowestMs, performance.now() - callStarted)
    const answer = result as { ok: boolean; value?: unknown; error?: { code: string; message: string } }
    // A channel outside the contract must be refused as such; one inside must answer its own output schema.
    const typed = output ? resultSchema(output).safeParse(result).success : answer.ok === false && answer.error?.code === 'unknown_channel'
    if (!typed) figures.broken.push({ channel, payload: show(payload), problem: `off the Result shape: ${show(result)}` })
    const key = answer.ok ? 'ok' : (answer.error?.code ?? 'none')
    figures.answers[key] = (figures.answers[key] ?? 0) + 1
    if (!answer.ok && (!ERROR_CODES.includes(answer.error!.code as never) || /\n\s+at /.test(answer.error!.message))) figures.broken.push({ channel, payload: show(payload), problem: `bad error: ${show(result)}` })
    if (!answer.ok && answer.error?.code === 'internal') figures.internal.push({ channel, payload: show(payload), message: answer.error.message })
    if (answer.ok) for (const id of JSON.stringify(answer.value ?? null).match(UUID) ?? []) if (!pool.ids.includes(id) && pool.ids.length < 500) pool.ids.push(id)
  }

  for (const [index, entry] of listChannels().entries()) {
    figures.channels += 1
    const samples = fc.sample(payloadArbitrary(entry.schemas.input, pool), { numRuns: perChannel, seed: seed + index })
    for (const payload of samples) await call(entry.name, payload, entry.schemas.output)
    for (const [, payload] of hostilePayloads()) await call(entry.name, payload, entry.schemas.output)
  }
  const names = new Set(listChannels().map((entry) => entry.name))
  const strangers = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'stories:save ', 'STORIES:SAVE', 'stories/save', 'toString'))
  for (const channel of fc.sample(strangers, { numRuns: 1_000, seed })) if (!names.has(channel)) await call(channel, {}, null)
  figures.ms = Math.round(performance.now() - started)
  figures.slowestMs = Math.round(figures.slowestMs)
  return figures
}
