import { openDatabase } from '../../src-main/db/openDatabase'
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrations'
import { bodyMarker, headlineFor } from './crashStory'

/** The last save a child acknowledged for one story: `n` 0 is the create (version 1). */
export interface Acknowledged {
  version: number
  n: number
}

/** What one check found: problems (empty when all holds), and saves that committed without their acknowledgement. */
export interface CrashCheck {
  problems: string[]
  committedUnacknowledged: number
  migrationsApplied: number
}

/**
 * Reopens the database as the app would after a crash (openDatabase: probe, WAL recovery,
 * migrations) and checks: migrations bring it to the latest schema; `PRAGMA integrity_check`
 * and `foreign_key_check` are clean; the FTS5 index passes its own integrity check; and every
 * acknowledged save is there. A story may be one save AHEAD of its acknowledgement (the commit
 * landed, the kill came before the line was written): that save must then be whole, and
 * `acknowledged` is moved on to it, since it is now what the desk has. Never behind.
 */
export function checkAfterCrash(path: string, acknowledged: Map<string, Acknowledged>): CrashCheck {
  const problems: string[] = []
  let committedUnacknowledged = 0
  const { store, migration } = openDatabase(path, { appVersion: 'reliability-check' })
  try {
    const { sqlite } = store
    if (migration.to !== LATEST_SCHEMA_VERSION) problems.push(`schema ${migration.to} after reopening, expected ${LATEST_SCHEMA_VERSION}`)
    const integrity = sqlite.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    const orphans = sqlite.pragma('foreign_key_check') as unknown[]
    if (orphans.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(orphans.slice(0, 3))}`)
    try {
      sqlite.exec("INSERT INTO story_search (story_search) VALUES ('integrity-check')")
    } catch (error) {
      problems.push(`search index: ${String(error)}`)
    }

    const story = sqlite.prepare('SELECT version, headline, body_text FROM stories WHERE id = ?')
    const newest = sqlite.prepare('SELECT story_version, headline FROM story_revisions WHERE story_id = ? ORDER BY created_at DESC, id DESC LIMIT 1')
    for (const [id, ack] of acknowledged) {
      const row = story.get(id) as { version: number; headline: string; body_text: string } | undefined
      if (!row) {
        problems.push(`story ${id}: acknowledged at version ${ack.version}, missing after the crash`)
        continue
      }
      const ahead = row.version === ack.version + 1
      if (row.version !== ack.version && !ahead) {
        problems.push(`story ${id}: acknowledged version ${ack.version} (save ${ack.n}), found version ${row.version}`)
        continue
      }
      const n = ahead ? ack.n + 1 : ack.n
      const expected = n === 0 ? 'Kill test' : headlineFor(n)
      if (row.headline !== expected) problems.push(`story ${id}: version ${row.version} has headline "${row.headline}", expected "${expected}"`)
      if (n > 0 && !row.body_text.includes(bodyMarker(n, 5))) problems.push(`story ${id}: version ${row.version} body is not save ${n}'s`)
      const revision = newest.get(id) as { story_version: number; headline: string } | undefined
      if (revision?.story_version !== row.version || revision.headline !== row.headline) {
        problems.push(`story ${id}: newest revision ${JSON.stringify(revision)} does not hold version ${row.version}`)
      }
      if (ahead) {
        committedUnacknowledged += 1
        acknowledged.set(id, { version: row.version, n })
      }
    }
    return { problems, committedUnacknowledged, migrationsApplied: migration.applied.length }
  } finally {
    store.close()
  }
}
