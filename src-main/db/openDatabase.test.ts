import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../testing/tempDir'
import { DatabaseOpenError } from './databaseOpenError'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations'
import { openDatabase } from './openDatabase'

const OPTIONS = { appVersion: '9.9.9-test', now: () => new Date('2024-06-01T08:23:00.000Z') }

let temp: ReturnType<typeof makeTempDir>
let path: string
beforeEach(() => {
  temp = makeTempDir()
  path = join(temp.dir, 'newsdesk.sqlite')
})
afterEach(() => temp.remove())

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** Runs `open` expecting a refusal; returns the error for its fields. */
function refusal(open: () => unknown): DatabaseOpenError {
  try {
    open()
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error
    throw error
  }
  throw new Error('the database was opened, but it should have been refused')
}

describe('openDatabase on a fresh file', () => {
  it('creates the file, applies every migration once and records it', () => {
    const { store, migration } = openDatabase(path, OPTIONS)
    expect(migration).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, applied: MIGRATIONS.map((m) => m.version) })
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(store.sqlite.prepare('SELECT version, name, applied_at, app_version FROM schema_migrations').all()).toEqual(
      MIGRATIONS.map(({ version, name }) => ({ version, name, applied_at: '2024-06-01T08:23:00.000Z', app_version: '9.9.9-test' })),
    )
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1)) // numbered, no gaps
    const columns = store.sqlite.prepare("SELECT name FROM pragma_table_info('stories')").pluck().all()
    expect(columns).toEqual(expect.arrayContaining(['id', 'headline', 'state', 'version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted_at']))
    store.close()
  })

  it('re-opening a current database applies nothing and leaves the record as it was', () => {
    openDatabase(path, OPTIONS).store.close()
    const later = { ...OPTIONS, now: () => new Date('2025-01-01T00:00:00.000Z') }
    const { store, migration } = openDatabase(path, later)
    expect(migration).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION, applied: [] })
    const applied = store.sqlite.prepare('SELECT applied_at FROM schema_migrations').pluck().all()
    expect(applied).toEqual(MIGRATIONS.map(() => '2024-06-01T08:23:00.000Z'))
    store.close()
  })

  it('rolls back every migration of a run when one of them fails', () => {
    const broken = [...MIGRATIONS, { version: 2, name: 'broken', sql: 'CREATE TABLE half_done (a); SELECT * FROM no_such_table;' }]
    const error = refusal(() => openDatabase(path, { ...OPTIONS, migrations: broken }))
    expect(error.failure).toBe('migration_failed')
    expect(error.message).toContain('no such table: no_such_table')
    const db = new Database(path, { readonly: true })
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()
    expect(db.pragma('user_version', { simple: true })).toBe(0)
    db.close()
    expect(tables).toEqual([]) // not even migration 1, nor the record: one transaction
  })
})

