import { describe, it } from 'vitest'
import { rendererKillTest } from './rendererKillTest'

// Quick subset of R2 for `npm test`: one death (the whole browser SIGKILLed), then the reopen;
// the full run alternates SIGKILL and renderer crashes, 20 in all.
describe('R2 (quick): the renderer dies while a person types', () => {
  it('loses at most 1 s of typing; the story reopens as last saved, with no error', () => rendererKillTest('R2-quick', 1), 120_000)
})
