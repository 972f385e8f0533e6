import Module, { createRequire } from 'node:module'
import { PRELOAD_BUNDLE } from './builtApp'

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown
const moduleWithLoad = Module as unknown as { _load: Loader }

/** What the BUILT preload did: what it exposed to the page, and every module it asked for. */
export interface PreloadRecord {
  exposed: { key: string; api: unknown }[]
  required: string[]
  invoked: { channel: string; payload: unknown }[]
}

/**
 * Runs out/preload/index.js under Node with a stand-in `electron` (contextBridge and
 * ipcRenderer that record), as a sandboxed preload runs: it may require `electron` and nothing
 * else, which the record shows.
 */
export function loadBuiltPreload(): PreloadRecord {
  const record: PreloadRecord = { exposed: [], required: [], invoked: [] }
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => record.exposed.push({ key, api }) },
    ipcRenderer: {
      invoke: (channel: string, payload: unknown) => (record.invoked.push({ channel, payload }), Promise.resolve({ ok: true, value: null })),
    },
  }
  const original = moduleWithLoad._load
  moduleWithLoad._load = function (request, parent, isMain) {
    if ((parent as { filename?: string } | null)?.filename === PRELOAD_BUNDLE) record.required.push(request)
    return request === 'electron' ? electron : original.call(this, request, parent, isMain)
  }
  const require = createRequire(import.meta.url)
  delete require.cache[PRELOAD_BUNDLE]
  try {
    require(PRELOAD_BUNDLE)
  } finally {
    moduleWithLoad._load = original
  }
  return record
}
