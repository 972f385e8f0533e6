import { fromWallClock } from '../../../src-shared/time/zonedTime'

/**
 * A publication time as a page writes it. `wallClock` is `2024-06-01T13:23` (`T00:00` when the
 * line gave a date only, `hasTime` false). The zone comes from the line when it names one
 * (`PKT` → `Asia/Karachi`), the offset when it gives one (`+05:00`, `GMT+5`), else from the
 * person's choice at import.
 */
export interface PublishedTime {
  wallClock: string
  hasTime: boolean
  zone: string | null
  offsetMinutes: number | null
  /** What the line called the time: `updated` lines lose to `published` ones. */
  label: 'published' | 'updated' | null
  /** True when day and month could be either way round (`03/04/2024`): read day first. */
  ambiguous: boolean
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  // Urdu month names, as Urdu pages print them.
  جنوری: 1, فروری: 2, مارچ: 3, اپریل: 4, مئی: 5, جون: 6, جولائی: 7, اگست: 8, ستمبر: 9, اکتوبر: 10, نومبر: 11, دسمبر: 12,
}

/**
 * Zone abbreviations newsrooms print, to IANA zones. Ambiguous ones are read the way South Asian
 * and British pages mean them (IST = India). GMT and UTC are offsets, handled apart.
 */
const ZONES: Record<string, string> = {
  PKT: 'Asia/Karachi', IST: 'Asia/Kolkata', BST: 'Europe/London', CET: 'Europe/Paris', CEST: 'Europe/Paris',
  EST: 'America/New_York', EDT: 'America/New_York', CST: 'America/Chicago', CDT: 'America/Chicago',
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', GST: 'Asia/Dubai', JST: 'Asia/Tokyo',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', SGT: 'Asia/Singapore', HKT: 'Asia/Hong_Kong', EET: 'Europe/Athens', MSK: 'Europe/Moscow',
}

