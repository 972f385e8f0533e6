import { describe, it } from 'vitest'
import { fuzzTest } from './fuzzTest'

// Quick subset of R4's fuzz for `npm test`: 100 payloads per channel (the full run: 10,000).
describe('R4 (quick): random payloads on every IPC channel', () => {
  it('every call answers a typed Result; none crashes, hangs or is a bug', () => fuzzTest('R4-fuzz-quick', 100), 120_000)
})
