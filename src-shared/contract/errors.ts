import { z } from 'zod'

/**
 * Why a call failed, as it crosses the IPC boundary:
 * - `invalid_input`: the payload did not match the channel's input schema (see `issues`);
 * - `unknown_channel`: no such channel in the contract;
 * - `not_found`: the named row does not exist (or is deleted);
 * - `conflict`: a save named a stale `version`;
 * - `forbidden`: the caller may not do this (a foreign frame, or a role rule);
 * - `unavailable`: the story database could not serve the call (busy with another program,
 *   damaged, disk full, read-only, a disk error); the message says which and what to do;
 * - `internal`: a bug; the main process logged the details, the renderer gets none.
 */
export const ERROR_CODES = ['invalid_input', 'unknown_channel', 'not_found', 'conflict', 'forbidden', 'unavailable', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** One problem in a payload: `path` is dotted (`stories.0.headline`), empty for the root. */
export const InputIssue = z.object({ path: z.string(), message: z.string() })
export type InputIssue = z.infer<typeof InputIssue>

/** A failure as the renderer receives it: never a stack trace. */
export const NewsdeskError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(InputIssue).optional(),
})
export type NewsdeskError = z.infer<typeof NewsdeskError>

/** What every channel resolves to: the value, or a typed error. Calls never reject. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: NewsdeskError }

/** The zod schema of `Result<T>` for a channel's output schema. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: NewsdeskError }),
  ])
}

/** Builds a failed result. */
export function failure(code: ErrorCode, message: string, issues?: InputIssue[]): Result<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } }
}
