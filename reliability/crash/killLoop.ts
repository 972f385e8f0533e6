import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { onLines, type ChildScript } from '../harness/childScript'
import type { Random } from '../harness/random'
import { checkAfterCrash, type Acknowledged } from './checkAfterCrash'

/** When a kill lands: during start-up (a random time after spawn), while migrating a new file, or while saving. */
export type KillMoment = 'starting' | 'migrating' | 'saving'

export interface KillLoopOptions {
  /** The bundled saveLoop child. */
  child: ChildScript
  /** Where the databases go (a temp folder). */
  folder: string
  kills: number
  /** Kill loops run side by side, each on its own database (the machines have 2+ cores). */
  lanes: number
  /** Every this many kills a lane starts a new database file, so kills also land inside migrations. */
  freshEvery: number
  /** Milliseconds after the child says `opening` within which a `migrating` kill lands (default 60). */
  migratingWindowMs?: number
  random: Random
}

export interface KillFigures {
  kills: number
  /** Kills that left a hot rollback journal (a kill while a new file was being set up, before WAL). */
  hotJournals: number
  acknowledgedSaves: number
  committedUnacknowledged: number
  moments: Record<KillMoment, number>
  databases: number
  migrationRunsChecked: number
  checks: number
  problems: string[]
  ms: number
}

/**
 * R1: starts the child, SIGKILLs it at a random moment, reopens the database and checks every
 * acknowledged save (checkAfterCrash), `kills` times over `lanes` databases. Stops at the first
 * problems found (they are returned, with the kill that found them).
 */
export async function runKillLoop(options: KillLoopOptions): Promise<KillFigures> {
  const started = performance.now()
  const figures: KillFigures = { hotJournals: 0, kills: 0, acknowledgedSaves: 0, committedUnacknowledged: 0, moments: { starting: 0, migrating: 0, saving: 0 }, databases: 0, migrationRunsChecked: 0, checks: 0, problems: [], ms: 0 }
  const perLane = Math.ceil(options.kills / options.lanes)

  async function lane(index: number): Promise<void> {
    let database = ''
    let acknowledged = new Map<string, Acknowledged>()
    for (let round = 0; round < perLane && figures.kills < options.kills && figures.problems.length === 0; round++) {
      const fresh = round % options.freshEvery === 0
      if (fresh) {
        database = join(options.folder, `lane${index}-db${round}.sqlite`)
        acknowledged = new Map()
        figures.databases += 1
      }
      const moment: KillMoment = fresh && (options.migratingWindowMs !== undefined || options.random.next() < 0.5) ? 'migrating' : options.random.next() < 0.25 ? 'starting' : 'saving'
      const lines = await killOnce(options, database, moment)
      figures.kills += 1
      figures.moments[moment] += 1
      for (const line of lines) {
        const [word, id, version, n] = line.split(' ')
        if (word === 'created') acknowledged.set(id!, { version: 1, n: 0 })
        if (word === 'ack') {
          acknowledged.set(id!, { version: Number(version), n: Number(n) })
          figures.acknowledgedSaves += 1
        }
      }
      if (existsSync(`${database}-journal`)) figures.hotJournals += 1
      figures.checks += 1
      try {
        const check = checkAfterCrash(database, acknowledged)
        figures.committedUnacknowledged += check.committedUnacknowledged
        if (check.migrationsApplied > 0) figures.migrationRunsChecked += 1
        if (check.problems.length > 0) figures.problems.push(`kill ${figures.kills} (${moment}, ${database}): ${check.problems.join('; ')}`)
      } catch (error) {
        // The app could not even reopen it: the worst outcome, reported like any other problem.
        figures.problems.push(`kill ${figures.kills} (${moment}, ${database}): reopening failed: ${String(error)}`)
      }
    }
  }

  await Promise.all(Array.from({ length: options.lanes }, (_, index) => lane(index)))
  figures.ms = Math.round(performance.now() - started)
  return figures
}

/** Runs the child once and SIGKILLs it at `moment`; resolves to every line it wrote. */
function killOnce(options: KillLoopOptions, database: string, moment: KillMoment): Promise<string[]> {
  const { random } = options
  const child = options.child.spawn([database])
  const lines: string[] = []
  let stderr = ''
  let killed = false
  const kill = () => {
    if (killed) return
    killed = true
    child.kill('SIGKILL')
  }
  const later = (ms: number) => setTimeout(kill, ms)
  if (moment === 'starting') later(random.int(0, 700))
  // A child that never gets to its moment is killed anyway, and reported below.
  const deadline = setTimeout(kill, 15_000)
  let saving = false
  onLines(child.stdout!, (line) => {
    lines.push(line)
    if (moment === 'migrating' && line === 'opening') later(random.int(0, options.migratingWindowMs ?? 60))
    if (moment === 'saving' && !saving && line.startsWith('ack ')) {
      saving = true
      later(random.int(0, 150))
    }
  })
  child.stderr!.setEncoding('utf8')
  child.stderr!.on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    child.on('close', (code, signal) => {
      clearTimeout(deadline)
      if (signal === 'SIGKILL') return resolve(lines)
      reject(new Error(`the save loop ended by itself (code ${code}, signal ${signal}) before its kill: ${stderr.slice(0, 2000)}`))
    })
  })
}
