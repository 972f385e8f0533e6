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
