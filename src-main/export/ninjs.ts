import { pictureUrl, type Picture } from '../../src-shared/domain/picture'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { joinNames } from '../../src-shared/text/byline'
import { slugify } from '../../src-shared/text/slugify'
import type { PictureSrc } from './cleanStoryHtml'
import { exportBodyCounts, exportBodyHtml, exportBodyText } from './exportBody'
import { rfc3339InZone } from './exportTime'
import type { NinjsAssociation, NinjsBody, NinjsConcept, NinjsDescription, NinjsDocument, NinjsHeadline, Publication } from './ninjsTypes'
import { storyPictures, type StoryPicture } from './storyPictures'

/** A picture from the library by id, or null when it is not there (a use still exports, without file details). */
export type PictureLookup = (pictureId: string) => Picture | null

/** How pictures are referred to in the export. */
export interface NinjsOptions {
  /**
   * The `src` of body figures and, when it is an absolute http(s) URL, the rendition `href`.
   * Default `media/<id>` (the workstation's own path): the body keeps it, renditions get no href.
   */
  pictureSrc?: PictureSrc
}

const NINJS_22_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json'

/** The ninjs `uri` of a story or a picture: `urn:uuid:<id>` (RFC 4122 URN; our ids are UUIDv7, unique across workstations). */
export function ninjsUri(id: string): string {
  return `urn:uuid:${id}`
}

/**
 * Maps a story to an IPTC ninjs 2.2 news item (ninjsTypes.ts documents each property). The
 * result is not yet checked: `assertValidNinjs` (validateNinjs.ts) blocks an invalid one, and
 * `exportStory('ninjs', …)` does both.
 * - `firstcreated`: the dateline time in the dateline's zone; left out without one.
 * - `by`: the byline's names ("News Desk"); other credit roles ("Reporter: Awais Kiyani")
 *   are a footer of both bodies (exportBody.ts), so they reach the site as text.
 * - `genres`: the section; `subjects`: the tags.
 * - `associations`: the lead picture, then each body figure (`data-assoc-ref` in the HTML body).
 * - Never exported: the ednote, comments, the assignee, deadline and word target.
 */
export function toNinjs(story: StoryDetail, publication: Publication, pictures: PictureLookup, options: NinjsOptions = {}): NinjsDocument {
  const pictureSrc = options.pictureSrc ?? pictureUrl
  const authors = story.credits.filter((credit) => credit.role === 'author').map((credit) => credit.name)
  const associations = storyPictures(story).map((use) => toAssociation(use, pictures(use.pictureId), pictureSrc))
  return withoutEmpty({
    uri: ninjsUri(story.id),
    type: 'text',
    representationtype: 'full',
    version: String(publication.version),
    firstcreated: rfc3339InZone(story.datelineAt, story.datelineZone),
    // A bad time is passed through, not dropped: the validator then blocks the export, naming it.
    versioncreated: rfc3339InZone(publication.versionCreatedAt, story.datelineZone) ?? publication.versionCreatedAt,
    pubstatus: publication.pubstatus,
    language: story.language,
    slugline: story.slug || undefined,
    headlines: headlinesOf(story),
    by: joinNames(authors) || undefined,
    located: story.datelinePlace || undefined,
    bodies: bodiesOf(story, pictureSrc),
    genres: story.section ? [concept(story.section)] : [],
    subjects: story.tags.map(concept),
    associations,
    standard: { name: 'ninjs', version: '2.2', schema: NINJS_22_SCHEMA },
  } satisfies NinjsDocument)
}

function headlinesOf(story: StoryDetail): NinjsHeadline[] {
  const headlines: NinjsHeadline[] = []
  if (story.headline) headlines.push({ role: 'main', contenttype: 'text/plain', value: story.headline })
  if (story.standfirst) headlines.push({ role: 'subhead', contenttype: 'text/plain', value: story.standfirst })
  return headlines
}

/** Both bodies hold the same text (captions aside), so they share one count. */
function bodiesOf(story: StoryDetail, pictureSrc: PictureSrc): NinjsBody[] {
  const text = exportBodyText(story)
  const { words, characters } = exportBodyCounts(story)
  const html = exportBodyHtml(story, { pictureSrc, associationRefs: true })
  return [
    { role: 'main', contenttype: 'text/html', wordcount: words, charcount: characters, value: html },
    { role: 'main', contenttype: 'text/plain', wordcount: words, charcount: characters, value: text },
  ]
}

// A desk reuses a short list of sections and tags, and slugify (NFD, NFC, Unicode regexes)
// was 2.5% of an export (P5 profile): each name is slugged once, up to LITERALS_KEPT names.
const LITERALS_KEPT = 2000
const literals = new Map<string, string>()

function concept(name: string): NinjsConcept {
  let literal = literals.get(name)
  if (literal === undefined) {
    if (literals.size >= LITERALS_KEPT) literals.clear()
    literals.set(name, (literal = slugify(name)))
  }
  return { name, literal }
}

function toAssociation(use: StoryPicture, picture: Picture | null, pictureSrc: PictureSrc): NinjsAssociation {
  const descriptions: NinjsDescription[] = []
  if (use.caption) descriptions.push({ role: 'caption', contenttype: 'text/plain', value: use.caption })
  if (use.alt) descriptions.push({ role: 'alttext', contenttype: 'text/plain', value: use.alt })
  const href = pictureSrc(use.pictureId)
  return withoutEmpty({
    name: use.name,
    uri: ninjsUri(use.pictureId),
    type: 'picture',
    by: use.credit || picture?.credit || undefined,
    copyrightnotice: picture?.copyright || undefined,
    // The file gave the time with its offset (or it is null): the instant is known, its zone is not.
    contentcreated: rfc3339InZone(picture?.takenAt, null),
    descriptions,
    renditions: picture
      ? [
          {
            name: 'original',
            contenttype: picture.mime,
            width: picture.width,
            height: picture.height,
            sizeinbytes: picture.bytes,
            ...(/^https?:\/\//i.test(href) ? { href } : {}),
          },
        ]
      : [],
  } satisfies NinjsAssociation)
}

/** The object without its undefined and empty-list properties: ninjs leaves out what a story does not have. */
function withoutEmpty<T extends object>(value: T): T {
  // One loop: entries, filter and fromEntries made three arrays a document, 4% of an export (P5).
  const kept: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key]
    if (field === undefined || (Array.isArray(field) && field.length === 0)) continue
    kept[key] = field
  }
  return kept as T
}
