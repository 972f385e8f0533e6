import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

// Under out/ (not committed): Playwright empties test-results/ at the start of every run, and
// `npm test` runs it after these tests.
const RESULTS = resolve(import.meta.dirname, '..', '..', 'out', 'reliability')

/**
 * Prints a test's figures (counts, kills, times) as one line, and keeps them as JSON in
 * `out/reliability/<id>.json` for the README's Reliability table.
 */
export function reportFigures(id: string, figures: Record<string, unknown>): void {
  console.log(`[${id}] ${Object.entries(figures).map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`).join(' ')}`)
  mkdirSync(RESULTS, { recursive: true })
  writeFileSync(join(RESULTS, `${id}.json`), `${JSON.stringify({ id, at: new Date().toISOString(), ...figures }, null, 2)}\n`)
}
