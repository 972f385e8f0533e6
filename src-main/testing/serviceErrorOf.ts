import { ServiceError } from '../app/serviceError'

/**
 * The `ServiceError` that `call` throws: what a test of a refusal asserts on (its `code` and
 * `message`). Anything else thrown is rethrown; a call that returns fails the test.
 */
export function serviceErrorOf(call: () => unknown): ServiceError {
  try {
    call()
  } catch (error) {
    if (error instanceof ServiceError) return error
    throw error
  }
  throw new Error('the call should have been refused with a ServiceError')
}
