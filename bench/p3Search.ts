import { matchExpression } from '../src-main/search/matchExpression'
import { benchRow, type BenchContext, type BenchRow, type Benchmark } from './benchTypes'
import { openBenchWorkstation } from './benchWorkstation'
import { median, p95, since } from './stats'

/**
 * What the desk searches for: names, places, topics and common words of the generated
 * stories, one to three words, some ending in a word prefix (the search box matches the last
 * word of three letters or more as a prefix). Generated copy has a small vocabulary, so
 * most of these match thousands of stories: a hard case for ranking.
 */
export const SEARCHES = [
  'Karachi', 'flood relief', 'cricket board', 'minister approves', 'Senate', 'tariffs', 'Lahore budget', 'police report',
  'school fees', 'officials said', 'trade deal', 'Peshawar court', 'rain emergency', 'cybercrime', 'Dubai bank', 'farmhouses',
  'bus route', 'Quetta union', 'university launch', 'Kabul delays',
] as const

/** The first page of a search as the Stories view asks for it, in stories (P3: 50). */
const PAGE = 50

/**
 * P3: the first page (50 rows) of a search over 100k generated stories through the service
 * (`stories:list` with a query: FTS5 with bm25 rank, snippets, the join to the stories, the
 * match count, open comments, the contract's checks), 20 searches × 5 rounds, against the raw
 * FTS5 query for the same page: the same MATCH expression, `ORDER BY rank LIMIT 50`, rowids only.
 */
export const p3Search: Benchmark = { id: 'P3', title: 'search over 100k stories', run }

async function run(context: BenchContext): Promise<BenchRow[]> {
  const size = context.tiny ? { stories: 50, searches: SEARCHES.slice(0, 3), rounds: 1 } : { stories: 100_000, searches: SEARCHES, rounds: 5 }
  const bench = await openBenchWorkstation(context.desk(size.stories))
  const service: number[] = []
  const raw: number[] = []
  const unranked: number[] = []
  try {
    const { workstation, channels } = bench
    const ranked = workstation.store.sqlite.prepare(`SELECT rowid FROM story_search WHERE story_search MATCH ? ORDER BY rank LIMIT ${PAGE}`)
    const first = workstation.store.sqlite.prepare(`SELECT rowid FROM story_search WHERE story_search MATCH ? LIMIT ${PAGE}`)
    // Round 0 warms the page cache and the statements on both sides and is not counted.
    for (let round = 0; round <= size.rounds; round++) {
      for (const search of size.searches) {
        const match = matchExpression(search)!
        let started = performance.now()
        await channels.call('stories:list', { query: search, limit: PAGE, offset: 0 })
        const serviceMs = since(started)
        started = performance.now()
        ranked.all(match)
        const rawMs = since(started)
        started = performance.now()
        first.all(match)
        if (round > 0) service.push(serviceMs), raw.push(rawMs), unranked.push(since(started))
      }
    }
  } finally {
    bench.close()
  }
  return [
    benchRow({
      id: 'P3',
      measure: `search, first ${PAGE} of ${size.stories.toLocaleString('en')} stories`,
      unit: 'ms',
      median: median(service),
      p95: p95(service),
      baseline: median(raw),
      baselineLabel: 'raw FTS5 MATCH … ORDER BY rank LIMIT 50',
      target: { maxRatio: 1.5, maxP95: 50 },
      samples: service.length,
      note: `${size.searches.length} searches × ${size.rounds} rounds; baseline p95 ${p95(raw).toFixed(1)} ms; unranked raw MATCH LIMIT ${PAGE} (first rows found, not best) median ${median(unranked).toFixed(2)} ms`,
    }),
  ]
}
