import { formatInTimeZone } from 'date-fns-tz'

// An instant with its time and offset: what the store keeps (`2024-06-01T08:23:00.000Z`).
const FULL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i
// A year, a month or a day without a time: not an instant, so not exported as one.
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

/**
 * An instant as RFC 3339 with a colon offset, as the wall clock of `zone` shows it:
 * `2024-06-01T08:23:00.000Z` in `Asia/Karachi` → `2024-06-01T13:23:00+05:00`; without a zone,
 * UTC (`+00:00`). Milliseconds are kept only when there are some.
 * Unknown (null, '') and partial dates (`2024-06`) give undefined: left out, never guessed.
 * Anything else that is not an instant is returned unchanged, so the ninjs validator refuses
 * the export and names the field, rather than the export inventing a time.
 */
export function rfc3339InZone(instant: string | null | undefined, zone: string | null | undefined): string | undefined {
  if (!instant || PARTIAL_DATE.test(instant)) return undefined
  const date = new Date(instant)
  if (!FULL_INSTANT.test(instant) || Number.isNaN(date.getTime())) return instant
  const wall = wallClock(date, zone || 'UTC')
  if (!wall) {
    const pattern = date.getUTCMilliseconds() ? "yyyy-MM-dd'T'HH:mm:ss.SSSxxx" : "yyyy-MM-dd'T'HH:mm:ssxxx"
    return formatInTimeZone(date, zone || 'UTC', pattern)
  }
  const ms = date.getUTCMilliseconds()
  const offset = (Date.UTC(wall[0], wall[1] - 1, wall[2], wall[3], wall[4], wall[5]) - (date.getTime() - ms)) / 60_000
  const time = `${pad(wall[0], 4)}-${pad(wall[1])}-${pad(wall[2])}T${pad(wall[3])}:${pad(wall[4])}:${pad(wall[5])}${ms ? `.${pad(ms, 3)}` : ''}`
  // As date-fns formats `xxx`: whole minutes, an offset's seconds (a zone's 19th-century mean time) dropped.
  const minutes = Math.abs(offset)
  return `${time}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(Math.floor(minutes % 60))}`
}

// At module level: made inside rfc3339InZone it was a new closure every call (P5 profile).
function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0')
}

type WallClock = [year: number, month: number, day: number, hour: number, minute: number, second: number]

// One formatter per zone for the process: date-fns-tz's formatInTimeZone took about 30 µs a
// call, 19% of a ninjs export (issue 8, P5 profile); a cached Intl formatter takes a few.
const wallFormats = new Map<string, Intl.DateTimeFormat | null>()

/**
 * The wall clock of `zone` at `date`, or null where formatInTimeZone should answer: a zone
 * Intl does not know or that is not an IANA name (an offset such as `+05:00`), or a year
 * outside 1000–9999.
 */
function wallClock(date: Date, zone: string): WallClock | null {
  if (zone === 'UTC') {
    const wall: WallClock = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
    return wall[0] >= 1000 && wall[0] <= 9999 ? wall : null
  }
  const format = wallFormat(zone)
  if (!format) return null
  const wall: WallClock = [0, 0, 0, 0, 0, 0]
  for (const part of format.formatToParts(date)) {
    const index = PART_INDEX[part.type]
    if (index !== undefined) wall[index] = Number(part.value)
  }
  return wall[0] >= 1000 && wall[0] <= 9999 && wall[3] < 24 ? wall : null
}

const PART_INDEX: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = { year: 0, month: 1, day: 2, hour: 3, minute: 4, second: 5 }

function wallFormat(zone: string): Intl.DateTimeFormat | null {
  let format = wallFormats.get(zone)
  if (format !== undefined) return format
  format = null
  if (/^[A-Za-z]/.test(zone)) {
    try {
      const options = { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' } as const
      format = new Intl.DateTimeFormat('en-US-u-nu-latn', options)
    } catch {
      format = null
    }
  }
  wallFormats.set(zone, format)
  return format
}

/** The dateline time of a story, for machines (`datetime`, RFC 3339) and for readers (`readable`). */
export interface DatelineTime {
  datetime: string
  /** In the story's language and the dateline's zone: `1 June 2024 at 1:23 PM GMT+5` (ICU's words). */
  readable: string
}

/** The dateline time of a story, or null when it has none (or it is not a whole instant: never guessed). */
export function datelineTime(story: { datelineAt: string | null; datelineZone: string | null; language: string }): DatelineTime | null {
  const datetime = rfc3339InZone(story.datelineAt, story.datelineZone)
  if (!datetime || !story.datelineAt || !FULL_INSTANT.test(story.datelineAt) || Number.isNaN(Date.parse(story.datelineAt))) return null
  const format = new Intl.DateTimeFormat(story.language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: story.datelineZone || 'UTC',
    timeZoneName: 'short',
  })
  return { datetime, readable: format.format(new Date(story.datelineAt)) }
}
