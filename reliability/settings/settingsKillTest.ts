import { readdirSync } from 'node:fs'
import { expect } from 'vitest'
import { openNodeSettings } from '../../src-main/settings/nodeSettings'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { bundleChild } from '../harness/childScript'
import { reportFigures } from '../harness/figures'
import { seededRandom } from '../harness/random'
import { runSettingsKills } from './settingsKill'

/** Settings writes are atomic under SIGKILL: `kills` kills of a child rewriting a 256 KB settings file. */
export async function settingsKillTest(id: string, kills: number): Promise<void> {
  const random = seededRandom()
  const temp = makeTempDir('newsdesk-r4-settings-kill-')
  const child = await bundleChild(new URL('./settingsWriter.ts', import.meta.url).pathname)
  try {
    const figures = await runSettingsKills(child, temp.dir, kills, random)
    reportFigures(id, { seed: random.seed, ...figures, problems: figures.problems.length })
    expect(figures.problems).toEqual([])
    expect(figures.acknowledgedWrites).toBeGreaterThan(0)
    // The next start finds nothing to repair, and clears the temp files kills left behind.
    expect((await openNodeSettings(temp.dir)).recovered).toBeNull()
    expect(readdirSync(temp.dir)).toEqual(['settings.json'])
  } finally {
    child.remove()
    temp.remove()
  }
}
