import { ServiceError } from '../app/serviceError'
import { validateNinjs } from '../export/validateNinjs'
import { parseDocument } from './html/dom'
import { htmlToBlocks } from './html/htmlToBlocks'
import { pictureFromSrc } from './html/pictureFromSrc'
import type { ImportedStory } from './importedStory'
import type { ImportNotes } from './importNotes'
import { detectLanguage } from './shape/detectLanguage'
import { parseByline } from './shape/parseByline'
import { parsePublishedTime } from './shape/parsePublishedTime'
import { readStoryShape } from './shape/readStoryShape'
import type { ShapeOptions } from './shape/storyShape'
import { textBlocks } from './readPlainText'
import type { SourceBlock, SourcePicture } from './sourceBlock'

type Json = Record<string, unknown>
type Described = { role?: string; contenttype?: string; value?: string }

/** Body content types that are markup; anything else that is not text/plain (TT's `application/xml` NITF) is skipped. */
const MARKUP = /html|xhtml|body_xhtml/i

/**
 * Reads an IPTC ninjs 2.x item (a wire story): validated against the official 2.2 schema, or 2.1
 * (src-main/export/ninjs-schema), then mapped by the ninjs fields: `headlines` (role `main`, else
 * the first) and `subhead` → headline and standfirst; the richest body (HTML over plain text);
 * `by` → byline (else `copyrightholder` as an agency credit); `located` → dateline place;
 * `firstcreated`/`versioncreated` → publication time; `language`; the first `genres` name →
 * section; `subjects` names → tags; `slugline` → slug; picture `associations` → references with
 * caption (`descriptions`), alt text (role `alttext`), credit (`by`) and address (`renditions`).
 * @throws ServiceError `invalid_input` for JSON that is not ninjs 2.x, naming the failing fields.
 */
export function readNinjs(name: string, text: string, notes: ImportNotes, options: ShapeOptions): ImportedStory {
  let item: unknown
  try {
    item = JSON.parse(text)
  } catch (error) {
    throw new ServiceError('invalid_input', `“${name}” is not valid JSON (${error instanceof Error ? error.message : String(error)}).`)
  }
  const checked = validateNinjs(item, '2.2')
  if (!checked.valid && !validateNinjs(item, '2.1').valid) {
    const problems = checked.problems.slice(0, 3).map((problem) => `${problem.field} ${problem.message}`).join('; ')
    throw new ServiceError('invalid_input', `“${name}” is not an IPTC ninjs 2.x item: ${problems}.`)
  }
  const ninjs = item as Json
  const headlines = list<Described>(ninjs['headlines'])
  const headline = (headlines.find((h) => h.role === 'main') ?? headlines.find((h) => !h.role) ?? headlines[0])?.value?.trim() ?? ''
  const blocks = bodyBlocks(ninjs)
  if (!headline && blocks.length === 0) throw new ServiceError('invalid_input', `“${name}” has neither a headline nor a body to import.`)
  const shape = readStoryShape(blocks, notes, { ...options, headline })
  shape.standfirst ||= headlines.find((h) => h.role === 'subhead')?.value?.trim() ?? ''

  const by = str(ninjs['by'])
  const byline = by ? (parseByline(by, { bare: true }) ?? parseByline(`By ${by}`)) : null
  const holder = str(ninjs['copyrightholder'])
  if (byline) shape.credits.unshift(...byline.names.map(({ name: credited, desk }) => ({ name: credited, desk, role: 'author' as const, source: by })))
  else if (holder && !shape.credits.some((credit) => credit.role === 'author')) {
    shape.credits.unshift({ name: holder, desk: true, role: 'author', source: `copyright holder ${holder} (the item has no “by”)` })
  }
  const located = str(ninjs['located'])
  if (located) shape.bylinePlace = located
  // `firstcreated` is when the story was first published; without it, this version's time is.
  const hasFirst = Boolean(str(ninjs['firstcreated']))
  for (const key of ['firstcreated', 'versioncreated'] as const) {
    const time = str(ninjs[key]) ? parsePublishedTime(str(ninjs[key])) : null
    if (time) shape.times.push({ time: { ...time, label: key === 'firstcreated' || !hasFirst ? 'published' : 'updated' }, text: str(ninjs[key]) })
  }
  shape.section ||= list<Json>(ninjs['genres']).map((genre) => str(genre['name']))[0] ?? ''
  shape.tags.push(...list<Json>(ninjs['subjects']).map((subject) => str(subject['name'])).filter((tag) => tag && tag.length <= 60))
  takePictures(ninjs, shape, notes)
  const language = str(ninjs['language'])
  return {
    format: 'ninjs',
    shape,
    language: language || detectLanguage(blocks.map((block) => block.text).join('\n')),
    languageSource: language ? 'the item’s language' : 'the script of the text',
    slug: str(ninjs['slugline']),
  }
}

/** The richest body: an HTML one (read as markup), else plain text split into paragraphs. */
function bodyBlocks(ninjs: Json): SourceBlock[] {
  const bodies = list<Described>(ninjs['bodies']).filter((body) => typeof body.value === 'string' && body.value.trim())
  const html = bodies.find((body) => MARKUP.test(body.contenttype ?? '') || /^\s*</.test(body.value!) && !/xml/i.test(body.contenttype ?? ''))
  if (html) {
    const document = parseDocument(/<body[\s>]/i.test(html.value!) ? html.value! : `<!doctype html><html><body>${html.value}</body></html>`)
    // Figures in the body are the item's picture associations, read from those instead.
    return document.body ? htmlToBlocks(document.body, { picture: () => null }) : []
  }
  const plain = bodies.find((body) => !body.contenttype || /text\/plain/i.test(body.contenttype))
  return plain ? textBlocks(plain.value!.replace(/\n(?!\n)/g, '\n\n')) : []
}

function takePictures(ninjs: Json, shape: ImportedStory['shape'], notes: ImportNotes): void {
  // A picture item is its own lead picture; a text or composite item's pictures are its associations.
  const pictures = str(ninjs['type']) === 'picture' ? [ninjs] : list<Json>(ninjs['associations']).filter((association) => str(association['type']) === 'picture')
  pictures.forEach((association, index) => {
    const descriptions = list<Described>(association['descriptions'])
    const plain = (d: Described) => !d.contenttype || /text\/plain/i.test(d.contenttype)
    const caption = (descriptions.find((d) => d.role === 'caption') ?? descriptions.find((d) => plain(d) && d.role !== 'alttext'))?.value?.trim() ?? ''
    const alt = descriptions.find((d) => d.role === 'alttext')?.value?.trim() ?? ''
    const renditions = list<Json>(association['renditions'])
    const main = renditions.find((r) => /^(?:main|original|hires|highres)$/i.test(str(r['name']))) ?? renditions[0]
    const found = pictureFromSrc(str(main?.['href']), str(association['name']) || `picture-${index + 1}`)
    const picture: SourcePicture = { name: found?.name ?? 'picture', bytes: null, href: found?.href ?? null, alt, caption, credit: str(association['by']) }
    if (index === 0 && !shape.lead) shape.lead = { picture, caption, credit: picture.credit, alt }
    else notes.picture({ role: 'body', caption, alt, credit: picture.credit, href: picture.href })
  })
}

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter((entry) => typeof entry === 'object' && entry !== null) as T[]) : []
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
}
