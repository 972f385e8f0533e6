import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { onLines, type ChildScript } from '../harness/childScript'
import type { Random } from '../harness/random'

/** What the settings kill loop saw. */
export interface SettingsKillFigures {
  kills: number
  acknowledgedWrites: number
  /** Kills after which the file held the write in progress (its rename landed, its ack did not). */
  committedUnacknowledged: number
  /** Kills that left a temp file (`settings.json.tmp-…`) beside the file: never read, and removed by the next start. */
  leftoverTempFiles: number
  problems: string[]
  ms: number
}

/**
 * Kills the settingsWriter child `kills` times at random moments while it rewrites settings.json,
 * and after each kill reads the file as the next start would: it must always be whole JSON
 * holding the last acknowledged write or the one after it (never torn, never older).
 */
export async function runSettingsKills(child: ChildScript, folder: string, kills: number, random: Random): Promise<SettingsKillFigures> {
  const started = performance.now()
  const figures: SettingsKillFigures = { kills: 0, acknowledgedWrites: 0, committedUnacknowledged: 0, leftoverTempFiles: 0, problems: [], ms: 0 }
  let lastAck = 0
  for (let kill = 0; kill < kills && figures.problems.length === 0; kill++) {
    const acks = await new Promise<number[]>((resolve, reject) => {
      const process = child.spawn([folder])
      const seen: number[] = []
      let armed = false
      onLines(process.stdout!, (line) => {
        if (line.startsWith('ack ')) seen.push(Number(line.slice(4)))
        if (!armed && (line === 'opened' || seen.length > 0)) {
          armed = true
          setTimeout(() => process.kill('SIGKILL'), random.int(0, 80))
        }
      })
      let stderr = ''
      process.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      process.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve(seen) : reject(new Error(`settings writer ended by itself: ${stderr.slice(0, 2000)}`))))
    })
    figures.kills += 1
    figures.acknowledgedWrites += acks.length
    if (readdirSync(folder).some((name) => name.includes('.tmp-'))) figures.leftoverTempFiles += 1
    // Each child starts counting from 1 again: what matters is this child's last ack.
    const expectedAtLeast = acks.at(-1) ?? 0
    let stored: { reliability?: { value?: { n: number; end: number; text: string } } }
    try {
      // Killed before the very first write: there is no file yet, and that is what the next start must find.
      if (lastAck === 0 && acks.length === 0 && !existsSync(join(folder, 'settings.json'))) continue
      stored = JSON.parse(readFileSync(join(folder, 'settings.json'), 'utf8')) as typeof stored
    } catch (error) {
      figures.problems.push(`kill ${kill + 1}: settings.json is not whole JSON (${String(error)})`)
      break
    }
    const value = stored.reliability?.value
    const n = value?.n ?? 0
    const consistent = value ? value.end === n && value.text.startsWith(`${n}:`) && value.text.length === 256 * 1024 : true
    const fromThisChild = acks.length > 0 ? n === expectedAtLeast || n === expectedAtLeast + 1 : n === lastAck || n === 1
    if (!consistent || !fromThisChild) figures.problems.push(`kill ${kill + 1}: file holds write ${n} (consistent: ${consistent}), last acknowledged ${expectedAtLeast}`)
    if (acks.length > 0 && n === expectedAtLeast + 1) figures.committedUnacknowledged += 1
    lastAck = n
  }
  figures.ms = Math.round(performance.now() - started)
  return figures
}
