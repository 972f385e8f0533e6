import type { NewsdeskError, Result } from '../../src-shared/contract/errors'
import type { NewsdeskApi } from '../../src-shared/contract/newsdeskApi'

declare global {
  interface Window {
    /** Set by the preload in Electron, or by the test host's bridge in a browser. */
    readonly newsdesk?: NewsdeskApi
  }
}

/**
 * The one way the renderer reaches the main process. Undefined when the page was opened
 * without a bridge (e.g. the built HTML in a plain browser); the shell says so.
 */
export const newsdesk: NewsdeskApi | undefined = window.newsdesk

/** A failed call, carried as an exception inside the renderer only. */
export class CallFailed extends Error {
  constructor(readonly error: NewsdeskError) {
    super(error.message)
  }
}

/** The value of a result, or throws `CallFailed` with the typed error. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new CallFailed(result.error)
  return result.value
}
