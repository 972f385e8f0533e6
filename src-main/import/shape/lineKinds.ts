import type { CreditRole } from '../../../src-shared/domain/credit'
import { clutterReason, isListHeading } from './clutter'
import { parseByline } from './parseByline'

/**
 * What a single line of a news page is, read from its own text: prose, a headline, a caption,
 * a credit line, a tags line, navigation. Each test is written from how news sites print them.
 */

const SENTENCE_END = /[.!?۔؟…]["”’'»)\]]*$/u

/** Story prose: a sentence of six words or more (ends in . ! ? ۔ ؟), or any line of twenty words. */
export function isProse(text: string): boolean {
  const words = wordCount(text)
  return (words >= 6 && SENTENCE_END.test(text)) || words >= 20
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/** Two lines say the same thing (a headline repeated as the picture's alt text): case, quotes and spacing aside. */
export function sameText(a: string, b: string): boolean {
  const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]/gu, '').replace(/\s+/g, ' ').trim()
  return fold(a) === fold(b) && fold(a).length > 0
}

const NAV_WORDS = new Set(
  ('home news latest world business sport sports entertainment opinion lifestyle life style tech technology health science video videos photos pictures ' +
    'gallery live tv epaper e-paper blogs blog magazine multimedia politics national international local weather markets economy more menu search login ' +
    'podcasts culture travel food showbiz cricket football trending columns editorial city cities pakistan india region regions education money jobs ' +
    'games puzzles newsletters environment climate arts books film music fashion sign in subscribe us uk about contact ' +
    'ہوم پاکستان دنیا کھیل کاروبار شوبز صحت ٹیکنالوجی ویڈیوز بلاگ کالم انٹرٹینمنٹ تازہ ترین').split(' '),
)

/** A menu copied as a line: four or more items, most of them section names ("Home Pakistan World Sports Business"). */
export function looksLikeNavigation(text: string): boolean {
  const words = text.split(/[\s|•·/]+/).filter(Boolean)
  if (words.length < 4) return false
  const nav = words.filter((word) => NAV_WORDS.has(word.toLowerCase()))
  return nav.length / words.length >= 0.5
}

/** A section or kicker above a headline: one to three words, no digits, no sentence ("News", "World", "Pakistan"). */
export function looksLikeSection(text: string): boolean {
  return text.length <= 30 && wordCount(text) >= 1 && wordCount(text) <= 3 && /^[\p{L}\p{M}&'’ -]+$/u.test(text)
}

/**
 * A line that can be a headline: three to thirty words, 15 to 300 characters, not clutter, not a
 * menu, not a list item, not a byline, time, caption or credit, not ending in a colon or comma.
 */
export function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text)
  if (words < 3 || words > 30 || text.length < 15 || text.length > 300) return false
  if (/[:,;]$/.test(text) || /^(?:\d+[.)]|[-•·▪*])\s/.test(text)) return false
  if (clutterReason(text) || isListHeading(text) || looksLikeNavigation(text)) return false
  return !parseByline(text) && !readCaptionLine(text) && !readCreditLine(text) && !readTagsLine(text)
}

/** A caption line: the caption and the picture credit it carries ("File photo"; "A man walks past. — AFP"). */
export interface CaptionLine {
  caption: string
  credit: string
}

