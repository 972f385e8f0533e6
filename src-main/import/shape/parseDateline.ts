import { titleCase } from './parseByline'

/**
 * A dateline at the start of a story's first paragraph: the place it was filed from, the date
 * and agency the wire put beside it, and how many characters of the paragraph it takes.
 */
export interface Dateline {
  place: string
  date: string
  agency: string
  length: number
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]+"
const TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}.'’-]+"
const DATE = `${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`
const REGION = `${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2}|${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,2}`

/**
 * Wire and newspaper datelines: `ISLAMABAD:`, `Islamabad:`, `ISLAMABAD–`, `ISLAMABAD, June 1:`,
 * `LONDON, June 1 (Reuters) -`, `GROSSETO, Italy (AP) --`, `WASHINGTON (AP) —`. A place in
 * capitals may end in a colon or any dash; a place in title case only in a colon or an en/em dash
 * (a hyphen after an ordinary capitalised word is too often just a sentence).
 */
const LATIN = new RegExp(
  `^(?<place>(?<caps>${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})|${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2})` +
    `(?<more>(?:,\\s*(?:${DATE}|${REGION}))*)` +
    `\\s*(?:\\((?<agency>[^()]{1,40})\\))?` +
    // A hyphen needs a space after it: `ISPR-led` is a word, not a dateline.
    `\\s*(?<separator>:|–|—|-{1,2}(?=\\s))\\s*`,
  'u',
)

/** Urdu and Arabic datelines: `اسلام آباد:`, `کراچی (ویب ڈیسک) —`, `لاہور(نمائندہ خصوصی)`. */
const ARABIC_SCRIPT = /^(?<place>[\p{Script=Arabic}]+(?:\s+[\p{Script=Arabic}]+){0,2})\s*(?:\((?<agency>[^()]{1,40})\))?\s*(?<separator>[:：–—-])?\s*/u

/** Words that open a paragraph with a colon but are not places (labels, kickers). */
const NOT_PLACES = /^(?:note|update|updated|breaking|exclusive|analysis|opinion|comment|editorial|correction|clarification|watch|read|also read|listen|live|photo|photos|video|source|sources|warning|question|answer|q|a|reporter|report|by|editor'?s note|the|this|that|he|she|it|they|we|i|in|on|at|but|and|so|yes|no|tags?)$/iu

/**
 * Reads the dateline at the start of a paragraph, or null when it has none. The rest of the
 * paragraph must go on (three words at least), so a short labelled line is never a dateline.
 */
export function parseDateline(paragraph: string): Dateline | null {
  return latinDateline(paragraph) ?? arabicScriptDateline(paragraph)
}

function latinDateline(paragraph: string): Dateline | null {
  const match = LATIN.exec(paragraph)
  if (!match?.groups) return null
  const { place = '', caps, more = '', agency = '', separator = '' } = match.groups
  if (NOT_PLACES.test(place)) return null
  // A title-case place needs a colon or an en/em dash; a single capital letter is not a place.
  if (!caps && !/^[:–—]$/.test(separator)) return null
  if (caps && caps.replace(/[^\p{Lu}]/gu, '').length < 2) return null
  if (!restGoesOn(paragraph.slice(match[0].length))) return null
  const parts = more.split(',').map((part) => part.trim()).filter(Boolean)
  const dates = parts.filter((part) => new RegExp(`^(?:${DATE})$`, 'u').test(part))
  const regions = parts.filter((part) => !dates.includes(part))
  return {
    place: [titleCase(place), ...regions.map(titleCase)].join(', '),
    date: dates.join(', '),
    agency: agency.trim(),
    length: match[0].length,
  }
}

function arabicScriptDateline(paragraph: string): Dateline | null {
  const match = ARABIC_SCRIPT.exec(paragraph)
  if (!match?.groups) return null
  const { place = '', agency = '', separator } = match.groups
  // Without a colon or a dash only a credit in brackets marks the place: "لاہور (نمائندہ خصوصی) …".
  if (!separator && !agency) return null
  if (!restGoesOn(paragraph.slice(match[0].length))) return null
  return { place, date: '', agency: agency.trim(), length: match[0].length }
}

function restGoesOn(rest: string): boolean {
  return rest.trim().split(/\s+/).length >= 3
}
