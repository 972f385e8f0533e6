import Database from 'better-sqlite3'
import { chmodSync, closeSync, openSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../testing/tempDir'
import { DatabaseBusyError } from './databaseBusy'
import { storageTrouble, storageTroubleMessage } from './storageTrouble'

const temp = makeTempDir()
afterAll(() => temp.remove())

/** Runs `act` and returns what it threw (the test fails if it did not throw). */
function thrownBy(act: () => unknown): unknown {
  try {
    act()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

/** A database of 2,000 rows of 1 KB (about 2 MB), closed, with 64 KB of its middle overwritten. */
function damagedDatabase(): string {
  const file = join(temp.dir, 'damaged.sqlite')
  const db = new Database(file)
  db.exec('CREATE TABLE story (id INTEGER PRIMARY KEY, body TEXT)')
  const insert = db.prepare('INSERT INTO story (body) VALUES (?)')
  db.transaction(() => {
    for (let i = 0; i < 2_000; i++) insert.run(`paragraph ${i} `.repeat(70))
  })()
  db.close()
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.alloc(64 * 1024, 0xa5), 0, 64 * 1024, Math.floor(statSync(file).size * 0.6))
  closeSync(fd)
  return file
}

describe('storageTrouble', () => {
  it('names real SQLite failures: damaged pages, a read-only file, another writer', () => {
    // Opening reads only the header and the schema page, so the damage shows at the first full read.
    const damaged = new Database(damagedDatabase())
    const corrupt = thrownBy(() => damaged.prepare('SELECT count(body) FROM story').get())
    damaged.close()
    expect((corrupt as { code: string }).code).toMatch(/^SQLITE_CORRUPT/)
    expect(storageTrouble(corrupt)).toBe('damaged')

    const file = join(temp.dir, 'readonly.sqlite')
    new Database(file).exec('CREATE TABLE t (x)')
    chmodSync(file, 0o444)
    const readonly = new Database(file, { readonly: true })
    expect(storageTrouble(thrownBy(() => readonly.exec('INSERT INTO t VALUES (1)')))).toBe('readonly')
    readonly.close()

    const writer = new Database(join(temp.dir, 'busy.sqlite'))
    writer.exec('CREATE TABLE t (x)')
    const other = new Database(join(temp.dir, 'busy.sqlite'), { timeout: 0 })
    writer.exec('BEGIN IMMEDIATE')
    expect(storageTrouble(thrownBy(() => other.exec('BEGIN IMMEDIATE')))).toBe('busy')
    writer.exec('ROLLBACK')
    writer.close()
    other.close()

    expect(storageTrouble(new DatabaseBusyError('/x'))).toBe('busy')
    expect(storageTrouble(new TypeError('a bug'))).toBeNull()
    expect(storageTrouble({ code: 'SQLITE_FULL' })).toBe('full')
    expect(storageTrouble({ code: 'SQLITE_IOERR_WRITE' })).toBe('io')
    expect(storageTrouble(null)).toBeNull()
  })

  it('tells a person what happened and what to do, never "your work is safe" for damage', () => {
    expect(storageTroubleMessage('damaged')).toMatch(/damaged.*restore the database from a backup/s)
    expect(storageTroubleMessage('full')).toMatch(/disk is full/)
    expect(storageTroubleMessage('damaged')).not.toMatch(/work is safe/i)
  })
})
