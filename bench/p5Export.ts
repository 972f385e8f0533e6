import { exportStory } from '../src-main/export/exportStory'
import { toStoryDetail } from '../src-main/stories/storyRow'
import { benchRow, type BenchContext, type BenchRow, type Benchmark } from './benchTypes'
import { openBenchWorkstation } from './benchWorkstation'
import { median, since } from './stats'

/**
 * P5: ninjs export and schema validation of 10,000 generated stories
 * (`exportStory(story, 'ninjs')`: toNinjs, the body's HTML and text, ajv against ninjs 2.2,
 * the JSON text), against JSON.stringify of the same rows. The rows are read and mapped to
 * stories before timing; a warm-up round (ajv compiles the schema once) is not counted.
 */
export const p5Export: Benchmark = { id: 'P5', title: 'ninjs export of 10,000 stories', run }

async function run(context: BenchContext): Promise<BenchRow[]> {
  const size = context.tiny ? { stories: 50, rounds: 1 } : { stories: 10_000, rounds: 3 }
  const bench = await openBenchWorkstation(context.desk(size.stories))
  const exported: number[] = []
  const stringified: number[] = []
  let bytes = 0
  try {
    const rows = bench.workstation.store.sqlite.prepare('SELECT * FROM stories WHERE deleted_at IS NULL ORDER BY id LIMIT ?').all(size.stories) as Parameters<typeof toStoryDetail>[0][]
    const stories = rows.map((row) => toStoryDetail(row))
    const exportContext = { pictures: () => null }
    // Warm-up, not counted: ajv compiles the schema, and every code path gets hot.
    for (const story of stories.slice(0, 500)) exportStory(story, 'ninjs', exportContext)
    for (let round = 0; round < size.rounds; round++) {
      let started = performance.now()
      bytes = 0
      for (const story of stories) bytes += exportStory(story, 'ninjs', exportContext).content.length
      const exportMs = since(started)
      started = performance.now()
      for (const row of rows) JSON.stringify(row)
      exported.push(exportMs), stringified.push(since(started))
    }
  } finally {
    bench.close()
  }
  const perStory = (median(exported) / size.stories) * 1000
  return [
    benchRow({
      id: 'P5',
      measure: `ninjs export + validation, ${size.stories.toLocaleString('en')} stories`,
      unit: 'ms',
      median: median(exported),
      baseline: median(stringified),
      baselineLabel: 'JSON.stringify of the rows',
      target: { maxRatio: 5 },
      samples: exported.length,
      note: `median of ${size.rounds} rounds; ${perStory.toFixed(0)} µs a story; ${(bytes / 1e6).toFixed(1)} MB of ninjs a round`,
    }),
  ]
}
