/** How the outbox spaces its retries: `baseMs` doubling per attempt up to `capMs`, with jitter. */
export interface BackoffPolicy {
  baseMs: number
  capMs: number
  /** Attempts before the job is marked failed (a person can still "Retry now"). */
  maxAttempts: number
}

/** 5 s, 10 s, 20 s … capped at 10 minutes, giving up after 8 attempts (about 25 minutes of trying). */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, capMs: 600_000, maxAttempts: 8 }

/**
 * The wait before the next try after `attempts` failed ones (1 = the first failure), in ms:
 * exponential back-off with "equal jitter" (half fixed, half random), so a desk of laptops
 * coming back online together does not hit the site in step. `random` is in [0, 1).
 */
export function retryDelay(attempts: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1))
  return Math.round(exponential / 2 + (exponential / 2) * random())
}
