import Database from 'better-sqlite3'
import { accessSync, closeSync, constants, mkdirSync, openSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseOpenError } from './databaseOpenError'
import { currentVersion, migrate, newerDatabase, type MigrationReport } from './migrate'
import { LATEST_SCHEMA_VERSION } from './migrations'
import type { Migration } from './migrations/migration'
import { probeDatabaseFile } from './probeDatabaseFile'
import { Store } from './store'

/** The file name of the database inside the data folder. */
export const DATABASE_FILE_NAME = 'newsdesk.sqlite'

/** Modes of a data folder and database Newsdesk creates: owner only (SECURITY.md, "a second local user"). */
export const PRIVATE_FOLDER_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

/** How long a statement waits for another connection's lock before failing, in ms. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000

export interface OpenDatabaseOptions {
  /** Recorded with each migration applied. */
  appVersion: string
  /** Lock wait in ms (`busy_timeout`); default `DEFAULT_BUSY_TIMEOUT_MS`. */
  busyTimeoutMs?: number
  /** Path of a better-sqlite3 addon built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string
  now?: () => Date
  /** Tests only: a different migration list. */
  migrations?: readonly Migration[]
}

/** An open database and what opening it did. */
export interface OpenedDatabase {
  store: Store
  migration: MigrationReport
}

/**
 * Opens (creating if needed) the Newsdesk database at `path`: WAL journal, foreign keys on,
 * `synchronous=FULL` (a save acknowledged to the reporter survives a power cut), a busy
 * timeout, then pending migrations in one transaction.
 *
 * A refused file is never modified: its header is read with plain file I/O first.
 * @throws DatabaseOpenError `newer`, `not_a_database`, `read_only`, `unreadable`, `sqlite_unavailable`
 *   or `migration_failed`,
 *   each with a message meant for a person.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions): OpenedDatabase {
  const latest = options.migrations?.at(-1)?.version ?? LATEST_SCHEMA_VERSION
  const probe = probeDatabaseFile(path)
  if (probe.kind === 'sqlite' && probe.userVersion > latest) throw newerDatabase(path, probe.userVersion, latest)
  assertSqliteLoads(path, options.nativeBinding)
  assertWritable(path, probe.kind !== 'missing')
  // A crash can leave the newest header in the -wal file, where the plain read above cannot
  // see it: ask SQLite too, read-only, because a read-write close would checkpoint the file.
  if (probe.kind === 'sqlite') {
    const found = readVersion(path, options.nativeBinding)
    if (found > latest) throw newerDatabase(path, found, latest)
  }

  let sqlite: Database.Database
  try {
    sqlite = new Database(path, {
      timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
  } catch (error) {
    throw new DatabaseOpenError('unreadable', path, `The database cannot be opened: ${path} (${describe(error)}).`, {
      cause: error,
    })
  }

  try {
    const journal = sqlite.pragma('journal_mode = WAL', { simple: true })
    if (journal !== 'wal') throw new Error(`journal_mode is ${String(journal)}, expected wal`)
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('synchronous = FULL')
    const migration = migrate(sqlite, path, {
      appVersion: options.appVersion,
      now: options.now ?? (() => new Date()),
      ...(options.migrations ? { migrations: options.migrations } : {}),
    })
    return { store: new Store(sqlite, path), migration }
  } catch (error) {
    sqlite.close()
    throw asOpenError(path, error)
  }
}

/** Loads the SQLite addon on an in-memory database, so a missing or wrong-ABI addon is not blamed on the file. */
function assertSqliteLoads(path: string, nativeBinding: string | undefined): void {
  try {
    new Database(':memory:', nativeBinding ? { nativeBinding } : {}).close()
  } catch (error) {
    throw new DatabaseOpenError(
      'sqlite_unavailable',
      path,
      `Newsdesk's SQLite engine could not be loaded (${describe(error)}). Reinstall Newsdesk, or run \`npm start\` again to rebuild it for Electron. The database was not touched.`,
      { cause: error },
    )
  }
}

/**
 * The file (when it exists) and its folder must be writable: SQLite needs the folder for its -wal
 * and -shm files. A folder or file made here is its owner's alone (0700, 0600; SQLite gives the
 * -wal and -shm the database's mode): the drafts are no other account's to read. Existing ones
 * keep the mode they have.
 */
function assertWritable(path: string, exists: boolean): void {
  const folder = dirname(path)
  try {
    mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
    accessSync(folder, constants.W_OK)
    if (exists) accessSync(path, constants.R_OK | constants.W_OK)
    else closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE))
  } catch (error) {
    throw new DatabaseOpenError(
      'read_only',
      path,
      `Newsdesk cannot write to its database (${describe(error)}): ${path}. Check the permissions of the file and its folder, or point NEWSDESK_DATA_DIR at a folder you can write to. Nothing was changed.`,
      { cause: error },
    )
  }
}

/**
 * The schema version as SQLite sees it (WAL included), on a read-only connection that never
 * checkpoints. 0 when the file has a hot rollback journal: a crash while a new database was
 * first being written, before it was switched to WAL, so there is no -wal to look into; only a
 * read-write connection may roll the journal back, and migrate() checks the version again then,
 * before it writes anything. (Refusing instead stopped Newsdesk from ever starting again:
 * reliability/crash, kills during a first start.)
 */
function readVersion(path: string, nativeBinding: string | undefined): number {
  let reader: Database.Database | undefined
  try {
    reader = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
    return currentVersion(reader)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_READONLY_ROLLBACK') return 0
    throw asOpenError(path, error)
  } finally {
    reader?.close()
  }
}

function asOpenError(path: string, error: unknown): DatabaseOpenError {
  if (error instanceof DatabaseOpenError) return error
  const code = (error as { code?: unknown }).code
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new DatabaseOpenError(
      'not_a_database',
      path,
      `This file is not a usable Newsdesk database (${describe(error)}): ${path}. It was left untouched.`,
      { cause: error },
    )
  }
  return new DatabaseOpenError(
    'migration_failed',
    path,
    `The database could not be prepared (${describe(error)}); the migration was rolled back: ${path}.`,
    { cause: error },
  )
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
