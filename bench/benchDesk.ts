import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DATABASE_FILE_NAME, openDatabase } from '../src-main/db/openDatabase'
import { LATEST_SCHEMA_VERSION } from '../src-main/db/migrations'
import { generateStories } from '../scripts/desk/storyGenerator'

/** The generator's seed for every benchmark desk, so runs on different days measure the same stories. */
export const BENCH_SEED = 42

/** Where generated desks are kept between runs: outside the repository, never committed. */
export const BENCH_CACHE = process.env['NEWSDESK_BENCH_CACHE'] ?? join(tmpdir(), 'newsdesk-bench')

/**
 * The data folder of a generated desk of `count` stories (seed `BENCH_SEED`) at the current
 * schema version, made on first use and reused afterwards (100k ≈ 45 s, 1M ≈ 8 min here; 1M
 * takes about 8 GB). A desk of an older schema is upgraded in place by the app's own
 * migrations, as a newsroom's database would be. A new desk is written to `<name>.partial` and
 * renamed when complete, so an interrupted run is never mistaken for a desk.
 * Benchmarks only read these desks (P4 adds one person to choose as the profile).
 */
export function benchDesk(count: number, log: (line: string) => void = console.log): string {
  mkdirSync(BENCH_CACHE, { recursive: true })
  const dir = join(BENCH_CACHE, `${count}-schema${LATEST_SCHEMA_VERSION}`)
  if (existsSync(dir)) return dir
  const older = readdirSync(BENCH_CACHE).find((name) => new RegExp(`^${count}-schema\\d+$`).test(name))
  if (older) {
    log(`upgrading the cached desk ${older} to schema ${LATEST_SCHEMA_VERSION}…`)
    openDatabase(join(BENCH_CACHE, older, DATABASE_FILE_NAME), { appVersion: 'bench' }).store.close()
    renameSync(join(BENCH_CACHE, older), dir)
    return dir
  }
  const partial = `${dir}.partial`
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial, { recursive: true })
  log(`generating a desk of ${count} stories in ${dir} (once; reused by later runs)…`)
  let shown = 0
  const ms = generateStories(partial, {
    count,
    seed: BENCH_SEED,
    onProgress: (written) => {
      if (written - shown >= 100_000 || written === count) log(`  ${written} / ${count}`), (shown = written)
    },
  })
  renameSync(partial, dir)
  log(`  generated ${count} stories in ${(ms / 1000).toFixed(1)} s`)
  return dir
}
