import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { DatabaseOpenError } from '../../src-main/db/databaseOpenError'
import { openDatabase } from '../../src-main/db/openDatabase'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { startBuiltApp } from '../checklist/builtApp'
import { reportFigures } from '../harness/figures'
import { badDatabases, fingerprint, makeTemplate } from './badDatabases'

/**
 * R4, database: every bad file is refused by openDatabase with a reason a person can act on,
 * and by the BUILT app with a dialog and a clean exit (no window, no crash), and in both cases
 * the file and its -wal are byte-for-byte as they were.
 */
export async function badDatabaseTest(id: string, fractions: readonly number[]): Promise<void> {
  const started = performance.now()
  const temp = makeTempDir('newsdesk-r4-db-')
  try {
    const cases = badDatabases(makeTemplate(temp.dir), fractions)
    const refusals: Record<string, number> = {}
    for (const [index, bad] of cases.entries()) {
      const folder = join(temp.dir, `case${index}`)
      mkdirSync(folder)
      bad.make(folder)
      const before = fingerprint(folder)

      let refused: unknown
      try {
        openDatabase(join(folder, 'newsdesk.sqlite'), { appVersion: 'reliability' }).store.close()
      } catch (error) {
        refused = error
      }
      expect(refused, bad.label).toBeInstanceOf(DatabaseOpenError)
      const failure = (refused as DatabaseOpenError).failure
      expect(['not_a_database', 'newer'], bad.label).toContain(failure)
      refusals[failure] = (refusals[failure] ?? 0) + 1
      expect(fingerprint(folder), `${bad.label}: touched by openDatabase`).toBe(before)

      const app = await startBuiltApp(folder)
      expect(app.record.windows, bad.label).toHaveLength(0)
      expect(app.record.exitCode, bad.label).toBe(2)
      expect(app.record.errorBoxes, bad.label).toEqual([{ title: 'Newsdesk cannot open its database', content: (refused as Error).message }])
      expect(fingerprint(folder), `${bad.label}: touched by the app`).toBe(before)
    }
    reportFigures(id, { files: cases.length, refusals, appStartsChecked: cases.length, ms: Math.round(performance.now() - started) })
  } finally {
    temp.remove()
  }
}
