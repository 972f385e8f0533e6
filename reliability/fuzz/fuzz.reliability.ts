import { describe, it } from 'vitest'
import { fuzzTest } from './fuzzTest'

describe('R4: 10,000 random payloads on every IPC channel', () => {
  it('every call answers a typed Result; none crashes, hangs or is a bug', () => fuzzTest('R4-fuzz', 10_000))
})
