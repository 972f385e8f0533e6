import { describe, it } from 'vitest'
import { killTest } from './killTest'

describe('R1: SIGKILL while saving', () => {
  it('keeps every acknowledged save through 1,000 kills; integrity_check ok; migrations apply', async () => {
    await killTest('R1', 1_000)
  })

  it('reopens after 200 kills during a first start (creating the file, switching to WAL, migrating)', async () => {
    await killTest('R1-first-start', 200, true)
  })
})
