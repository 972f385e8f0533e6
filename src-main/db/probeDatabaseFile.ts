import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { DatabaseOpenError } from './databaseOpenError'

/** The 16-byte magic string at the start of every SQLite 3 file (sqlite.org/fileformat.html §1.3). */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
/** Size of the SQLite database header, in bytes. */
const HEADER_BYTES = 100
/** Offset of the big-endian 32-bit `user_version` in the header (fileformat.html §1.3.14). */
const USER_VERSION_OFFSET = 60
/** Header offsets (fileformat.html §1.3): page size (16-bit, 1 = 65536), change counter, page count, and the change counter the count is valid for. */
const PAGE_SIZE_OFFSET = 16
const CHANGE_COUNTER_OFFSET = 24
const PAGE_COUNT_OFFSET = 28
const VALID_FOR_OFFSET = 92

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
  if (cutShort(path, header, size)) {
    throw new DatabaseOpenError(
      'not_a_database',
      path,
      `This database file is shorter than it says it is (cut off, perhaps by an interrupted copy or a full disk): ${path}. ` +
        'It was left untouched. Restore it from a backup, or point NEWSDESK_DATA_DIR at another folder.',
    )
  }
  return { kind: 'sqlite', userVersion: header.readUInt32BE(USER_VERSION_OFFSET) }
}

/**
 * A database file always holds whole pages, at least as many as its header counts when that
 * count is valid (fileformat.html §1.3.2, §1.3.7, §1.3.13). A file cut mid-page opens in SQLite
 * (the missing bytes read as zeros) and then fails, or worse is written to, later; the
 * reliability suite found one cut 1,016 bytes short that opened. Not judged while a -wal or a
 * rollback -journal holds data: a crash mid-checkpoint, or while a new file was first written,
 * can leave it short until SQLite replays or rolls back the other file.
 */
function cutShort(path: string, header: Buffer, size: number): boolean {
  const raw = header.readUInt16BE(PAGE_SIZE_OFFSET)
  const pageSize = raw === 1 ? 65_536 : raw
  if (pageSize < 512) return false // not a page size SQLite writes: let SQLite judge the rest of the header
  if (holdsData(`${path}-wal`) || holdsData(`${path}-journal`)) return false
  const pages = header.readUInt32BE(PAGE_COUNT_OFFSET)
  const countValid = pages > 0 && header.readUInt32BE(CHANGE_COUNTER_OFFSET) === header.readUInt32BE(VALID_FOR_OFFSET)
  return size % pageSize !== 0 || (countValid && size < pages * pageSize)
}

function unreadable(path: string, cause: unknown): DatabaseOpenError {
  const reason = cause instanceof Error ? cause.message : String(cause)
  return new DatabaseOpenError('unreadable', path, `The database cannot be read: ${path} (${reason}).`, { cause })
}

function holdsData(path: string): boolean {
  try {
    return statSync(path).size > 0
  } catch {
    return false
  }
}
