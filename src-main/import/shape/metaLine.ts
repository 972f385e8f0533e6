import { clutterReason } from './clutter'
import { readCaptionLine, readCreditLine, readTagsLine, sameText, type CaptionLine, type CreditLinePart } from './lineKinds'
import { parseByline, type Byline } from './parseByline'
import { parsePublishedTime, type PublishedTime } from './parsePublishedTime'

/** What a line near the headline tells about the story. `text` kinds are story text (standfirst, alt text, prose). */
export type MetaFact =
  | { kind: 'clutter'; reason: string; text: string }
  | { kind: 'byline'; byline: Byline }
  | { kind: 'time'; time: PublishedTime; text: string }
  | { kind: 'caption'; caption: CaptionLine }
  | { kind: 'credit'; parts: CreditLinePart[] }
  | { kind: 'tags'; tags: string[] }
  | { kind: 'repeat' }
  | { kind: 'text' }

/** What the line reader knows about the page around the line. */
export interface MetaContext {
  headline: string
  /** A neighbouring line is a time line: a bare name beside it is a byline. */
  besideTime: boolean
  isKnownPerson: (name: string) => boolean
}

// "By Staff Reporter | June 1, 2024", "News Desk • 2 hours ago", "Jane Doe Published June 2, 2024".
const PIECES = /\s+[|•·]\s+|\s+(?=(?:published|updated|posted|last updated)\b)|\s+[-–—]\s+(?=[^-–—]*\d)/iu

/**
 * Reads one line of a page's header (between the section and the story text). A line that
 * carries several facts ("By Staff Reporter | Published June 1, 2024") is read piece by piece;
 * it counts only when every piece is a byline, a time or clutter.
 */
export function readMetaLine(text: string, context: MetaContext): MetaFact[] {
  const whole = readPiece(text, context)
  if (whole.kind !== 'text' && whole.kind !== 'clutter') return [whole]
  const pieces = text.split(PIECES).filter(Boolean)
  if (pieces.length < 2) return [whole]
  const facts = pieces.map((piece) => readPiece(piece, { ...context, besideTime: true }))
  // "Published June 2, 2024 Updated a day ago" is a time, not "… ago" clutter as a whole.
  const useful = facts.some((fact) => fact.kind === 'byline' || fact.kind === 'time')
  return useful && facts.every((fact) => fact.kind === 'byline' || fact.kind === 'time' || fact.kind === 'clutter') ? facts : [whole]
}

function readPiece(text: string, context: MetaContext): MetaFact {
  if (context.headline && sameText(text, context.headline)) return { kind: 'repeat' }
  const time = parsePublishedTime(text)
  if (time) return { kind: 'time', time, text }
  const caption = readCaptionLine(text, { trailing: true })
  if (caption) return { kind: 'caption', caption }
  const credit = readCreditLine(text)
  if (credit) return { kind: 'credit', parts: credit }
  const tags = readTagsLine(text)
  if (tags) return { kind: 'tags', tags }
  const byline = parseByline(text)
  if (byline) return { kind: 'byline', byline }
  const bare = parseByline(text, { bare: true })
  if (bare && (context.besideTime || bare.names.every((name) => name.desk || context.isKnownPerson(name.name)))) return { kind: 'byline', byline: bare }
  const reason = clutterReason(text)
  if (reason) return { kind: 'clutter', reason, text }
  return { kind: 'text' }
}
