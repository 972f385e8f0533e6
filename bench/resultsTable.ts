import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname } from 'node:path'
import type { BenchRow } from './benchTypes'

/** The machine and browser a run was measured on: ratios hold across runs, absolute times do not. */
export interface Machine {
  cpus: number
  cpuModel: string
  node: string
  chromium: string
  platform: string
  /** The 1-minute load average when the run ended: other work on the machine (other test runs) squeezes ratios toward 1 and inflates tails. */
  loadAverage: number
}

/** `bench/results/latest.json`: the rows of the latest run of each benchmark, and where they ran. */
export interface BenchResults {
  machine: Machine
  /** When each benchmark (P1 … P7) was last run, ISO 8601 UTC. */
  runAt: Record<string, string>
  rows: BenchRow[]
}

/** A time or heap figure with as many decimals as it has meaning: 0.42 ms, 7.3 ms, 412 ms. */
export function formatFigure(value: number, unit: BenchRow['unit']): string {
  if (!Number.isFinite(value)) return '—'
  const digits = Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0
  return `${value.toFixed(digits)} ${unit}`
}

function formatTarget(row: BenchRow): string {
  const parts = [`≤ ${row.target.maxRatio}×`]
  if (row.target.maxP95Ratio !== undefined) parts.push(`p95 ≤ ${row.target.maxP95Ratio}×`)
  if (row.target.maxP95 !== undefined) parts.push(`p95 ≤ ${row.target.maxP95} ${row.unit}`)
  return parts.join(', ')
}

/** The results as a Markdown table (the console output and the README's Performance section). */
export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = ['| id | measure | median | p95 | baseline (same run) | ratio | target | result |', '|---|---|---:|---:|---|---:|---|---|']
  for (const row of rows) {
    const p95 = row.p95 === undefined ? '' : formatFigure(row.p95, row.unit)
    const baselineP95 = row.baselineP95 === undefined ? '' : ` (p95 ${formatFigure(row.baselineP95, row.unit)})`
    const baseline = `${formatFigure(row.baseline, row.unit)}${baselineP95} ${row.baselineLabel}`
    const ratio = `${row.ratio.toFixed(2)}×${row.p95Ratio === undefined ? '' : ` (p95 ${row.p95Ratio.toFixed(2)}×)`}`
    lines.push(`| ${row.id} | ${row.measure} | ${formatFigure(row.median, row.unit)} | ${p95} | ${baseline} | ${ratio} | ${formatTarget(row)} | ${row.pass ? 'pass' : '**miss**'} |`)
  }
  return lines.join('\n')
}

/** The notes under the table: one line per row that has one. */
export function markdownNotes(rows: readonly BenchRow[]): string {
  return rows.filter((row) => row.note).map((row) => `- ${row.id}: ${row.note}`).join('\n')
}

/**
 * Writes `rows` into the results file at `file`, replacing the rows of the benchmarks that ran
 * (`ran`, e.g. ['P3']) and keeping the others, so `npm run bench -- P3` does not erase P1.
 */
export function writeResults(file: string, machine: Machine, ran: readonly string[], rows: readonly BenchRow[]): BenchResults {
  const previous: BenchResults | null = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResults) : null
  const benchmarkOf = (row: BenchRow) => /^P\d+/.exec(row.id)?.[0] ?? row.id
  const kept = (previous?.rows ?? []).filter((row) => !ran.includes(benchmarkOf(row)))
  const now = new Date().toISOString()
  const results: BenchResults = {
    machine,
    runAt: { ...(previous?.runAt ?? {}), ...Object.fromEntries(ran.map((id) => [id, now])) },
    rows: [...kept, ...rows].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
  }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  return results
}
