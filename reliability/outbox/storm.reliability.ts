import { describe, it } from 'vitest'
import { stormTest } from './stormTest'

describe('R3: publishing to a flaky site', () => {
  it('puts each of 1,000 versions on the site exactly once, loses none, and the outbox tells the truth', async () => {
    await stormTest('R3', 250, 4)
  })
})
