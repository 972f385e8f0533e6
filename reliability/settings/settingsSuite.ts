import { describe, it } from 'vitest'
import { checkAtomicWrites, checkBuiltAppStarts, checkDamagedFile, checkEdgeCases, DAMAGED } from './settingsFile'
import { settingsKillTest } from './settingsKillTest'

/**
 * R4's settings half, the same for the quick subset and the full run: only the number of
 * SIGKILLs mid-write differs (`kills`), and `figuresId` names the JSON kept under
 * `out/reliability/`. `timeoutMs` bounds the kill loop (the full run has no limit of its own).
 */
export function settingsSuite(title: string, kills: number, figuresId: string, timeoutMs?: number): void {
  describe(`R4${title}: a damaged settings file`, () => {
    it.each(DAMAGED)('%s: kept as a dated backup, defaults load with a message', async (_label, bytes, reason) => {
      await checkDamagedFile(bytes, reason)
    })
    it('two in one second, a good file, a folder in its place', checkEdgeCases)
    it('the built app starts, opens its window and says so', checkBuiltAppStarts)
  })

  describe(`settings writes are atomic${title}`, () => {
    it('temp file + rename: a new inode per write, nothing left behind, owner-only', checkAtomicWrites)
    it(`${kills} SIGKILLs mid-write never leave a torn file`, () => settingsKillTest(figuresId, kills), timeoutMs)
  })
}
