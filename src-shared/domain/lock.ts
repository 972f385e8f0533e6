import { z } from 'zod'
import { Instant, RowId } from './story'

/** How long a lock lasts without renewal, in ms: a holder whose app stops renewing loses it after this. */
export const LOCK_TTL_MS = 60_000
/** How often the holder's app renews its lock, in ms (and a reader looks again). */
export const LOCK_HEARTBEAT_MS = 15_000

/**
 * Who is editing a story. `mine` is true when the asking person holds it; otherwise the
 * story opens read-only for them until the lock is released, lapses, or an editor takes it over.
 */
export const StoryLock = z.object({
  storyId: RowId,
  holderId: z.string(),
  holderName: z.string(),
  expiresAt: Instant,
  mine: z.boolean(),
})
export type StoryLock = z.infer<typeof StoryLock>
