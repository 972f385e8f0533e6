/** Longest slug we produce, in characters; cut at a hyphen so no word is split. */
export const SLUG_MAX_LENGTH = 80

/** The slug of a headline with nothing sluggable in it (only emoji or punctuation). */
export const FALLBACK_SLUG = 'story'

// Apostrophes join a word ("PM’s" → "pms"); every other non-letter/number separates words.
const APOSTROPHES = /['’ʼ‘`´]/gu
// Accents come off Latin, Greek and Cyrillic letters only ("Déjà" → "deja"); in scripts such
// as Devanagari or Arabic the combining marks are part of the spelling and stay.
const STRIPPABLE_MARKS = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu

/**
 * A URL slug for a headline, in any script: NFC, lower case, letters and numbers (with their
 * combining marks) kept, punctuation of every script removed (including curly quotes and
 * the Urdu full stop `۔`), words joined by `-`, at most `SLUG_MAX_LENGTH` characters, never
 * empty (`FALLBACK_SLUG`). Examples (issue 3): `PM’s “historic” visit: what’s next?` →
 * `pms-historic-visit-whats-next`; `کراچی میں شدید بارش` → `کراچی-میں-شدید-بارش`.
 */
export function slugify(headline: string): string {
  const words = headline
    .normalize('NFD')
    .replace(STRIPPABLE_MARKS, '$1')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(APOSTROPHES, '')
    .split(SEPARATORS)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > SLUG_MAX_LENGTH) break
    slug = next
  }
  if (!slug && words[0]) slug = words[0].slice(0, SLUG_MAX_LENGTH)
  return slug || FALLBACK_SLUG
}

/** True when `slug` is already in the shape `slugify` produces (what the store accepts). */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= SLUG_MAX_LENGTH + 6 && slugify(slug) === slug
}

/**
 * `slug` made unique against `taken` with a numeric suffix: `budget`, `budget-2`, `budget-3`…
 * @param taken tells whether a candidate is already used by another story.
 */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`
    if (!taken(candidate)) return candidate
  }
}
