/**
 * The shapes of the IPTC ninjs 2.2 document Newsdesk exports (a subset of the schema in
 * `ninjs-schema/ninjs-schema_2.2.json`: only the properties we write). Property names are
 * ninjs's own, lower case, as the schema spells them.
 */

/** ninjs `pubstatus`: `usable` for a published version, `canceled` once the story is unpublished. */
export type NinjsPubStatus = 'usable' | 'withheld' | 'canceled'

/**
 * What the publisher knows about the version being sent, and the story does not.
 * `version` is the published version number (1, 2, … a correction goes up by one; ninjs `version`,
 * written as a string). `versionCreatedAt` is when this version was published, an instant
 * (ISO 8601 UTC, `2024-06-01T08:30:00.000Z`; ninjs `versioncreated`).
 */
export interface Publication {
  version: number
  versionCreatedAt: string
  pubstatus: NinjsPubStatus
}

/** ninjs `headlines[]`: `role` is `main` for the headline, `subhead` for the standfirst. */
export interface NinjsHeadline {
  role: 'main' | 'subhead'
  contenttype: 'text/plain'
  value: string
}

/**
 * ninjs `bodies[]`, one per content type. Counts are of the body's text with picture captions
 * left out (as ninjs defines `wordcount`/`charcount`): words by src-shared/text/countText.ts,
 * characters as grapheme clusters.
 */
export interface NinjsBody {
  role: 'main'
  contenttype: 'text/html' | 'text/plain'
  wordcount: number
  charcount: number
  value: string
}

/**
 * ninjs `descriptions[]` of a picture association. Roles we write: `caption` (the caption of
 * this use of the picture) and `alttext` (its alt text for screen readers, the IPTC Photo
 * Metadata "Alt Text (Accessibility)" property; ninjs has no registered role for it).
 */
export interface NinjsDescription {
  role: 'caption' | 'alttext'
  contenttype: 'text/plain'
  value: string
}

/**
 * ninjs `renditions[]`: the picture file as stored. `width`/`height` in pixels, `sizeinbytes`
 * in bytes; `href` only when the picture has an absolute URL (an uploaded copy), never a guess.
 */
export interface NinjsRendition {
  name: string
  contenttype: string
  width: number
  height: number
  sizeinbytes: number
  href?: string
}

/**
 * ninjs `associations[]`: a picture of the story. `name` is `lead-picture` for the lead
 * picture and `picture-1`, `picture-2`… for the body's figures in order; the body HTML's
 * `<figure data-assoc-ref="picture-1">` names its association. `uri` is `urn:uuid:<picture id>`.
 * `by` is the credit of this use (or the library's credit for the picture).
 */
export interface NinjsAssociation {
  name: string
  uri: string
  type: 'picture'
  by?: string
  copyrightnotice?: string
  contentcreated?: string
  descriptions?: NinjsDescription[]
  renditions?: NinjsRendition[]
}

/** ninjs `genres[]` / `subjects[]` entries: `name` as the desk wrote it, `literal` its slug. */
export interface NinjsConcept {
  name: string
  literal: string
}

/**
 * A story as an IPTC ninjs 2.2 news item (`type: text`). Optional properties are left out,
 * never written empty, when the story does not have them (no standfirst, no dateline, …).
 * Times are RFC 3339 with a colon offset, in the dateline's zone when it has one.
 * The ednote and comments are never part of it.
 */
export interface NinjsDocument {
  /** `urn:uuid:<story id>`: the same for every version of the story (a correction keeps it). */
  uri: string
  type: 'text'
  representationtype: 'full'
  version: string
  /** The dateline time (when the story was first published), e.g. `2024-06-01T13:23:00+05:00`. */
  firstcreated?: string
  versioncreated: string
  pubstatus: NinjsPubStatus
  language: string
  slugline?: string
  /** The headline, then the standfirst; left out only for a story with neither. */
  headlines?: NinjsHeadline[]
  /** The byline's names without "By ": `News Desk`, `A and B`. */
  by?: string
  /** The dateline place. */
  located?: string
  bodies: NinjsBody[]
  /** The story's section, e.g. `[{ name: 'News', literal: 'news' }]`. */
  genres?: NinjsConcept[]
  /** The story's tags. */
  subjects?: NinjsConcept[]
  associations?: NinjsAssociation[]
  standard: { name: 'ninjs'; version: '2.2'; schema: string }
}
