import type { ErrorCode } from '../../src-shared/contract/errors'

/**
 * An expected failure a service reports to its caller (a missing story, a stale version).
 * The IPC layer sends `code` and `message` to the renderer as they are, so the message
 * must be written for a person. Anything else thrown is a bug and becomes `internal`.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError'

  constructor(
    readonly code: Exclude<ErrorCode, 'internal' | 'unknown_channel'>,
    message: string,
  ) {
    super(message)
  }
}
