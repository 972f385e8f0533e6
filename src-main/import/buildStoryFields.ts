import type { Credit } from '../../src-shared/domain/credit'
import type { ImportFormat } from '../../src-shared/domain/importReport'
import type { LeadPicture } from '../../src-shared/domain/picture'
import { LanguageTag } from '../../src-shared/domain/story'
import type { BodyJson, StoryFields } from '../../src-shared/domain/storyDraft'
import { renderByline, renderCreditLines } from '../../src-shared/text/byline'
import { formatInZone } from '../../src-shared/time/zonedTime'
import type { ImportedStory } from './importedStory'
import type { ImportNotes } from './importNotes'
import { titleCase } from './shape/parseByline'
import { instantOf } from './shape/parsePublishedTime'
import type { JsonNode, SourcePicture } from './sourceBlock'

/** The fields an import sets; the assignee and the rest come from the new draft. */
export type ImportedFields = Omit<StoryFields, 'assigneeId' | 'deadlineAt' | 'wordTarget'>

const FORMAT_NAMES: Record<ImportFormat, string> = { text: 'a web page copied as text', html: 'a saved web page', docx: 'a Word document', ninjs: 'an IPTC ninjs item' }

/**
 * Builds the story's fields from what was read, and writes to `notes` what was recognised and
 * what needs a look. Times are placed in `zone` unless the source named one. `pictureIds` maps
 * each picture the file carried to its library id (a picture missing from it was refused and is
 * left out). Lengths are clipped to what a story holds (headline 300, standfirst 600…).
 */
export function buildStoryFields(name: string, imported: ImportedStory, credits: Credit[], pictureIds: Map<SourcePicture, string>, zone: string, notes: ImportNotes): ImportedFields {
  const { shape } = imported
  const headline = clip(oneLine(shape.headline), 300, 'headline', notes)
  if (headline) notes.recognise('headline', headline, shape.headline)
  else notes.look('headline', 'No headline was found: write one.')
  const standfirst = clip(oneLine(shape.standfirst), 600, 'standfirst', notes)
  if (standfirst) notes.recognise('standfirst', standfirst)
  const section = clip(titleCase(oneLine(shape.section)), 80, 'section', notes)
  if (section) notes.recognise('section', section)
  const tags = [...new Set(shape.tags.map(oneLine).filter((tag) => tag && tag.length <= 60))].slice(0, 30)
  if (tags.length > 0) notes.recognise('tags', tags.join(', '))
  const language = LanguageTag.safeParse(imported.language)
  if (!language.success) notes.look('language', `The source’s language “${imported.language}” is not a language tag: English was assumed.`)
  notes.recognise('language', `${language.success ? language.data : 'en'} (by ${imported.languageSource})`)
  const slug = oneLine(imported.slug).slice(0, 100)
  if (slug) notes.recognise('slug', slug)

  const place = clip(oneLine(shape.dateline?.place || shape.bylinePlace), 120, 'dateline', notes)
  if (place) notes.recognise('dateline', place, shape.dateline?.source ?? shape.bylinePlace)
  else notes.look('dateline', 'No dateline place was found.')
  if (shape.dateline && shape.bylinePlace && shape.dateline.place !== shape.bylinePlace) notes.look('dateline', `The byline says “${shape.bylinePlace}”, the dateline “${shape.dateline.place}”: the dateline was kept.`)
  const published = publishedTime(imported, zone, notes)

  const byline = credits.some((credit) => credit.role === 'author') || !shape.dateline?.agency ? credits : [{ personId: null, name: shape.dateline.agency, role: 'author' as const }, ...credits]
  if (renderByline(byline)) notes.recognise('byline', renderByline(byline).replace(/^By /, ''), [...new Set(shape.credits.filter((c) => c.role === 'author').map((c) => c.source))].join(' · '))
  else notes.look('byline', 'No byline was found: add one under Credits.')
  for (const line of renderCreditLines(byline)) notes.recognise('credit', line)

  // Body and lead first: the pictures they could not store are named in the ednote.
  const bodyJson = body(imported, pictureIds, notes)
  const leadPicture = lead(imported, pictureIds, notes)
  return {
    headline,
    standfirst,
    slug,
    slugLocked: Boolean(slug),
    section,
    tags,
    language: language.success ? language.data : 'en',
    datelinePlace: place,
    datelineAt: published?.instant ?? null,
    datelineZone: published?.zone ?? null,
    ednote: ednote(name, imported.format, notes),
    body: bodyJson,
    credits: byline,
    lead: leadPicture,
  }
}

