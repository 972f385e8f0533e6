// The test host's stand-in for the preload: builds window.newsdesk from the same contract,
// sending each call to the host over HTTP instead of Electron IPC. Built to an IIFE by
// e2e/host/bridge.vite.config.mts and loaded before the app's own script.
import { contract } from '../../src-shared/contract/contract'
import { failure, type Result } from '../../src-shared/contract/errors'
import { buildApi } from '../../src-shared/contract/newsdeskApi'

async function invoke(channel: string, payload: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`./__newsdesk/rpc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload === undefined ? '' : JSON.stringify(payload),
    })
    return (await response.json()) as Result<unknown>
  } catch (error) {
    return failure('internal', `The test host did not answer (${String(error)}).`)
  }
}

Object.defineProperty(window, 'newsdesk', { value: buildApi(contract, invoke), enumerable: true })
