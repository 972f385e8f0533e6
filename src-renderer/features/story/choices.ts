/** Languages offered for a story, by BCP 47 tag. Others can still arrive (e.g. by import) and are shown as their tag. */
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'ur', name: 'Urdu (اردو)' },
  { tag: 'ar', name: 'Arabic (العربية)' },
  { tag: 'hi', name: 'Hindi (हिन्दी)' },
  { tag: 'pa', name: 'Punjabi' },
  { tag: 'fa', name: 'Persian (فارسی)' },
  { tag: 'zh', name: 'Chinese (中文)' },
  { tag: 'ja', name: 'Japanese (日本語)' },
  { tag: 'fr', name: 'French' },
  { tag: 'es', name: 'Spanish' },
  { tag: 'de', name: 'German' },
] as const satisfies readonly { tag: string; name: string }[]

/** Every IANA zone this runtime knows. */
export const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone')

/** How long the machine's zone is trusted before it is asked again, in ms (a laptop can travel). */
const ZONE_TTL_MS = 10_000
let machineZone = { zone: '', at: -Infinity }

/**
 * The desk's time zone: the machine's, until a desk setting exists. Remembered for
 * `ZONE_TTL_MS`: building an Intl.DateTimeFormat to ask costs about a millisecond, and the
 * story screen asks on every render.
 */
export function deskTimeZone(): string {
  const now = performance.now()
  if (now - machineZone.at > ZONE_TTL_MS) machineZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, at: now }
  return machineZone.zone
}