function publishedTime(imported: ImportedStory, zone: string, notes: ImportNotes) {
  const times = imported.shape.times
  const chosen = times.find((t) => t.time.label !== 'updated' && t.time.hasTime) ?? times.find((t) => t.time.label !== 'updated') ?? times.find((t) => t.time.hasTime) ?? times[0]
  for (const other of times) if (other !== chosen && other.text !== chosen?.text) notes.drop(other.text, 'another time (the publication time was kept)')
  if (!chosen) return void notes.look('published', 'No publication time was found.')
  const placed = instantOf(chosen.time, zone)
  if (!placed) return void notes.look('published', `“${chosen.text}” could not be placed in ${zone}.`)
  notes.recognise('published', formatInZone(placed.instant, placed.zone), chosen.text)
  if (!chosen.time.hasTime) notes.look('published', `“${chosen.text}” gives no time of day: midnight was assumed.`)
  if (chosen.time.ambiguous) notes.look('published', `“${chosen.text}” was read day first (${placed.instant.slice(0, 10)}).`)
  if (chosen.time.label === 'updated') notes.look('published', 'Only an update time was found; it was taken as the publication time.')
  return placed
}

function body(imported: ImportedStory, pictureIds: Map<SourcePicture, string>, notes: ImportNotes): BodyJson {
  const content: JsonNode[] = []
  for (const block of imported.shape.body) {
    if (block.node.type !== 'figure') {
      content.push(block.node)
      continue
    }
    const id = block.picture ? pictureIds.get(block.picture) : undefined
    if (id) content.push({ ...block.node, attrs: { ...block.node.attrs, pictureId: id } })
  }
  const counts = new Map<string, number>()
  for (const node of content) counts.set(node.type, (counts.get(node.type) ?? 0) + 1)
  const words: Record<string, [string, string]> = { paragraph: ['paragraph', 'paragraphs'], heading: ['heading', 'headings'], bulletList: ['list', 'lists'], orderedList: ['numbered list', 'numbered lists'], blockquote: ['quote', 'quotes'], figure: ['picture', 'pictures'] }
  const summary = [...counts].map(([type, count]) => `${count} ${(words[type] ?? [type, type])[count === 1 ? 0 : 1]}`).join(', ')
  if (summary) notes.recognise('body', summary)
  else notes.look('body', 'The source has no story text: write the story.')
  return { type: 'doc', content: content.length > 0 ? (content as unknown as BodyJson['content']) : [{ type: 'paragraph' }] }
}

function lead(imported: ImportedStory, pictureIds: Map<SourcePicture, string>, notes: ImportNotes): LeadPicture | null {
  const found = imported.shape.lead
  if (!found) return null
  const id = found.picture ? pictureIds.get(found.picture) : undefined
  const caption = oneLine(found.caption).slice(0, 1000)
  const alt = oneLine(found.alt).slice(0, 1000)
  const credit = oneLine(found.credit).slice(0, 200)
  if (id) {
    notes.recognise('lead', caption || '(no caption)', 'a picture in the file, now in the library')
    if (!alt) notes.look('lead', 'The lead picture has no alt text: describe what it shows.')
    return { pictureId: id, caption, alt, credit }
  }
  // Listed under the report's pictures (which a person can add from the report), not as a look item too.
  notes.picture({ role: 'lead', caption, alt, credit, href: found.picture?.href ?? null })
  notes.recognise('lead', caption || '(no caption)', 'the caption of a picture that is not in the file')
  return null
}

function ednote(name: string, format: ImportFormat, notes: ImportNotes): string {
  const missing = notes.pictures.map((picture) => `${picture.role === 'lead' ? 'lead picture' : 'picture'}${picture.caption ? ` “${picture.caption}”` : ''}${picture.href ? ` (${picture.href})` : ''}`)
  const text = `Imported from “${name}” (${FORMAT_NAMES[format]}).${missing.length > 0 ? ` Pictures not in the file: ${missing.join('; ')}.` : ''}`
  return text.slice(0, 10_000)
}

/** One line: control characters and bidi overrides out (a headline may not carry them), spaces collapsed. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim()
}

function clip(text: string, max: number, field: 'headline' | 'standfirst' | 'section' | 'dateline', notes: ImportNotes): string {
  if (text.length <= max) return text
  notes.look(field, `The ${field} was longer than ${max} characters and was cut.`)
  return text.slice(0, max).trimEnd()
}
