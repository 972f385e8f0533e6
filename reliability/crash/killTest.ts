import { expect } from 'vitest'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { bundleChild } from '../harness/childScript'
import { reportFigures } from '../harness/figures'
import { seededRandom } from '../harness/random'
import { runKillLoop } from './killLoop'

/**
 * R1 at a given size: `kills` SIGKILLs of the saveLoop child over two databases side by side,
 * each kill followed by a reopen and a full check. Shared by the quick subset and the full run.
 * With `firstStarts`, every kill lands while a new database is being created and migrated.
 */
export async function killTest(id: string, kills: number, firstStarts = false): Promise<void> {
  const random = seededRandom()
  const temp = makeTempDir('newsdesk-r1-')
  const child = await bundleChild(new URL('./saveLoop.ts', import.meta.url).pathname)
  try {
    // `firstStarts`: every kill on a new file, soon after the child starts opening it (creating it, WAL, migrations).
    const figures = await runKillLoop({ child, folder: temp.dir, kills, lanes: 2, random, ...(firstStarts ? { freshEvery: 1, migratingWindowMs: 30 } : { freshEvery: 10 }) })
    reportFigures(id, { seed: random.seed, ...figures, problems: figures.problems.length })
    expect(figures.problems).toEqual([])
    expect(figures.kills).toBe(kills)
    if (!firstStarts) expect(figures.acknowledgedSaves).toBeGreaterThan(kills)
  } finally {
    child.remove()
    temp.remove()
  }
}
