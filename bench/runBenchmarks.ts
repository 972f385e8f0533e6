import type { Browser } from '@playwright/test'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium } from './browser'
import { benchDesk, BENCH_SEED } from './benchDesk'
import type { BenchContext, BenchRow, Benchmark } from './benchTypes'
import { buildPages, type BuiltPages } from './pages/buildPages'
import { generateStories } from '../scripts/desk/storyGenerator'
import { withNodeProfile } from './nodeProfiler'
import type { Machine } from './resultsTable'
import { p1Typing } from './p1Typing'
import { p2Save } from './p2Save'
import { p3Search } from './p3Search'
import { p4Boot } from './p4Boot'
import { p5Export } from './p5Export'
import { p6Queue } from './p6Queue'
import { p7Heap } from './p7Heap'

/** Every benchmark, in the order a full run takes them. */
export const BENCHMARKS: readonly Benchmark[] = [p1Typing, p2Save, p3Search, p4Boot, p5Export, p6Queue, p7Heap]

/** How a run goes: which benchmarks, at which scale, where to log and profile. */
export interface RunOptions {
  /** P1 … P7; all when empty. */
  ids: readonly string[]
  tiny: boolean
  log: (line: string) => void
  profileDir?: string | undefined
}

/**
 * Runs the chosen benchmarks one after another, sharing one Chromium and one build of the
 * pages, and gives their rows and the machine they ran on. Nothing is written here
 * (runBench.ts writes the results file); temp folders are removed at the end.
 * @throws Error for an unknown benchmark id, or whatever a benchmark throws (it is a bug or a missing build).
 */
export async function runBenchmarks(options: RunOptions): Promise<{ rows: BenchRow[]; machine: Machine; ran: string[] }> {
  const unknown = options.ids.filter((id) => !BENCHMARKS.some((b) => b.id === id.toUpperCase()))
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}: choose from ${BENCHMARKS.map((b) => b.id).join(', ')}`)
  const chosen = options.ids.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => options.ids.some((id) => id.toUpperCase() === b.id))
  const scratch = mkdtempSync(join(tmpdir(), 'newsdesk-bench-run-'))
  let browser: Promise<Browser> | undefined
  let pages: Promise<BuiltPages> | undefined
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true })
  const context: BenchContext = {
    tiny: options.tiny,
    log: options.log,
    // Tiny desks are made fresh in the run's scratch folder; full-size ones come from the cache.
    desk: (count) => (options.tiny ? tinyDesk(scratch, count) : benchDesk(count, options.log)),
    browser: () => (browser ??= launchChromium()),
    pages: () => (pages ??= buildPages(join(scratch, 'pages')).then((built) => (built.staleWarning && options.log(`warning: ${built.staleWarning}`), built))),
    profileDir: options.profileDir,
  }
  const rows: BenchRow[] = []
  try {
    for (const benchmark of chosen) {
      options.log(`${benchmark.id}: ${benchmark.title}…`)
      const started = Date.now()
      const run = () => benchmark.run(context)
      rows.push(...(await (options.profileDir ? withNodeProfile(options.profileDir, `${benchmark.id}-node`, options.log, run) : run())))
      options.log(`${benchmark.id}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }
    const chromium = browser ? (await browser).version() : 'not used'
    const cpu = cpus()
    return { rows, ran: chosen.map((b) => b.id), machine: { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', node: process.version, chromium, platform: `${process.platform} ${process.arch}`, loadAverage: loadavg()[0]! } }
  } finally {
    if (browser) await (await browser).close()
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** A desk of `count` stories in the run's scratch folder, generated on first use in the run. */
function tinyDesk(scratch: string, count: number): string {
  const dir = join(scratch, `desk-${count}`)
  if (existsSync(dir)) return dir
  mkdirSync(dir, { recursive: true })
  generateStories(dir, { count, seed: BENCH_SEED })
  return dir
}
