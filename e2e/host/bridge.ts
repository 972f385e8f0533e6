// The test host's stand-in for the preload: builds window.newsdesk from the same contract,
// sending each call to the host over HTTP instead of Electron IPC. Built to an IIFE by
// e2e/host/bridge.vite.config.mts and loaded before the app's own script.
import { CHANNEL_NAMES } from '../../src-shared/contract/channelNames'
import type { Result } from '../../src-shared/contract/errors'
import { buildApi } from '../../src-shared/contract/newsdeskApi'

async function invoke(channel: string, payload: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`./__newsdesk/rpc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload === undefined ? '' : JSON.stringify(payload, encodeBytes),
    })
    return (await response.json()) as Result<unknown>
  } catch (error) {
    // Built here rather than with errors.ts's failure(): that module brings zod, and the bridge,
    // like the preload it stands in for, loads without any schema.
    return { ok: false, error: { code: 'internal', message: `The test host did not answer (${String(error)}).` } }
  }
}

/** JSON has no bytes: a Uint8Array (a picture file) travels as `{ "$bytes": "<base64>" }`, decoded by the host. */
function encodeBytes(_key: string, value: unknown): unknown {
  if (!(value instanceof Uint8Array)) return value
  let binary = ''
  for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000))
  return { $bytes: btoa(binary) }
}

Object.defineProperty(window, 'newsdesk', { value: buildApi(CHANNEL_NAMES, invoke), enumerable: true })
