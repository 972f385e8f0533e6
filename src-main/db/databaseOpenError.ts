/**
 * Why the database could not be opened. Each comes with a message a person can act on;
 * in every case the file is left exactly as it was.
 * - `newer`: written by a newer Newsdesk (its schema version is above ours);
 * - `not_a_database`: the file exists but is not SQLite (or is damaged in its header);
 * - `unreadable`: the path cannot be read (a folder in the way, an I/O error);
 * - `read_only`: the file or its folder cannot be written;
 * - `sqlite_unavailable`: the SQLite addon itself did not load (missing, or built for another ABI);
 * - `migration_failed`: a migration failed; it was rolled back.
 */
export type DatabaseOpenFailure = 'newer' | 'not_a_database' | 'unreadable' | 'read_only' | 'sqlite_unavailable' | 'migration_failed'

export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError'

  constructor(
    readonly failure: DatabaseOpenFailure,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}
