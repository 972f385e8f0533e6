import { v7 as uuidv7 } from 'uuid'

/**
 * What every service needs from its surroundings, injected so tests can fix it:
 * who is acting (recorded as `created_by`/`updated_by`), the clock, and new row ids.
 */
export interface ServiceContext {
  /** The id of the person acting on this workstation. */
  actor: () => string
  now: () => Date
  /** A new UUIDv7: time-ordered, and safe to make on many machines at once (RFC 9562 §5.7). */
  newId: () => string
}

/** The real context: the given actor, the system clock, UUIDv7 ids. */
export function systemContext(actor: () => string): ServiceContext {
  return { actor, now: () => new Date(), newId: () => uuidv7() }
}
