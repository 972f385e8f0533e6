import { benchRow, type BenchContext, type BenchRow, type Benchmark } from './benchTypes'
import { openBenchWorkstation } from './benchWorkstation'
import { median, p95, since } from './stats'

/** The desk queue's first page as the Queue view asks for it (QUEUES in src-renderer/features/queue, STORY_PAGE_SIZE). */
export const QUEUE_PAGE = { states: ['submitted', 'editing'], limit: 100, offset: 0 } as const

/**
 * P6: the desk queue's first page (`stories:list`, submitted and editing, newest change first,
 * 100 rows and the total) at 10k, 100k and 1M generated stories, warm; the 10k figure is the
 * baseline, so the ratio is the growth. 30 calls per size after 5 warm-up calls.
 */
export const p6Queue: Benchmark = { id: 'P6', title: 'queue first page at 10k, 100k, 1M stories', run }

async function run(context: BenchContext): Promise<BenchRow[]> {
  const size = context.tiny ? { desks: [20, 50, 100], calls: 3, warmup: 1 } : { desks: [10_000, 100_000, 1_000_000], calls: 30, warmup: 5 }
  const timings: number[][] = []
  for (const count of size.desks) {
    const bench = await openBenchWorkstation(context.desk(count))
    const times: number[] = []
    try {
      for (let i = 0; i < size.warmup + size.calls; i++) {
        const started = performance.now()
        await bench.channels.call('stories:list', QUEUE_PAGE)
        if (i >= size.warmup) times.push(since(started))
      }
    } finally {
      bench.close()
    }
    timings.push(times)
    context.log(`  P6 ${count} stories: median ${median(times).toFixed(2)} ms, p95 ${p95(times).toFixed(2)} ms`)
  }
  const base = timings[0]!
  return size.desks.slice(1).map((count, i) =>
    benchRow({
      id: `P6 ${label(count)}`,
      measure: `desk queue first page, ${count.toLocaleString('en')} stories`,
      unit: 'ms',
      median: median(timings[i + 1]!),
      p95: p95(timings[i + 1]!),
      baseline: median(base),
      baselineLabel: `the same at ${size.desks[0]!.toLocaleString('en')}`,
      target: { maxRatio: 1.2 },
      samples: timings[i + 1]!.length,
    }),
  )
}

function label(count: number): string {
  return count >= 1_000_000 ? `${count / 1_000_000}M` : count >= 1_000 ? `${count / 1_000}k` : String(count)
}
