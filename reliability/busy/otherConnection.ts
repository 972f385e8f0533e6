/**
 * R7's "other program" on the same database file, driven line by line on stdin; answers on stdout.
 *   read <ms>             BEGIN; count stories; hold the read transaction <ms>; count again; COMMIT → "reading <n>", "read <n1> <n2>"
 *   lock <ms>             BEGIN IMMEDIATE; hold the write lock <ms>; COMMIT → "locked", "unlocked"
 *   upgrade <story id>    BEGIN (deferred); read the story → "snapshot"; on "go": UPDATE it → "upgrade ok" | "upgrade failed <code>"
 *   increment <n> <mode>  n read-then-write transactions on a counter, `immediate` through Newsdesk's Store,
 *                         `deferred` as a plain BEGIN would → "incremented <ok> <failures by code as JSON>"
 * Usage: node child.cjs <database path>
 */
import Database from 'better-sqlite3'
import { writeSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { openDatabase } from '../../src-main/db/openDatabase'

const path = process.argv[2]!
const say = (line: string) => writeSync(1, `${line}\n`)
const hold = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
// A database tool or a second app: its own connection, SQLite's usual 5 s busy timeout.
const raw = new Database(path, { timeout: 5_000 })
raw.exec('CREATE TABLE IF NOT EXISTS reliability_counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL); INSERT OR IGNORE INTO reliability_counter VALUES (1, 0)')
let awaitingGo: (() => void) | null = null

function increment(times: number, mode: string): void {
  const store = mode === 'immediate' ? openDatabase(path, { appVersion: 'reliability' }).store : null
  const failures: Record<string, number> = {}
  let ok = 0
  // Read, think, write: the shape of every service transaction (a save reads the version first).
  const bump = (db: Database.Database) => () => {
    const value = db.prepare('SELECT value FROM reliability_counter WHERE id = 1').pluck().get() as number
    hold(1)
    db.prepare('UPDATE reliability_counter SET value = ? WHERE id = 1').run(value + 1)
  }
  for (let n = 0; n < times; n++) {
    try {
      if (store) store.transaction(bump(store.sqlite))
      else raw.transaction(bump(raw))()
      ok += 1
    } catch (error) {
      const code = String((error as { code?: string; name?: string }).code ?? (error as Error).name)
      failures[code] = (failures[code] ?? 0) + 1
    }
  }
  store?.close()
  say(`incremented ${ok} ${JSON.stringify(failures)}`)
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, argument, mode] = line.split(' ')
  if (command === 'go') return awaitingGo?.()
  if (command === 'read') {
    raw.exec('BEGIN')
    const count = () => raw.prepare('SELECT count(*) FROM stories').pluck().get() as number
    const first = count()
    say(`reading ${first}`)
    hold(Number(argument))
    say(`read ${first} ${count()}`)
    raw.exec('COMMIT')
  }
  if (command === 'lock') {
    raw.exec('BEGIN IMMEDIATE')
    raw.prepare('UPDATE reliability_counter SET value = value WHERE id = 1').run()
    say('locked')
    hold(Number(argument))
    raw.exec('COMMIT')
    say('unlocked')
  }
  if (command === 'upgrade') {
    raw.exec('BEGIN')
    raw.prepare('SELECT headline FROM stories WHERE id = ?').get(argument)
    say('snapshot')
    awaitingGo = () => {
      try {
        raw.prepare("UPDATE stories SET headline = 'Written by the other connection' WHERE id = ?").run(argument)
        raw.exec('COMMIT')
        say('upgrade ok')
      } catch (error) {
        raw.exec('ROLLBACK')
        say(`upgrade failed ${(error as { code?: string }).code}`)
      }
    }
  }
  if (command === 'increment') increment(Number(argument), mode!)
})
