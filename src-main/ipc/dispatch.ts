import type { z } from 'zod'
import { listChannels, type ChannelSchemas } from '../../src-shared/contract/contract'
import { failure, type InputIssue, type Result } from '../../src-shared/contract/errors'
import { ServiceError } from '../app/serviceError'
import { storageTrouble, storageTroubleMessage } from '../db/storageTrouble'
import type { Handlers } from './handlers'

/** Runs one call from the renderer; always resolves, never rejects. */
export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>

/** Where the dispatcher reports bugs (a thrown non-ServiceError, an output off-contract). */
export type BugReporter = (message: string, error?: unknown) => void

interface Route {
  schemas: ChannelSchemas
  handler: (input: unknown) => unknown
}

/**
 * Binds every contract channel to its handler. Each call: unknown channel → `unknown_channel`;
 * payload off-schema → `invalid_input` with the issues; `ServiceError` → its code and message;
 * the database failing (busy after the waits and retries, damaged, full, read-only, a disk
 * error) → `unavailable` with a sentence for a person (`storageTrouble`), the details logged;
 * any other exception → `internal` with a generic message (details go to `reportBug` only);
 * a result that does not match the output schema is a bug too and is never sent.
 * Shared by the Electron IPC adapter and the test host so both behave the same.
 */
export function createDispatcher(handlers: Handlers, reportBug: BugReporter): Dispatch {
  const routes = new Map<string, Route>()
  for (const entry of listChannels()) {
    const group = handlers[entry.namespace] as Record<string, (input: unknown) => unknown>
    const handler = group[entry.method]
    if (typeof handler !== 'function') throw new Error(`no handler for channel ${entry.name}`)
    routes.set(entry.name, { schemas: entry.schemas, handler })
  }

  const dispatch: Dispatch = async (channel, payload) => {
    const route = typeof channel === 'string' ? routes.get(channel) : undefined
    if (!route) return failure('unknown_channel', `There is no channel named "${typeof channel === 'string' ? channel.slice(0, 80) : typeof channel}".`)

    const input = route.schemas.input.safeParse(payload)
    if (!input.success) return failure('invalid_input', `Invalid request for ${channel}.`, issuesOf(input.error))

    let value: unknown
    try {
      value = await route.handler(input.data)
    } catch (error) {
      if (error instanceof ServiceError) return failure(error.code, error.message)
      // Not a bug, and SQLite's "database is locked" or "disk image is malformed" means nothing to a reporter.
      const trouble = storageTrouble(error)
      if (trouble) {
        if (trouble !== 'busy') reportBug(`${channel} failed: the database is ${trouble}`, error)
        return failure('unavailable', storageTroubleMessage(trouble))
      }
      reportBug(`${channel} failed`, error)
      return failure('internal', 'Something went wrong in Newsdesk. Your work is safe; the details were logged.')
    }

    const output = route.schemas.output.safeParse(value)
    if (!output.success) {
      reportBug(`${channel} returned a result off-contract`, output.error)
      return failure('internal', 'Newsdesk produced an unexpected answer. The details were logged.')
    }
    return { ok: true, value: output.data }
  }

  // A hostile payload (a throwing getter, a Proxy) can make validation itself throw: still a typed answer.
  return async (channel, payload) => {
    try {
      return await dispatch(channel, payload)
    } catch (error) {
      reportBug('a call could not be validated', error)
      return failure('invalid_input', 'The request could not be read.')
    }
  }
}

function issuesOf(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}
