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
  const pattern = date.getUTCMilliseconds() ? "yyyy-MM-dd'T'HH:mm:ss.SSSxxx" : "yyyy-MM-dd'T'HH:mm:ssxxx"
  return formatInTimeZone(date, zone || 'UTC', pattern)
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
