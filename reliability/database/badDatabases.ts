import Database from 'better-sqlite3'
import { copyFileSync, existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { openDatabase } from '../../src-main/db/openDatabase'
import { createStoryService } from '../../src-main/stories/storyService'
import { fixedContext } from '../../src-main/testing/fixedContext'
import { fieldsForSave } from '../crash/crashStory'

/** A bad database file to start on: where its files are, and what it is. */
export interface BadDatabase {
  label: string
  /** Writes `newsdesk.sqlite` (and a `-wal` when the case needs one) into `folder`. */
  make(folder: string): void
}

/** A real desk of 40 saved stories, checkpointed, as the template the bad files are cut from. */
export function makeTemplate(folder: string): string {
  const path = join(folder, 'template.sqlite')
  const { store } = openDatabase(path, { appVersion: 'reliability' })
  const stories = createStoryService(store, fixedContext())
  for (let n = 1; n <= 40; n++) {
    const story = stories.create({ headline: `Story ${n}` })
    stories.save({ id: story.id, baseVersion: 1, fields: fieldsForSave(story, n) })
  }
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  store.close()
  return path
}

/**
 * The bad files of R4: the template truncated at `fractions` of its length (page boundaries
 * and mid-page), a database from a newer Newsdesk (in its header, and only in a leftover -wal
 * after a crash), and files that are not SQLite at all.
 */
export function badDatabases(template: string, fractions: readonly number[]): BadDatabase[] {
  const size = statSync(template).size
  const target = (folder: string) => join(folder, 'newsdesk.sqlite')
  const truncated = fractions.map((fraction) => ({
    label: `truncated to ${Math.round(fraction * 1000) / 10}% (${Math.floor(size * fraction)} of ${size} bytes)`,
    make(folder: string) {
      copyFileSync(template, target(folder))
      truncateSync(target(folder), Math.floor(size * fraction))
    },
  }))
  return [
    ...truncated,
    { label: 'cut inside its 100-byte header', make: (folder) => (copyFileSync(template, target(folder)), truncateSync(target(folder), 60)) },
    {
      label: 'from a newer Newsdesk (schema 999 in the header)',
      make(folder) {
        copyFileSync(template, target(folder))
        const sqlite = new Database(target(folder))
        sqlite.pragma('user_version = 999')
        sqlite.close()
      },
    },
    {
      label: 'from a newer Newsdesk, the new schema only in a -wal left by a crash',
      make(folder) {
        copyFileSync(template, join(folder, 'writer.sqlite'))
        const sqlite = new Database(join(folder, 'writer.sqlite'))
        sqlite.pragma('journal_mode = WAL')
        sqlite.pragma('wal_autocheckpoint = 0')
        sqlite.pragma('user_version = 999')
        // Copied while the writer is still open: the -wal holds the commit, the file does not.
        copyFileSync(join(folder, 'writer.sqlite'), target(folder))
        copyFileSync(join(folder, 'writer.sqlite-wal'), `${target(folder)}-wal`)
        sqlite.close()
      },
    },
    { label: 'not a database (a text file)', make: (folder) => writeFileSync(target(folder), 'Dear editor, the minutes of the meeting are attached.\n'.repeat(50)) },
    { label: 'not a database (random bytes)', make: (folder) => writeFileSync(target(folder), Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251))) },
    { label: 'a SQLite header over garbage pages', make: (folder) => writeFileSync(target(folder), Buffer.concat([readFileSync(template).subarray(0, 100), Buffer.alloc(8092, 0xa5)])) },
  ]
}

/**
 * SHA-256 of the database file and its -wal, to prove nothing was written. An absent or empty
 * -wal both count as "none": SQLite's read-only check of a WAL-mode file creates an empty -wal
 * (and a -shm, its shared-memory index, left out here), which holds no data and changes nothing.
 */
export function fingerprint(folder: string): string {
  return ['newsdesk.sqlite', 'newsdesk.sqlite-wal']
    .map((name) => join(folder, name))
    .map((path) => (existsSync(path) && statSync(path).size > 0 ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'none'))
    .join(' ')
}
