/**
 * Bylines as news pages print them, read into names: `By A`, `By A and B`, `By A, B and C`,
 * `By A and B in Karachi` (the place goes to the dateline), `BY JANE DOE`, desk and agency
 * credits (`Staff Reporter`, `News Desk`, `Reuters`, `ویب ڈیسک`).
 */

/** One name of a byline: a person's name, or a desk or agency credit (never a directory person). */
export interface BylineName {
  name: string
  desk: boolean
}

/** A byline read from a line: its names in order, and the place it was filed from, if it said. */
export interface Byline {
  names: BylineName[]
  place: string
}

// "By" in its common forms, and Urdu "از" / "تحریر:" / "رپورٹ:".
const BY = /^(?:(?:written|reported|story|words|text)\s+)?by\s*[:\-–]?\s+|^(?:از|تحریر|رپورٹ)\s*[:：]?\s*/iu
// Whole-word separators only: ", ", " and ", " & ", Urdu " اور " and "، ". Never inside a word (Sandy, Anderson).
const SEPARATORS = /\s*[,،]\s*(?:and\s+|&\s+|اور\s+)?|\s+(?:and|&|اور)\s+/iu
const FILED_FROM = /\s+in\s+(?<place>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})$/u

/** Wire services and agencies a desk credits by name. */
const AGENCIES = new Set(
  ['AP', 'AFP', 'APP', 'Reuters', 'PTI', 'ANI', 'IANS', 'Xinhua', 'Anadolu', 'Anadolu Agency', 'DPA', 'EFE', 'TT', 'NNI', 'INP', 'PPI', 'Online', 'Bloomberg',
    'Associated Press', 'The Associated Press', 'Agence France-Presse', 'Agencies', 'News Agencies', 'Wires', 'Wire Services', 'AA', 'IRNA', 'WAM', 'SPA', 'KUNA']
    .map((name) => name.toLowerCase()),
)
// "News Desk", "Web Desk", "Staff Reporter", "Our Correspondent", "Monitoring Report", "Islamabad Bureau"…
const DESK = /^(?:[\p{L}.]+\s+){0,2}(?:desk|reporter|correspondent|bureau|staff|report|news service|news network|monitor|monitoring)$/iu
const URDU_DESKS = /^(?:ویب ڈیسک|نیوز ڈیسک|مانیٹرنگ ڈیسک|اسپورٹس ڈیسک|اسٹاف رپورٹر|سٹاف رپورٹر|نمائندہ خصوصی|نامہ نگار|خبر ایجنسی|ایجنسیاں)$/u
// A name: letters of any script, marks, spaces, dots, apostrophes, hyphens; at most six words.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}.'’\- ]*$/u

/** True for a desk or agency credit ("News Desk", "Staff Reporter", "AFP", "ویب ڈیسک"). */
export function isDeskCredit(name: string): boolean {
  const clean = name.replace(/\s+/g, ' ').trim()
  return AGENCIES.has(clean.toLowerCase()) || DESK.test(clean) || URDU_DESKS.test(clean)
}

/**
 * Reads a byline. With `By` (or its Urdu forms) any list of names is accepted; without it, only
 * a line made of desk or agency credits is, unless `bare` allows a person's name too (the
 * caller knows the line sits beside the time, or names someone in the directory).
 * Names are split only on whole-word separators; ALL-CAPS names are set in title case.
 * Returns null when the line is not a byline (digits, a sentence, a name over six words…).
 */
export function parseByline(line: string, options: { bare?: boolean } = {}): Byline | null {
  let text = line.replace(/\s+/g, ' ').trim().replace(/[.,;]$/, '')
  if (!text || text.length > 160 || /\d/.test(text)) return null
  const by = BY.exec(text)
  if (by) text = text.slice(by[0].length)
  let place = ''
  const parts = text.split(SEPARATORS).map((part) => part.trim()).filter(Boolean)
  if (parts.length === 0 || parts.length > 10) return null
  const names: BylineName[] = []
  for (let part of parts) {
    // "A and B in Karachi" files both from Karachi; "A in Islamabad, B in Lahore" each from their own place.
    const filed = FILED_FROM.exec(part)
    if (filed?.groups) {
      place ||= titleCase(filed.groups['place']!)
      part = part.slice(0, filed.index)
    }
    if (!NAME.test(part) || part.split(' ').length > 6 || part.length > 60 || !nameShaped(part)) return null
    names.push({ name: titleCase(part), desk: isDeskCredit(part) })
  }
  if (!by && !options.bare && !names.every((name) => name.desk)) return null
  if (!by && options.bare && !names.every((name) => name.desk || looksLikeName(name.name))) return null
  return { names, place }
}

// Lower-case words a name may hold: "Frances d'Emilio", "Ursula von der Leyen", "Mohammed bin Salman".
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'le', 'la', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'ul', 'ud', 'y', 'e'])

/** Capitalised words (or a script without case), lower case only for name particles: not a phrase such as "the time the minister arrived". */
function nameShaped(part: string): boolean {
  return part.split(' ').every((word, index) => !/^\p{Ll}/u.test(word) || (index > 0 && (PARTICLES.has(word) || /^[dl]['’]\p{Lu}/u.test(word))))
}

/** Two to four capitalised words (or Arabic-script words): what a person's name looks like on a page. */
export function looksLikeName(text: string): boolean {
  const words = text.split(' ')
  if (words.length < 2 || words.length > 4) return false
  return words.every((word) => /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(word) || /^[\p{Script=Arabic}]+$/u.test(word))
}

/** Short capitals that stay capitals when a line in capitals is set in title case. */
const KEEP_CAPITALS = new Set(['UK', 'US', 'USA', 'UAE', 'UN', 'EU', 'DC', 'AP', 'AFP', 'APP', 'TT', 'PTI', 'ANI', 'NNI', 'INP', 'PPI', 'AJK', 'KP', 'II', 'III'])

/** `JANE DOE` → `Jane Doe`, `NEW YORK` → `New York`; text in mixed case, and short capitals (`UK`, `AP`), are kept. */
export function titleCase(text: string): string {
  if (text !== text.toUpperCase() || text === text.toLowerCase()) return text
  return text
    .split(' ')
    .map((word) => (KEEP_CAPITALS.has(word.replace(/[.,]/g, '')) || /^(?:[A-Z]\.)+$/.test(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .map((word) => word.replace(/([-'’])(\p{Ll})/gu, (_match, mark: string, letter: string) => mark + letter.toUpperCase()))
    .join(' ')
}