const DAY_NAMES = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|(?:پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار)/giu
const LABEL = /^(?<label>first published|published|posted|last updated|updated|modified|date|dated|شائع|اپ ڈیٹ)(?:\s+(?:on|at))?\s*[:\-–—]?\s*/iu
const MONTH_NAME = `(?<month>${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`
// A clock time, not part of a date such as 01.06.2024 or a year: 13:23, 1:23 pm, 09.23, 1pm.
const TIMES = /(?<![\d.:/])(?<hour>\d{1,2})(?:[:.](?<minute>\d{2})(?::(?<second>\d{2}))?)?\s*(?<meridiem>[ap]\.?\s?m\.?)?(?!\d|[.:/]\d)/giu
const ZONE_NAMES = new RegExp(`\\b(?<name>${[...Object.keys(ZONES), 'GMT', 'UTC'].join('|')})\\b(?:\\s*(?<offset>[+-]\\d{1,2}(?::?\\d{2})?))?`, 'u')
const BARE_OFFSET = /(?<=^|\s)(?<offset>[+-]\d{2}:?\d{2})(?=\s|$)/u
const ISO = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T\s](?<h>\d{2}):(?<min>\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?$/iu
const DATE_FORMS = [
  new RegExp(`^${MONTH_NAME}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})$`, 'iu'),
  new RegExp(`^(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s*(?<year>\\d{4})$`, 'iu'),
  /^(?<day>\d{1,2})[/.](?<monthNumber>\d{1,2})[/.](?<year>\d{4})$/u,
  /^(?<year>\d{4})[-/](?<monthNumber>\d{1,2})[-/](?<day>\d{1,2})$/u,
]

/**
 * Reads a line that is only a date and time, as news pages print them: `June 1, 2024 01:23 PM`,
 * `12:00 PM, 17 Dec, 2021`, `Sat 1 Jun 2024 09.23 BST`, `Published: 2 June 2024`,
 * `Updated 3:14 PM PDT, June 1, 2024`, `2024-06-01T13:23:00+05:00`, with Urdu month and day
 * names and Eastern Arabic digits. A line with any other words (a sentence mentioning a date)
 * is not a time line: null. Relative times ("2 hours ago") are never publication times.
 */
export function parsePublishedTime(line: string): PublishedTime | null {
  let text = asciiDigits(line).replace(/\s+/g, ' ').trim()
  if (!text || text.length > 80 || /\bago\b/i.test(text)) return null
  let label: PublishedTime['label'] = null
  const labelled = LABEL.exec(text)
  if (labelled?.groups) {
    label = /updat|modif|اپ/i.test(labelled.groups['label']!) ? 'updated' : 'published'
    text = text.slice(labelled[0].length)
  }
  const iso = ISO.exec(text)
  if (iso?.groups) return fromIso(iso.groups, label)

  text = text.replace(DAY_NAMES, ' ').replace(/\b(?:at|on)\b/gi, ' ').replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim()
  let zone: string | null = null
  let offsetMinutes: number | null = null
  const named = ZONE_NAMES.exec(text)
  if (named?.groups) {
    const name = named.groups['name']!
    if (ZONES[name]) zone = ZONES[name]
    else offsetMinutes = 0 // GMT, UTC
    if (named.groups['offset']) offsetMinutes = parseOffset(named.groups['offset'])
    text = cut(text, named.index, named[0].length)
  } else {
    const offset = BARE_OFFSET.exec(text)
    if (offset?.groups) {
      offsetMinutes = parseOffset(offset.groups['offset']!)
      text = cut(text, offset.index, offset[0].length)
    }
  }
  const clock = [...text.matchAll(TIMES)].find((match) => match.groups?.['minute'] !== undefined || match.groups?.['meridiem'])
  let hour = 0
  let minute = 0
  if (clock?.groups) {
    hour = Number(clock.groups['hour'])
    minute = Number(clock.groups['minute'] ?? 0)
    const meridiem = clock.groups['meridiem']?.toLowerCase().replace(/[.\s]/g, '')
    if (meridiem) {
      if (hour < 1 || hour > 12) return null
      hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0)
    }
    if (hour > 23 || minute > 59) return null
    text = cut(text, clock.index!, clock[0].length)
  }
  const dateText = text.replace(/[,|•·]+/g, ' ').replace(/(^|\s)[-–—]+(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim()
  const date = readDate(dateText)
  if (!date) return null
  return {
    wallClock: `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(hour)}:${pad(minute)}`,
    hasTime: Boolean(clock),
    zone,
    offsetMinutes,
    label,
    ambiguous: date.ambiguous,
  }
}

/**
 * The exact instant of a parsed time (ISO 8601 UTC) and the zone the dateline keeps: the zone the
 * line named, else `chosenZone`. An offset in the line fixes the instant whatever the zone.
 */
export function instantOf(time: PublishedTime, chosenZone: string): { instant: string; zone: string } | null {
  const zone = time.zone ?? chosenZone
  if (time.offsetMinutes !== null) {
    const utc = Date.parse(`${time.wallClock}:00Z`) - time.offsetMinutes * 60_000
    return Number.isNaN(utc) ? null : { instant: new Date(utc).toISOString(), zone }
  }
  const instant = fromWallClock(time.wallClock, zone)
  return instant ? { instant, zone } : null
}

function readDate(text: string): { year: number; month: number; day: number; ambiguous: boolean } | null {
  for (const form of DATE_FORMS) {
    const groups = form.exec(text)?.groups
    if (!groups) continue
    const year = Number(groups['year'])
    let day = Number(groups['day'])
    let month = groups['month'] ? MONTHS[groups['month'].toLowerCase()] ?? 0 : Number(groups['monthNumber'])
    let ambiguous = false
    if (!groups['month'] && form === DATE_FORMS[2]) {
      // 03/04/2024: day first, as British and South Asian pages write it, unless that cannot be.
      if (month > 12 && day <= 12) [day, month] = [month, day]
      else ambiguous = day <= 12 && month <= 12 && day !== month
    }
    if (!isCalendarDate(year, month, day)) return null
    return { year, month, day, ambiguous }
  }
  return null
}

function fromIso(groups: Record<string, string | undefined>, label: PublishedTime['label']): PublishedTime | null {
  const [year, month, day] = [Number(groups['y']), Number(groups['m']), Number(groups['d'])]
  if (!isCalendarDate(year, month, day)) return null
  const hasTime = groups['h'] !== undefined
  const hour = Number(groups['h'] ?? 0)
  const minute = Number(groups['min'] ?? 0)
  if (hour > 23 || minute > 59) return null
  const z = groups['z']
  return {
    wallClock: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`,
    hasTime,
    zone: null,
    offsetMinutes: z === undefined ? null : z.toUpperCase() === 'Z' ? 0 : parseOffset(z),
    label,
    ambiguous: false,
  }
}

/** `+05:00`, `+0500`, `+5`, `-3:30` → minutes east of UTC. */
function parseOffset(text: string): number {
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
  return match[1] === '-' ? -minutes : minutes
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Eastern Arabic and Persian digits (٠–٩ U+0660…, ۰–۹ U+06F0…) to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0)
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660))
  })
}

function cut(text: string, index: number, length: number): string {
  return `${text.slice(0, index)} ${text.slice(index + length)}`.replace(/\s+/g, ' ').trim()
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
