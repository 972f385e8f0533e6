import { describe, expect, it } from 'vitest'
import { BENCHMARKS, runBenchmarks } from './runBenchmarks'
import { markdownTable } from './resultsTable'
import { quantile } from './stats'

// The quick check `npm test` runs: every benchmark on tiny inputs (50 stories, a 200-word
// story, 3 keys), to prove it still runs against the current code. It asserts no times:
// those mean something only in a full `npm run bench`, as ratios.
describe('benchmarks', () => {
  it('P1–P7 each run on tiny inputs and give a complete row', async () => {
    const { rows, ran } = await runBenchmarks({ ids: [], tiny: true, log: () => undefined })
    expect(ran).toEqual(BENCHMARKS.map((b) => b.id))
    expect(rows.map((row) => row.id)).toEqual(['P1a', 'P1b', 'P2', 'P3', 'P4', 'P5', 'P6 50', 'P6 100', 'P7'])
    for (const row of rows) {
      expect(Number.isFinite(row.median), row.id).toBe(true)
      expect(Number.isFinite(row.baseline), row.id).toBe(true)
      expect(row.samples, row.id).toBeGreaterThan(0)
    }
    expect(markdownTable(rows).split('\n')).toHaveLength(rows.length + 2)
  }, 120_000)

  it('quantiles interpolate between ranks', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5)
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 0.95)).toBe(20)
    expect(() => quantile([], 0.5)).toThrow()
  })
})
