import { describe, it } from 'vitest'
import { rendererKillTest } from './rendererKillTest'

describe('R2: the renderer dies while a person types', () => {
  it('loses at most 1 s of typing in 20 deaths; the story reopens as last saved, with no error', () => rendererKillTest('R2', 20))
})
