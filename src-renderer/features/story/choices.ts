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

/** The desk's time zone: the machine's, until a desk setting exists. */
export function deskTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
