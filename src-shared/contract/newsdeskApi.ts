import type { Result } from './errors'
import { channelName, type ChannelNames } from './channelNames'
import type { ChannelInput, ChannelOutput, Method, Namespace } from './contract'

/**
 * `window.newsdesk`: one async function per channel, grouped by namespace, e.g.
 * `newsdesk.stories.create({ headline })`. Every function resolves to a `Result`; none rejects.
 */
export type NewsdeskApi = {
  readonly [N in Namespace]: {
    readonly [M in Method<N>]: (input: ChannelInput<N, M>) => Promise<Result<ChannelOutput<N, M>>>
  }
}

/** Sends one call over the transport (Electron IPC or the test host's HTTP) and resolves to its result. */
export type Invoke = (channel: string, payload: unknown) => Promise<Result<unknown>>

/**
 * Builds `window.newsdesk` from the contract's channel names (`CHANNEL_NAMES`). It only
 * routes: validation happens in the main process, which is the side that must not trust its
 * caller, so the page needs no schema at all.
 */
export function buildApi(names: ChannelNames, invoke: Invoke): NewsdeskApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {}
  for (const [namespace, methods] of Object.entries(names)) {
    const group: Record<string, (input: unknown) => Promise<Result<unknown>>> = {}
    for (const method of methods) {
      const name = channelName(namespace, method)
      group[method] = (input: unknown) => invoke(name, input)
    }
    api[namespace] = Object.freeze(group)
  }
  return Object.freeze(api) as unknown as NewsdeskApi
}
