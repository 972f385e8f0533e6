/** Summary of a set of samples (same unit as the samples: ms or MB). */
export interface Summary {
  median: number
  p95: number
  min: number
  max: number
  count: number
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of `samples` by linear interpolation between closest ranks
 * (the "R-7" rule, as numpy and spreadsheets compute it).
 * @throws Error when there are no samples: a benchmark that measured nothing is a bug.
 */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('no samples to summarise')
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low)
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5)
}

export function p95(samples: readonly number[]): number {
  return quantile(samples, 0.95)
}

export function summarise(samples: readonly number[]): Summary {
  return { median: median(samples), p95: p95(samples), min: Math.min(...samples), max: Math.max(...samples), count: samples.length }
}

/** Milliseconds since `start` (a `performance.now()` reading), for timing one call. */
export function since(start: number): number {
  return performance.now() - start
}
