/**
 * "Another connection holds the lock" (sqlite.org/rescode.html): `SQLITE_BUSY` and its extended
 * codes (`_SNAPSHOT` when a read transaction tries to write after another connection committed,
 * `_RECOVERY`, `_TIMEOUT`) and `SQLITE_LOCKED`. Not a bug in Newsdesk and not damage: someone
 * else (a second Newsdesk on the same folder, a backup, a database tool) is using the file.
 */
export function isBusy(error: unknown): boolean {
  if (error instanceof DatabaseBusyError) return true
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
}

/** What a person is told instead of SQLite's "database is locked". */
export const BUSY_MESSAGE =
  'The story database is busy: another program (a second Newsdesk, a backup or a database tool) is using it. ' +
  'Nothing was changed and nothing was lost; Newsdesk tries again at the next save, or try again in a moment.'

/** A write that still found the database locked after waiting and retrying. The file is unchanged. */
export class DatabaseBusyError extends Error {
  override readonly name = 'DatabaseBusyError'

  constructor(
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(BUSY_MESSAGE, options)
  }
}
