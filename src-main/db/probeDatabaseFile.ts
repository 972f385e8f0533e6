import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { DatabaseOpenError } from './databaseOpenError'

/** The 16-byte magic string at the start of every SQLite 3 file (sqlite.org/fileformat.html §1.3). */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
/** Size of the SQLite database header, in bytes. */
const HEADER_BYTES = 100
/** Offset of the big-endian 32-bit `user_version` in the header (fileformat.html §1.3.14). */
const USER_VERSION_OFFSET = 60

/** What the file on disk is, read without opening it through SQLite. */
export type DatabaseFileProbe = { kind: 'missing' } | { kind: 'empty' } | { kind: 'sqlite'; userVersion: number }

/**
 * Reads the file's header with plain file I/O, so a refused file is never touched by SQLite
 * (opening a file read-write can replay or checkpoint a journal).
 * @throws DatabaseOpenError `unreadable` if the path is a folder or cannot be read,
 *   `not_a_database` if it is not SQLite.
 */
export function probeDatabaseFile(path: string): DatabaseFileProbe {
  let size: number
  try {
    const stat = statSync(path)
    if (!stat.isFile()) throw new DatabaseOpenError('unreadable', path, `The database path is not a file: ${path}`)
    size = stat.size
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    throw unreadable(path, error)
  }
  if (size === 0) return { kind: 'empty' }

  const header = Buffer.alloc(HEADER_BYTES)
  let read: number
  try {
    const fd = openSync(path, 'r')
    try {
      read = readSync(fd, header, 0, HEADER_BYTES, 0)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    throw unreadable(path, error)
  }
  if (read < HEADER_BYTES || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new DatabaseOpenError(
      'not_a_database',
      path,
      `This file is not a Newsdesk database (it is not SQLite): ${path}. It was left untouched. ` +
        'Move it aside or point NEWSDESK_DATA_DIR at another folder.',
    )
  }
  return { kind: 'sqlite', userVersion: header.readUInt32BE(USER_VERSION_OFFSET) }
}

function unreadable(path: string, cause: unknown): DatabaseOpenError {
  const reason = cause instanceof Error ? cause.message : String(cause)
  return new DatabaseOpenError('unreadable', path, `The database cannot be read: ${path} (${reason}).`, { cause })
}
