import { describe, it } from 'vitest'
import { stormTest } from './stormTest'

// Quick subset of R3 for `npm test`: 40 publishes (10 stories × publish + 3 corrections); the full run: 1,000.
describe('R3 (quick): publishing to a flaky site', () => {
  it('puts every version on the site exactly once, loses none, and the outbox tells the truth', async () => {
    await stormTest('R3-quick', 10, 4)
  }, 120_000)
})
