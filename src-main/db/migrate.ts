import type { Database } from 'better-sqlite3'
import { DatabaseOpenError } from './databaseOpenError'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations'
import type { Migration } from './migrations/migration'

/** What `migrate` did: the schema version before and after, and the versions it applied. */
export interface MigrationReport {
  from: number
  to: number
  applied: number[]
}

const CREATE_RECORD = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    applied_at  TEXT    NOT NULL,
    app_version TEXT    NOT NULL
  ) STRICT`

/**
 * Brings the schema up to `LATEST_SCHEMA_VERSION`: every pending migration runs in ONE
 * transaction with its record in `schema_migrations` and `PRAGMA user_version`, so a crash
 * leaves either the old schema or the new one. A database already current is not written.
 * @param migrations the list to apply (the real list unless a test supplies its own).
 * @throws DatabaseOpenError `newer` if the database records a version above ours.
 */
export function migrate(
  sqlite: Database,
  path: string,
  options: { appVersion: string; now: () => Date; migrations?: readonly Migration[] },
): MigrationReport {
  const migrations = options.migrations ?? MIGRATIONS
  const latest = migrations.at(-1)?.version ?? 0
  const from = currentVersion(sqlite)
  if (from > latest) throw newerDatabase(path, from, latest)

  const pending = migrations.filter((m) => m.version > from)
  if (pending.length === 0) return { from, to: from, applied: [] }

  const apply = sqlite.transaction(() => {
    sqlite.exec(CREATE_RECORD)
    const record = sqlite.prepare(
      'INSERT INTO schema_migrations (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)',
    )
    for (const migration of pending) {
      sqlite.exec(migration.sql)
      record.run(migration.version, migration.name, options.now().toISOString(), options.appVersion)
    }
    sqlite.pragma(`user_version = ${latest}`)
  })
  apply.immediate()
  return { from, to: latest, applied: pending.map((m) => m.version) }
}

/** The higher of `PRAGMA user_version` and the newest recorded migration (0 for a new file). */
export function currentVersion(sqlite: Database): number {
  const userVersion = Number(sqlite.pragma('user_version', { simple: true }))
  const hasRecord = sqlite
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get()
  if (!hasRecord) return userVersion
  const row = sqlite.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null }
  return Math.max(userVersion, row.version ?? 0)
}

/** The refusal for a database from a newer Newsdesk; the file is not modified. */
export function newerDatabase(path: string, found: number, latest = LATEST_SCHEMA_VERSION): DatabaseOpenError {
  return new DatabaseOpenError(
    'newer',
    path,
    `This database was written by a newer version of Newsdesk (schema ${found}; this version knows up to ${latest}). ` +
      'It was left untouched. Update Newsdesk to open it, or point NEWSDESK_DATA_DIR at another folder.',
  )
}
