import { describe, it } from 'vitest'
import { pasteTest } from './pasteTest'

describe('R4: 1,000 hostile pastes in Chromium', () => {
  it('no pasted code runs; nothing hostile reaches the stored HTML or the exports', () => pasteTest('R4-paste', 1_000))
})
