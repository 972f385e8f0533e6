import type { Result } from '../../../src-shared/contract/errors'
import type { ImportResult } from '../../../src-shared/domain/importReport'
import { newsdesk } from '../../api/newsdesk'
import { deskTimeZone } from '../story/choices'

/** What the file picker offers first: copied pages, saved pages, Word files, ninjs items (any file may be chosen). */
export const IMPORT_ACCEPT = '.txt,.text,.html,.htm,.docx,.json,text/plain,text/html,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const ZONE_KEY = 'newsdesk.importZone'

/** The zone imports read times in when the source names none: the last one chosen here, else the desk's. */
export function importZone(): string {
  try {
    return window.localStorage.getItem(ZONE_KEY) || deskTimeZone()
  } catch {
    return deskTimeZone()
  }
}

/** Remembers the zone chosen for imports (per workstation, like a window size). */
export function rememberImportZone(zone: string): void {
  try {
    window.localStorage.setItem(ZONE_KEY, zone)
  } catch {
    // Storage can be unavailable; the choice then lasts only for this import.
  }
}

/**
 * Sends a picked or dropped file's bytes to the import service, which decides from the bytes
 * what it is. The file's path never leaves the browser sandbox.
 */
export async function importFile(file: File, zone = importZone()): Promise<Result<ImportResult>> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  return newsdesk!.import.file({ name: file.name.slice(0, 255), bytes, zone })
}
