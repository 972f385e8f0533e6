import type { Method, Namespace } from './contract'

/**
 * Every channel of the contract by name only: namespace → methods, in contract order. What
 * the preload and the test host's bridge build `window.newsdesk` from, so they load without
 * zod or any schema (building the contract's ~100 schemas cost the page about 120 ms of its
 * boot before the first call, issue 8 P4). Types only come from `contract.ts`; the compiler
 * refuses a name the contract lacks, and `unlisted` below refuses a channel left out.
 */
export const CHANNEL_NAMES = {
  app: ['info'],
  stories: ['list', 'create', 'get', 'save', 'saveChanges', 'revisions', 'revision', 'restore'],
  desk: ['move', 'moves'],
  locks: ['claim', 'release'],
  comments: ['list', 'add', 'edit', 'resolve'],
  people: ['list', 'create', 'update', 'setActive', 'remove'],
  profile: ['get', 'set'],
  pictures: ['add', 'list', 'get'],
  spelling: ['check', 'words', 'addWord', 'removeWord'],
  publish: ['targets', 'saveTarget', 'removeTarget', 'testConnection', 'send', 'publications', 'export'],
  outbox: ['list', 'summary', 'retry', 'cancel'],
  import: ['file', 'report', 'dismiss', 'attachLead'],
} as const satisfies { readonly [N in Namespace]: readonly Method<N>[] }

export type ChannelNames = typeof CHANNEL_NAMES

type Unlisted = { [N in Namespace]: Exclude<Method<N>, ChannelNames[N][number]> }[Namespace]
/** A compile error here names a contract channel missing from CHANNEL_NAMES. */
export const unlisted: [Unlisted] extends [never] ? true : Unlisted = true

/** The wire name of a channel, e.g. `stories:create`. */
export function channelName(namespace: string, method: string): string {
  return `${namespace}:${method}`
}
