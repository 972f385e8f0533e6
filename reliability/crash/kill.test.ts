import { describe, it } from 'vitest'
import { killTest } from './killTest'

// Quick subset of R1 for `npm test`: the issue's 200 kills (the full 1,000 run in `npm run
// reliability`, kill.reliability.ts). Each kill starts a new Node process, 0.3–1 s here, so this
// is the longest test in the quick subset: one to three minutes.
describe('R1 (quick): SIGKILL while saving', () => {
  it('keeps every acknowledged save through 200 kills; integrity_check ok; migrations apply', async () => {
    await killTest('R1-quick', 200)
  }, 600_000)

  it('reopens after 10 kills during a first start (creating the file, switching to WAL, migrating)', async () => {
    await killTest('R1-first-start-quick', 10, true)
  }, 120_000)
})
