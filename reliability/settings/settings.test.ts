import { describe, it } from 'vitest'
import { checkAtomicWrites, checkBuiltAppStarts, checkDamagedFile, checkEdgeCases, DAMAGED } from './settingsFile'
import { settingsKillTest } from './settingsKillTest'

describe('R4 (quick): a damaged settings file', () => {
  it.each(DAMAGED)('%s: kept as a dated backup, defaults load with a message', async (_label, bytes, reason) => {
    await checkDamagedFile(bytes, reason)
  })
  it('two in one second, a good file, a folder in its place', checkEdgeCases)
  it('the built app starts, opens its window and says so', checkBuiltAppStarts)
})

describe('settings writes are atomic (quick)', () => {
  it('temp file + rename: a new inode per write, nothing left behind, owner-only', checkAtomicWrites)
  it('10 SIGKILLs mid-write never leave a torn file', () => settingsKillTest('R4-settings-kill-quick', 10), 60_000)
})
