import { v7 as uuidv7 } from 'uuid'
import type { ServiceContext } from '../app/serviceContext'

/**
 * A service context for tests: a named actor and a clock that starts at `start` and moves
 * forward by `stepMs` on every reading, so "most recent first" orderings are deterministic.
 */
export function fixedContext(options: { actor?: string; start?: string; stepMs?: number } = {}): ServiceContext {
  let time = Date.parse(options.start ?? '2024-06-01T08:23:00.000Z')
  const step = options.stepMs ?? 1_000
  return {
    actor: () => options.actor ?? 'person:test-reporter',
    now: () => {
      const now = new Date(time)
      time += step
      return now
    },
    newId: () => uuidv7(),
  }
}
