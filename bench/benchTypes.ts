import type { Browser } from '@playwright/test'
import type { BuiltPages } from './pages/buildPages'

/**
 * The pass rule of a row: the median ratio at most `maxRatio`; when given, the p95 at most
 * `maxP95` (in the row's unit) and the p95 ratio at most `maxP95Ratio`.
 */
export interface Target {
  maxRatio: number
  maxP95?: number
  maxP95Ratio?: number
}

/**
 * One line of the results table. Times are in ms and heaps in MB (`unit`); `baseline` is the
 * bare library's figure measured in the same run, and `ratio` is median ÷ baseline.
 */
export interface BenchRow {
  id: string
  measure: string
  unit: 'ms' | 'MB'
  median: number
  p95?: number
  baseline: number
  /** The baseline's p95, where the row compares tails too (P1). */
  baselineP95?: number
  baselineLabel: string
  ratio: number
  /** p95 ÷ baseline p95, when both are known. */
  p95Ratio?: number
  target: Target
  pass: boolean
  /** Sample count behind the median (keystrokes, calls, page loads, rounds). */
  samples: number
  /** Anything a reader needs to trust the figure: inputs, splits, caveats. */
  note?: string
}

/** What a benchmark is given: the scale, where to log, and shared, lazily started resources. */
export interface BenchContext {
  /** Tiny inputs (the quick check in `npm test`): proves the benchmark runs, measures nothing. */
  tiny: boolean
  log: (line: string) => void
  /** The data folder of a generated desk of `count` stories (cached between full runs). */
  desk: (count: number) => string
  /** One Chromium for the whole run (Debian's, as the e2e tests use). */
  browser: () => Promise<Browser>
  /** The app's built renderer and the bare baseline pages, built once per run. */
  pages: () => Promise<BuiltPages>
  /** Where to write CPU profiles when profiling was asked for (`--profile`); undefined otherwise. */
  profileDir: string | undefined
}

/** A benchmark module: P1 … P7. */
export interface Benchmark {
  id: string
  title: string
  run: (context: BenchContext) => Promise<BenchRow[]>
}

/** A row with `ratio` and `pass` worked out from the figures and the target. */
export function benchRow(row: Omit<BenchRow, 'ratio' | 'p95Ratio' | 'pass'>): BenchRow {
  const ratio = row.baseline > 0 ? row.median / row.baseline : Number.POSITIVE_INFINITY
  const p95Ratio = row.p95 !== undefined && row.baselineP95 !== undefined ? row.p95 / row.baselineP95 : undefined
  const { maxRatio, maxP95, maxP95Ratio } = row.target
  const pass =
    ratio <= maxRatio &&
    (maxP95 === undefined || (row.p95 ?? Number.POSITIVE_INFINITY) <= maxP95) &&
    (maxP95Ratio === undefined || (p95Ratio ?? Number.POSITIVE_INFINITY) <= maxP95Ratio)
  return { ...row, ratio, ...(p95Ratio === undefined ? {} : { p95Ratio }), pass }
}