describe('openDatabase refuses, and leaves the file untouched,', () => {
  it('a database written by a newer Newsdesk (user_version above ours)', () => {
    const db = new Database(path)
    db.exec('CREATE TABLE stories (id TEXT); INSERT INTO stories VALUES (1)')
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 6}`)
    db.close()
    const before = sha256(path)

    const error = refusal(() => openDatabase(path, OPTIONS))
    expect(error.failure).toBe('newer')
    expect(error.message).toContain(`newer version of Newsdesk (schema ${LATEST_SCHEMA_VERSION + 6}; this version knows up to ${LATEST_SCHEMA_VERSION})`)
    expect(error.message).toContain('left untouched')
    expect(sha256(path)).toBe(before)
    expect(existsSync(`${path}-wal`)).toBe(false)
  })

  it('a database whose migration record is newer even though its header is not', () => {
    const db = new Database(path)
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT, app_version TEXT); INSERT INTO schema_migrations VALUES (42, 'future', '2030-01-01T00:00:00Z', '42.0.0')")
    db.close()
    const before = sha256(path)
    expect(refusal(() => openDatabase(path, OPTIONS)).failure).toBe('newer')
    expect(sha256(path)).toBe(before)
  })

  it.each([
    ['plain text', 'Reporter: Awais Kiyani\nThis is a story, not a database. '.repeat(20)],
    ['a short file', 'hello'],
    ['a PNG header', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)])],
  ])('a file that is not SQLite: %s', (_name, content) => {
    writeFileSync(path, content)
    const before = sha256(path)
    const error = refusal(() => openDatabase(path, OPTIONS))
    expect(error.failure).toBe('not_a_database')
    expect(error.message).toMatch(/^This file is not a Newsdesk database \(it is not SQLite\): .*newsdesk\.sqlite\. It was left untouched\./)
    expect(sha256(path)).toBe(before)
  })

  it('a file with a SQLite header and garbage pages', () => {
    const db = new Database(path)
    db.exec('CREATE TABLE t (a)')
    db.close()
    const damaged = readFileSync(path)
    damaged.fill(0xa5, 100) // keep the 100-byte header, ruin every page after it
    writeFileSync(path, damaged)
    const before = sha256(path)
    const error = refusal(() => openDatabase(path, OPTIONS))
    expect(error.failure).toBe('not_a_database')
    expect(error.message).toContain('not a usable Newsdesk database')
    expect(sha256(path)).toBe(before)
  })

  it('a folder where the file should be', () => {
    mkdirSync(path)
    const error = refusal(() => openDatabase(path, OPTIONS))
    expect(error.failure).toBe('unreadable')
    expect(error.message).toContain('is not a file')
  })
})

describe('openDatabase refuses, without touching the file, when', () => {
  it('the newer version sits in a -wal file left by a crash', () => {
    const writer = new Database(path)
    writer.pragma('journal_mode = WAL')
    writer.exec('CREATE TABLE t (a); INSERT INTO t VALUES (1)')
    writer.pragma('wal_checkpoint(TRUNCATE)')
    writer.pragma('wal_autocheckpoint = 0')
    writer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`)
    // Copy the file and its -wal while the writer still holds them: what a crash leaves behind.
    const crashed = join(temp.dir, 'crashed')
    mkdirSync(crashed)
    const copy = join(crashed, 'newsdesk.sqlite')
    copyFileSync(path, copy)
    copyFileSync(`${path}-wal`, `${copy}-wal`)
    writer.close()
    const before = [sha256(copy), sha256(`${copy}-wal`)]

    const error = refusal(() => openDatabase(copy, OPTIONS))
    expect(error.failure).toBe('newer')
    expect([sha256(copy), sha256(`${copy}-wal`)]).toEqual(before)
  })

  it('the SQLite addon cannot be loaded, and says so instead of blaming the file', () => {
    const error = refusal(() => openDatabase(path, { ...OPTIONS, nativeBinding: join(temp.dir, 'missing.node') }))
    expect(error.failure).toBe('sqlite_unavailable')
    expect(error.message).toContain("Newsdesk's SQLite engine could not be loaded")
    expect(existsSync(path)).toBe(false)
  })

  it('its folder cannot be made (a file is in the way)', () => {
    writeFileSync(join(temp.dir, 'not-a-folder'), 'x')
    const error = refusal(() => openDatabase(join(temp.dir, 'not-a-folder', 'newsdesk.sqlite'), OPTIONS))
    expect(error.failure).toBe('unreadable')
    expect(error.message).toMatch(/^The database cannot be read: .*not-a-folder.*ENOTDIR/)
  })

  it('the file is read-only', (context) => {
    if (process.getuid?.() === 0) {
      const reason = 'running as root, which writes through file permissions; run the tests as a normal user to check this'
      console.log(`[openDatabase.test] skipped "the file is read-only": ${reason}`)
      context.skip(reason)
    }
    openDatabase(path, OPTIONS).store.close()
    chmodSync(path, 0o444)
    const error = refusal(() => openDatabase(path, OPTIONS))
    expect(error.failure).toBe('read_only')
    expect(error.message).toContain('Newsdesk cannot write to its database')
  })
})
