/**
 * When an instant is, from `now`, in a few words: "in 32 s", "in 4 min", "2 h ago", "now"
 * (within a second). Both are ms since the epoch; the answer is for a glance, not a record.
 */
export function relativeTime(at: number, now: number): string {
  const seconds = Math.round((at - now) / 1000)
  if (seconds === 0) return 'now'
  const size = Math.abs(seconds)
  const amount = size < 60 ? `${size} s` : size < 3600 ? `${Math.round(size / 60)} min` : size < 86_400 ? `${Math.round(size / 3600)} h` : `${Math.round(size / 86_400)} d`
  return seconds > 0 ? `in ${amount}` : `${amount} ago`
}

const CLOCK = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })

/** An instant as the desk reads it in its own zone: "3 Jun, 14:05:09". */
export function clockTime(iso: string): string {
  return CLOCK.format(new Date(iso))
}

const TODAY = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hour12: false })
const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hour12: false })

/** An instant for a narrow column: "14:05" today, "3 Jun, 14:05" on another day. */
export function shortTime(iso: string, now = new Date()): string {
  const at = new Date(iso)
  return at.toDateString() === now.toDateString() ? TODAY.format(at) : DAY.format(at)
}
