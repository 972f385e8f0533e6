import { expect } from 'vitest'
import { reportFigures } from '../harness/figures'
import { seededRandom } from '../harness/random'
import { startReporterHost } from '../harness/testDeskHost'
import { killWhileTyping, MIN_KEYS, type RendererDeath, type TypingTrial } from './killWhileTyping'

/** The limit: at most this much typing lost when the renderer dies (autosave 0.8 s after typing stops, and while typing). */
const MAX_LOST_MS = 1_000

/** R2 at a given size: `trials` renderer deaths mid-typing, alternating SIGKILL of the browser and a renderer crash; the first story is reopened. */
export async function rendererKillTest(id: string, trials: number): Promise<void> {
  const random = seededRandom()
  const desk = await startReporterHost()
  const results: TypingTrial[] = []
  try {
    for (let trial = 0; trial < trials; trial++) {
      const death: RendererDeath = trial % 2 === 0 ? 'browser-sigkill' : 'renderer-crash'
      results.push(await killWhileTyping(desk.host, random, death, trial === 0))
    }
  } finally {
    await desk.close()
    reportFigures(id, {
      seed: random.seed,
      trials: results.length,
      typedChars: results.reduce((sum, trial) => sum + trial.typedChars, 0),
      lostChars: results.map((trial) => trial.lostChars),
      lostMs: results.map((trial) => trial.lostMs),
      worstLostMs: Math.max(0, ...results.map((trial) => trial.lostMs)),
      reopened: results[0]?.reopened,
    })
  }
  for (const trial of results) {
    expect(trial.storedIsPrefix, JSON.stringify(trial)).toBe(true)
    expect(trial.typedChars, JSON.stringify(trial)).toBeGreaterThanOrEqual(MIN_KEYS)
    expect(trial.lostMs, JSON.stringify(trial)).toBeLessThanOrEqual(MAX_LOST_MS)
  }
  expect(results[0]?.reopened).toMatchObject({ editorMatches: true, alerts: 0, status: expect.stringMatching(/^Saved \d\d:\d\d:\d\d$/) })
}
