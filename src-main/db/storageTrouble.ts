import { BUSY_MESSAGE, isBusy } from './databaseBusy'

/**
 * What a person is told when the story database itself fails a call, by SQLite's primary
 * result code (sqlite.org/rescode.html). None of these is a bug in Newsdesk, and for none of
 * them is "your work is safe" honest without saying what happened:
 * - `busy`: SQLITE_BUSY / SQLITE_LOCKED after the waits and retries (another program);
 * - `damaged`: SQLITE_CORRUPT / SQLITE_NOTADB, pages damaged after the file was opened (the
 *   start-up probe only reads the header and the first pages: a full `integrity_check` on a
 *   large desk takes minutes);
 * - `full`: SQLITE_FULL, the disk is full;
 * - `readonly`: SQLITE_READONLY / SQLITE_CANTOPEN / SQLITE_PERM, the file or folder cannot be written;
 * - `io`: SQLITE_IOERR, the disk or file system failed the read or write.
 */
export type StorageTrouble = 'busy' | 'damaged' | 'full' | 'readonly' | 'io'

const MESSAGES: Record<StorageTrouble, string> = {
  busy: BUSY_MESSAGE,
  damaged:
    'Part of the story database is damaged, so this could not be read or saved. What is already saved elsewhere in it is untouched. ' +
    'Close Newsdesk and restore the database from a backup, or point NEWSDESK_DATA_DIR at another folder.',
  full: 'The disk is full, so this was not saved. Free some space and try again; what was already saved is untouched.',
  readonly:
    'The story database cannot be written (the file or its folder is read-only, or belongs to another user), so this was not saved. ' +
    'Check the data folder’s permissions, or point NEWSDESK_DATA_DIR at a folder you can write.',
  io: 'The disk failed while reading or writing the story database, so this did not complete. Try again; if it goes on, check the disk.',
}

/** The kind of storage failure `error` is (a better-sqlite3 `SqliteError` or our busy error), or null. */
export function storageTrouble(error: unknown): StorageTrouble | null {
  if (isBusy(error)) return 'busy'
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged'
  if (code === 'SQLITE_FULL') return 'full'
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') return 'readonly'
  if (code.startsWith('SQLITE_IOERR')) return 'io'
  return null
}

/** The sentence for a person about `trouble`: what happened, what was kept, what to do. */
export function storageTroubleMessage(trouble: StorageTrouble): string {
  return MESSAGES[trouble]
}
