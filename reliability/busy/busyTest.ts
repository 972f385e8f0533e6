import { expect } from 'vitest'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { bundleChild, type ChildScript } from '../harness/childScript'
import { reportFigures } from '../harness/figures'
import { outboxWhileLocked } from './outboxWhileLocked'
import { BUSY_MESSAGE, longReadWhileWriting, readerThatUpgrades, saveWhileLocked, twoIncrementers } from './busyScenarios'

/** R7 at a given size: `readMs` of long read, `increments` per process. */
export async function busyTest(id: string, sizes: { readMs: number; increments: number }): Promise<void> {
  const child = await bundleChild(new URL('./otherConnection.ts', import.meta.url).pathname)
  const figures: Record<string, unknown> = {}
  const inFolder = async <T>(run: (folder: string) => Promise<T>) => {
    const temp = makeTempDir('newsdesk-r7-')
    try {
      return await run(temp.dir)
    } finally {
      temp.remove()
    }
  }
  try {
    const read = await inFolder((folder) => longReadWhileWriting(child, folder, sizes.readMs))
    figures['longRead'] = read
    expect(read.saves).toBeGreaterThan(10)
    expect(read.slowestMs).toBeLessThan(1_000) // the writer never waited for the reader
    expect(read.readerSaw[0]).toBe(read.readerSaw[2]) // the reader's snapshot held still
    expect(read.checkpointBusy).toBe(0) // once it ended, the WAL checkpointed fully
    expect(read.storiesNow).toBe(read.saves + 1)

    const upgrade = await inFolder((folder) => readerThatUpgrades(child, folder))
    figures['upgrade'] = upgrade.answer
    expect(upgrade.answer).toBe('upgrade failed SQLITE_BUSY_SNAPSHOT')
    expect(upgrade.storedHeadline).toBe(upgrade.savedHeadline)

    const immediate = await inFolder((folder) => twoIncrementers(child, folder, sizes.increments, 'immediate'))
    const deferred = await inFolder((folder) => twoIncrementers(child, folder, sizes.increments, 'deferred'))
    figures['immediate'] = immediate
    figures['deferred'] = deferred
    // Newsdesk's way (Store.transaction: BEGIN IMMEDIATE): no read ever fails to become a write.
    // Under thousands of back-to-back writes from two processes a transaction can still wait out
    // the whole busy_timeout (SQLite's busy handler is not a queue): it is then refused with the
    // typed DatabaseBusyError, never SQLITE_BUSY_SNAPSHOT, and nothing acknowledged is lost.
    for (const result of immediate.results) expect(Object.keys(result.failures).filter((code) => code !== 'DatabaseBusyError')).toEqual([])
    const refusedImmediate = immediate.results.reduce((sum, result) => sum + (result.failures['DatabaseBusyError'] ?? 0), 0)
    expect(refusedImmediate).toBeLessThanOrEqual(sizes.increments / 100)
    expect(immediate.counter).toBe(immediate.results.reduce((sum, result) => sum + result.ok, 0))
    // The plain BEGIN that Newsdesk avoids: whatever failed failed loudly, and nothing was lost silently.
    expect(deferred.counter).toBe(deferred.results.reduce((sum, result) => sum + result.ok, 0))

    const brief = await inFolder((folder) => saveWhileLocked(child, folder, 300, 5_000))
    figures['lockedBriefly'] = { waitedMs: brief.waitedMs, ok: brief.first.ok }
    expect(brief.first).toMatchObject({ ok: true, value: { version: 2 } })

    const long = await inFolder((folder) => saveWhileLocked(child, folder, 1_500, 300))
    figures['lockedPastTimeout'] = { waitedMs: long.waitedMs, first: long.first, againOk: long.again.ok, bugsReported: long.bugsReported }
    expect(long.first).toEqual({ ok: false, error: { code: 'unavailable', message: BUSY_MESSAGE } })
    expect(JSON.stringify(long.first)).not.toMatch(/database is locked|SQLITE_/i)
    expect(long.waitedMs).toBeLessThan(1_000) // one busy_timeout, not several: the main process is not kept frozen
    expect(long.bugsReported).toBe(0) // someone else's lock is not a Newsdesk bug
    expect(long.again).toMatchObject({ ok: true, value: { version: 2 } }) // the same save, sent again, goes through

    const outbox = await inFolder((folder) => outboxWhileLocked(child, folder))
    figures['outboxLocked'] = outbox
    expect(outbox.rejections).toEqual([])
    expect(outbox.after).toMatchObject({ state: 'sent', last_error: null })
    expect(outbox.keys).toEqual([outbox.keys[0], outbox.keys[0]]) // sent again once, with the same key
  } finally {
    reportFigures(id, figures)
    child.remove()
  }
}