const AGENCY_CREDITS = 'AFP|Reuters|AP|APP|EPA|Getty Images|Getty|INP|PPI|NNI|Online|Agencies|Bloomberg|Xinhua|Anadolu|File|Screengrab|Twitter|X|Facebook|Instagram|Social media|Courtesy [^)]{2,40}'
const FILE_PHOTO = /^(?<caption>(?:file|archive)(?:\s+(?:photo|image|picture|pic))?)(?:\s*[:/|\-–—]\s*(?<credit>.{2,60}))?$/iu
const CREDIT_ONLY = /^\(?(?:photos?|images?|pictures?|pic|photograph|courtesy|screengrab|screenshot|credit)\s*(?:by\b|:|\/|-|–|—)\s*(?<credit>[^()]{2,60}?)\)?$/iu
// Reuters and others put the credit after the caption's full stop: "… in Karachi. REUTERS/Akhtar Soomro/File Photo".
const SLASH_CREDIT = /^(?<caption>.{3,}?[.!?])\s+(?<credit>(?:REUTERS|Reuters|AFP|AP|EPA-EFE|EPA|Getty Images|Anadolu)\/[\p{L}\p{M} .'’/-]+)$/u
// A gallery's counter before the caption ("Item 1 of 2 A man…") is page furniture.
const GALLERY_COUNTER = /^(?:item|image|photo|picture)\s+\d+\s+of\s+\d+\s+/iu
const URDU_CAPTION = /^(?<caption>فائل فوٹو|فائل تصویر|فوٹو|تصویر)(?:\s*[:：]\s*(?<credit>.{2,60}))?$/u
const TRAILING_CREDIT = new RegExp(`^(?<caption>.{3,}?)\\s*(?:[-–—|]\\s*|\\(\\s*)(?:(?:photo|image|pic)s?\\s*(?:by\\b|:)?\\s*)?(?<credit>${AGENCY_CREDITS})(?:/(?:File|Reuters|AFP|AP|Getty Images))?\\s*\\)?\\.?$`, 'iu')

/**
 * Reads a picture caption line: `File photo`, `Photo: Reuters`, `فائل فوٹو`, and (with
 * `trailing`, where a picture is expected) a caption ending in its credit: `A man walks. — AFP/File`,
 * `Police at the scene | Photo: Reuters`. Null for anything else.
 */
export function readCaptionLine(line: string, options: { trailing?: boolean } = {}): CaptionLine | null {
  if (line.length > 400) return null
  const text = line.replace(GALLERY_COUNTER, '')
  const file = FILE_PHOTO.exec(text) ?? URDU_CAPTION.exec(text)
  if (file?.groups) return { caption: file.groups['caption']!, credit: file.groups['credit']?.trim() ?? '' }
  const only = CREDIT_ONLY.exec(text)
  if (only?.groups) return { caption: '', credit: only.groups['credit']!.trim() }
  if (!options.trailing || wordCount(text) > 45) return null
  const trailing = TRAILING_CREDIT.exec(text) ?? SLASH_CREDIT.exec(text)
  if (!trailing?.groups) return null
  return { caption: trailing.groups['caption']!.trim(), credit: trailing.groups['credit']!.trim() }
}

/** One role of a credit line and its names ("Reporter: Awais Kiyani"); `editing` is noted, never credited. */
export interface CreditLinePart {
  role: CreditRole | 'editing'
  names: string[]
}

const CREDIT_LABELS: [RegExp, CreditLinePart['role']][] = [
  [/^(?:additional reporting|additional inputs?|with (?:additional )?inputs?|inputs?)/iu, 'additional_reporting'],
  [/^(?:reporters?|reporting|reported|رپورٹر)/iu, 'reporter'],
  [/^(?:photos?|photographs?|photographer|pictures?|photography)/iu, 'photographer'],
  [/^(?:written|writer|words|text|author)/iu, 'author'],
  [/^(?:edited|editing|editor|compiled|produced|graphics|design|writing)/iu, 'editing'],
]
// The wire's closing line: "Associated Press writer Josh Boak contributed to this report."
const CONTRIBUTED = /^(?<names>\p{Lu}[^.;:]{1,150}?)\s+contributed(?:\s+reporting)?(?:\s+to this (?:report|story|article))?(?:\s+from\s+[^.;]+)?$/u
const WRITER_PREFIX = /^(?:associated press|ap|reuters|afp|staff)\s+(?:writers?|reporters?|correspondents?)\s+/iu
// After the label, "by", "from" or a colon must follow: "Reporters were told…" is a sentence, not a credit.
const CONNECTOR = /^\s*(?:(?:by|from)\b\s*[:：]?|[:：])\s*/iu

/**
 * Reads a credit line: `Reporter: Awais Kiyani`, `Additional reporting by A and B`,
 * `— With input from APP`, `(Reporting by A; Editing by B)`. Every part must read, else null.
 */
export function readCreditLine(text: string): CreditLinePart[] | null {
  const inner = text.replace(/^[\s(—–-]+|[\s).]+$/g, '')
  if (!inner || inner.length > 200) return null
  const contributed = CONTRIBUTED.exec(inner)?.groups?.['names']?.replace(WRITER_PREFIX, '')
  if (contributed) {
    const byline = parseByline(`By ${contributed}`)
    return byline ? [{ role: 'additional_reporting', names: byline.names.map((name) => name.name) }] : null
  }
  const parts: CreditLinePart[] = []
  for (const piece of inner.split(/\s*;\s*/)) {
    const label = CREDIT_LABELS.map(([pattern, role]) => ({ match: pattern.exec(piece), role })).find(({ match }) => match)
    if (!label?.match) return null
    const afterLabel = piece.slice(label.match[0].length)
    const connector = CONNECTOR.exec(afterLabel)
    if (!connector) return null
    const byline = parseByline(`By ${afterLabel.slice(connector[0].length)}`)
    if (!byline) return null
    parts.push({ role: label.role, names: byline.names.map((name) => name.name) })
  }
  return parts.length > 0 ? parts : null
}

const TAGS = /^(?:tags?|topics?|filed under|keywords|ٹیگز)\s*[:：]\s*(?<list>.+)$/iu

/** Reads a tags line (`Tags: Pakistan, UK, Cybercrime`) into tags, or null. */
export function readTagsLine(text: string): string[] | null {
  const list = TAGS.exec(text)?.groups?.['list']
  if (!list) return null
  const tags = list.split(/\s*[,|•;،]\s*/).map((tag) => tag.trim()).filter((tag) => tag.length > 0 && tag.length <= 60)
  return tags.length > 0 ? tags : null
}
