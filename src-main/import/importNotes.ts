import type { DroppedItem, ImportField, LookItem, PictureReference, RecognisedItem } from '../../src-shared/domain/importReport'

/** Longest piece of source text a report quotes, in characters (a dropped list can be long). */
const QUOTE_MAX = 300
/** Most dropped lines a report lists; the rest are counted in one last entry (a page can have thousands). */
const DROPPED_MAX = 400

/**
 * The report of one import as it is being written: what was recognised, what was dropped as
 * clutter and why, what a person should look at, and the pictures the file did not carry.
 */
export class ImportNotes {
  readonly recognised: RecognisedItem[] = []
  readonly dropped: DroppedItem[] = []
  readonly needsLook: LookItem[] = []
  readonly pictures: Omit<PictureReference, 'attached'>[] = []

  /** A field filled from the source; `source` is the text it came from when that differs from `value`. */
  recognise(field: ImportField, value: string, source = ''): void {
    this.recognised.push({ field, value: quote(value), source: source === value ? '' : quote(source) })
  }

  /** Source text left out, with the reason a person would give ("share buttons"). */
  drop(text: string, reason: string): void {
    if (!text.trim()) return
    if (this.dropped.length < DROPPED_MAX) return void this.dropped.push({ text: quote(text), reason })
    this.#unlisted++
    this.dropped[DROPPED_MAX] = { text: `${this.#unlisted} more lines`, reason: 'not listed: the report lists the first 400' }
  }

  #unlisted = 0

  /** Something to check or finish by hand. */
  look(field: ImportField | null, message: string): void {
    if (!this.needsLook.some((item) => item.message === message)) this.needsLook.push({ field, message })
  }

  /** A picture the source named but the file did not carry. */
  picture(reference: Omit<PictureReference, 'attached'>): void {
    this.pictures.push(reference)
  }
}

function quote(text: string): string {
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text
}
