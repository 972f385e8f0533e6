import { describe, it } from 'vitest'
import { pasteTest } from './pasteTest'

// Quick subset of R4's pastes for `npm test`: 40, a batch with the shipped CSP and one without (the full run: 1,000).
describe('R4 (quick): hostile pastes in Chromium', () => {
  it('no pasted code runs; nothing hostile reaches the stored HTML or the exports', () => pasteTest('R4-paste-quick', 40), 120_000)
})
