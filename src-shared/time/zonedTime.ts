import { formatInTimeZone, fromZonedTime } from 'date-fns-tz'

/** The wall-clock form of an `<input type="datetime-local">`: `2024-06-01T13:23`. */
export type WallClock = string

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

/** An instant (ISO 8601 UTC) as wall-clock time in an IANA zone: `2024-06-01T08:23:00Z`, `Asia/Karachi` → `2024-06-01T13:23`. */
export function toWallClock(instant: string, zone: string): WallClock {
  return formatInTimeZone(new Date(instant), zone, "yyyy-MM-dd'T'HH:mm")
}

/**
 * The instant of a wall-clock time in an IANA zone, as ISO 8601 UTC, or null when the
 * input is empty or not a wall-clock time. A time that does not exist (a spring-forward gap)
 * or exists twice (an autumn overlap) is resolved as date-fns-tz resolves it; the field then
 * shows the time actually stored.
 */
export function fromWallClock(wallClock: WallClock, zone: string): string | null {
  if (!WALL_CLOCK.test(wallClock)) return null
  const instant = fromZonedTime(`${wallClock}:00`, zone)
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString()
}

/** An instant shown in a zone with its offset, for people: `1 Jun 2024, 13:23 GMT+5 (UTC+05:00)` (the zone's short name as ICU gives it). */
export function formatInZone(instant: string, zone: string): string {
  const date = new Date(instant)
  return `${formatInTimeZone(date, zone, 'd MMM yyyy, HH:mm zzz')} (UTC${formatInTimeZone(date, zone, 'xxx')})`
}
