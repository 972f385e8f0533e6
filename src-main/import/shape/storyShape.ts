import type { CreditRole } from '../../../src-shared/domain/credit'
import type { SourceBlock, SourcePicture } from '../sourceBlock'
import type { Dateline } from './parseDateline'
import type { PublishedTime } from './parsePublishedTime'

/** A credit read from the page: a byline name (`author`) or a credit line's, with the line it came from. */
export interface ShapeCredit {
  name: string
  role: CreditRole
  desk: boolean
  source: string
}

/** The lead picture as the page shows it: the file when the import carried it, and what the page said about it. */
export interface ShapeLead {
  picture: SourcePicture | null
  caption: string
  credit: string
  alt: string
}

/**
 * The structure recovered from a page: every field found, and the body blocks that remain once
 * the header, the clutter and the lists after the story are taken away. Empty strings and
 * empty lists mean "not found".
 */
export interface StoryShape {
  headline: string
  standfirst: string
  section: string
  credits: ShapeCredit[]
  /** Every time line near the headline, in page order (published before updated wins later). */
  times: { time: PublishedTime; text: string }[]
  lead: ShapeLead | null
  dateline: (Dateline & { source: string }) | null
  /** The place of a byline "By A and B in Karachi". */
  bylinePlace: string
  tags: string[]
  body: SourceBlock[]
}

export function emptyShape(): StoryShape {
  return { headline: '', standfirst: '', section: '', credits: [], times: [], lead: null, dateline: null, bylinePlace: '', tags: [], body: [] }
}

/** What a reader knows before the shape is read: metadata that wins over guesses, and the directory. */
export interface ShapeOptions {
  /** The headline the source's metadata gave (HTML `og:title`, ninjs `headlines`). */
  headline?: string
  /** True when a name is someone in the staff directory: a bare name under a headline is then a byline. */
  isKnownPerson?: (name: string) => boolean
}
