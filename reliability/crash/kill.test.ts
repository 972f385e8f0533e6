import { describe, it } from 'vitest'
import { killTest } from './killTest'

// Quick subset of R1 for `npm test`: 20 kills, not the 200. Each kill starts a new Node
// process, which takes 0.2–0.5 s on the build machines, so 200 kills alone would take about a
// minute and a half; the full 1,000 run in `npm run reliability` (kill.reliability.ts).
describe('R1 (quick): SIGKILL while saving', () => {
  it('keeps every acknowledged save through 20 kills; integrity_check ok; migrations apply', async () => {
    await killTest('R1-quick', 20)
  }, 120_000)

  it('reopens after 10 kills during a first start (creating the file, switching to WAL, migrating)', async () => {
    await killTest('R1-first-start-quick', 10, true)
  }, 120_000)
})
