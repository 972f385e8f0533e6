import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { openNodeSettings } from '../../src-main/settings/nodeSettings'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { ownFrame, startBuiltApp } from '../checklist/builtApp'

/** Damaged settings files as crashes, disks and hand edits leave them. */
export const DAMAGED: readonly [label: string, bytes: string | Buffer, reason: string][] = [
  ['empty', '', 'empty'],
  ['only whitespace', '  \n\t', 'empty'],
  ['truncated mid-write', '{\n  "dataDir": "/srv/desk",\n  "profile": {\n    "personId": "0190c3e2-7b', 'not_json'],
  ['a raw control character in a string', '{ "dataDir": "/srv/\u0001desk" }', 'not_json'],
  ['zero bytes from a crash before the data reached the disk', Buffer.alloc(512), 'not_json'],
  ['a byte-order mark from a Windows editor', '\uFEFF{ "dataDir": "/srv/desk" }', 'not_json'],
  ['JSON that is not an object (null)', 'null', 'not_an_object'],
  ['JSON that is not an object (a list)', '[1, 2, 3]', 'not_an_object'],
]

/**
 * R4, settings file: each damaged file is renamed, bytes unchanged, to a dated backup; the
 * settings open with defaults, say what happened, and work (a write reads back after a reopen).
 */
export async function checkDamagedFile(bytes: string | Buffer, reason: string): Promise<void> {
  const temp = makeTempDir('newsdesk-r4-settings-')
  try {
    writeFileSync(join(temp.dir, 'settings.json'), bytes)
    const settings = await openNodeSettings(temp.dir, new Date('2024-06-01T08:23:00.000Z'))
    expect(settings.recovered).toMatchObject({ reason, backupPath: join(temp.dir, 'settings.broken-20240601T082300Z.json') })
    expect(settings.recovered?.message).toContain('started with default settings')
    expect(readFileSync(settings.recovered!.backupPath)).toEqual(Buffer.from(bytes))
    expect(settings.get('dataDir')).toBeUndefined()
    settings.set('dataDir', '/srv/newsdesk')
    const reopened = await openNodeSettings(temp.dir)
    expect(reopened.recovered).toBeNull()
    expect(reopened.get('dataDir')).toBe('/srv/newsdesk')
  } finally {
    temp.remove()
  }
}

/** Two damaged files in one second get two backups; a good file and a missing one are left alone; a folder in its place is an error start-up reports. */
export async function checkEdgeCases(): Promise<void> {
  const temp = makeTempDir('newsdesk-r4-settings-')
  try {
    const at = new Date('2024-06-01T08:23:00.000Z')
    expect((await openNodeSettings(temp.dir, at)).recovered).toBeNull()
    writeFileSync(join(temp.dir, 'settings.json'), '{')
    await openNodeSettings(temp.dir, at)
    writeFileSync(join(temp.dir, 'settings.json'), '{"')
    const second = await openNodeSettings(temp.dir, at)
    expect(second.recovered?.backupPath).toBe(join(temp.dir, 'settings.broken-20240601T082300Z-2.json'))
    writeFileSync(join(temp.dir, 'settings.json'), '{ "dataDir": "/srv/desk" }')
    const good = await openNodeSettings(temp.dir, at)
    expect(good.recovered).toBeNull()
    expect(good.get('dataDir')).toBe('/srv/desk')

    const folder = makeTempDir('newsdesk-r4-settings-')
    mkdirSync(join(folder.dir, 'settings.json'))
    await expect(openNodeSettings(folder.dir)).rejects.toThrow(/EISDIR/)
    folder.remove()
  } finally {
    temp.remove()
  }
}

/**
 * The BUILT app (out/main under the stand-in electron) with a truncated settings.json: it
 * starts, opens its window, answers calls, and shows one warning naming the backup.
 */
export async function checkBuiltAppStarts(): Promise<void> {
  const temp = makeTempDir('newsdesk-r4-settings-')
  const truncated = '{\n  "dataDir": "/srv/desk",\n  "publish": { "targets": [ { "id": "0190'
  writeFileSync(join(temp.dir, 'settings.json'), truncated)
  const app = await startBuiltApp(temp.dir)
  try {
    expect(app.record.errorBoxes).toEqual([])
    expect(app.record.exitCode).toBeUndefined()
    expect(app.record.windows).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(app.record.messageBoxes).toEqual([expect.objectContaining({ type: 'warning', title: 'Settings were reset', detail: expect.stringContaining('settings.broken-') })])
    const backup = readdirSync(temp.dir).find((name) => name.startsWith('settings.broken-'))!
    expect(app.record.messageBoxes[0]!.detail).toContain(join(temp.dir, backup))
    expect(readFileSync(join(temp.dir, backup), 'utf8')).toBe(truncated)
    const info = app.record.handlers.get('app:info')!
    expect(await info(ownFrame(app.record.windows[0]!.webContentsId), {})).toMatchObject({ ok: true })
  } finally {
    app.electron.app.emit('will-quit')
    temp.remove()
  }
}

/**
 * Settings writes replace the file (temp file, fsync, rename: conf's `atomically`), never
 * rewrite it in place: the inode changes on every write, no temp file stays behind, and the
 * file is private to its owner (0600).
 */
export async function checkAtomicWrites(): Promise<void> {
  const temp = makeTempDir('newsdesk-r4-settings-')
  try {
    const settings = await openNodeSettings(temp.dir)
    settings.set('dataDir', '/srv/one')
    // A write in place keeps the inode; a rename brings the temp file's (the file system may
    // reuse a freed number later, so each write is compared with the one before it).
    let inode = statSync(settings.path).ino
    for (let n = 0; n < 5; n++) {
      settings.set('dataDir', `/srv/${n}`)
      const next = statSync(settings.path).ino
      expect(next).not.toBe(inode)
      inode = next
    }
    expect(readdirSync(temp.dir)).toEqual(['settings.json'])
    expect(statSync(settings.path).mode & 0o777).toBe(0o600)
  } finally {
    temp.remove()
  }
}
