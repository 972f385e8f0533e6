import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { SETTINGS_NAME } from './settingsBackend'

/** A damaged settings file that was moved aside so Newsdesk could start with defaults. */
export interface SettingsRecovery {
  /** Why the file could not be used: `empty`, `not_json` (cut off, a stray control character), `not_an_object`. */
  reason: 'empty' | 'not_json' | 'not_an_object'
  /** Where the damaged file now is: `settings.broken-<UTC time>.json` beside it, bytes unchanged. */
  backupPath: string
  /** What to tell the person, in their words. */
  message: string
}

const REASONS: Record<SettingsRecovery['reason'], string> = {
  empty: 'it was empty',
  not_json: 'it was cut off or damaged (not valid JSON)',
  not_an_object: 'it did not hold settings (not a JSON object)',
}

/**
 * Looks at `settings.json` in `folder` before conf or electron-store reads it. Both throw on a
 * file that is not JSON (a crash of another program mid-write, a disk error, a hand edit with a
 * stray control character), which would stop Newsdesk at every start. Instead the damaged file
 * is renamed, bytes untouched, to a dated backup beside it, and the caller opens fresh defaults
 * and shows `message`. Returns null when the file is absent or usable.
 * @param now the time that names the backup (UTC, `20240601T082300Z`).
 * @throws the file-system error when the file exists but cannot be read or renamed (a folder in
 *   its place, no permission): that is not damage Newsdesk can repair, and start-up reports it.
 */
export function setAsideBrokenSettings(folder: string, now: Date = new Date()): SettingsRecovery | null {
  const path = join(folder, `${SETTINGS_NAME}.json`)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const reason = damageOf(text)
  if (!reason) return null

  const backupPath = freeName(folder, `${SETTINGS_NAME}.broken-${compactUtc(now)}`)
  // A rename, not a copy: the bytes stay exactly as found, for whoever wants to look at them.
  renameSync(path, backupPath)
  return {
    reason,
    backupPath,
    message:
      `Newsdesk could not read its settings file (${REASONS[reason]}), so it started with default settings: ` +
      `choose who is working here again, and re-enter any publishing sites. The old file was kept as ${backupPath}.`,
  }
}

function damageOf(text: string): SettingsRecovery['reason'] | null {
  if (text.trim() === '') return 'empty'
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return 'not_json'
  }
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? null : 'not_an_object'
}

/** `20240601T082300Z`: sortable, and legal in a file name on every platform (no colons). */
function compactUtc(time: Date): string {
  return time.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
}

/** `<base>.json`, or `<base>-2.json`, `-3` … when a backup from the same second exists. */
function freeName(folder: string, base: string): string {
  for (let n = 1; ; n++) {
    const candidate = join(folder, `${base}${n === 1 ? '' : `-${n}`}.json`)
    if (!existsSync(candidate)) return candidate
  }
}

/** `settings.json.tmp-<10 digits><6 hex>`: the temp file conf's `atomically` writes before its rename. */
const TEMP_FILE = new RegExp(`^${SETTINGS_NAME}\\.json\\.tmp-\\d{10}[0-9a-f]{6}$`)

/**
 * Deletes temp files a killed or crashed write left beside `settings.json` (they are only ever
 * renamed over the file, never read: without this, every crash mid-write would leave a copy).
 * Safe at start-up only: a single Newsdesk writes the folder, and it has not written yet.
 * @returns how many were removed.
 */
export function removeLeftoverTempFiles(folder: string): number {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return 0
  }
  const leftovers = names.filter((name) => TEMP_FILE.test(name))
  for (const name of leftovers) rmSync(join(folder, name), { force: true })
  return leftovers.length
}
