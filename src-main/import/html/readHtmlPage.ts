import { Readability } from '@mozilla/readability'
import { ServiceError } from '../../app/serviceError'
import type { ImportedStory } from '../importedStory'
import type { ImportNotes } from '../importNotes'
import { detectLanguage } from '../shape/detectLanguage'
import { isProse, sameText } from '../shape/lineKinds'
import { parseByline } from '../shape/parseByline'
import { parsePublishedTime } from '../shape/parsePublishedTime'
import { readStoryShape } from '../shape/readStoryShape'
import type { ShapeOptions, StoryShape } from '../shape/storyShape'
import type { SourcePicture } from '../sourceBlock'
import { parseDocument, textOf, type DomElement } from './dom'
import { htmlToBlocks } from './htmlToBlocks'
import { readPageMeta, type PageMeta } from './pageMeta'
import { pictureFromSrc } from './pictureFromSrc'

/**
 * Reads a saved web page: its metadata first (JSON-LD, Open Graph, meta tags), then the article
 * as Mozilla's Readability finds it (over linkedom), turned into story blocks and read with the
 * same shape rules as a copied page. Metadata wins for the headline, publication time, byline,
 * section and tags; the page's text decides the rest. Pictures in `data:` URIs come with the
 * file; others stay references (Newsdesk never fetches from the network).
 * @throws ServiceError `invalid_input` when the page has no article (a home page, a list, a form).
 */
export function readHtmlPage(name: string, html: string, notes: ImportNotes, options: ShapeOptions): ImportedStory {
  const document = parseDocument(html)
  const meta = readPageMeta(document)
  let article: ReturnType<Readability['parse']> = null
  try {
    article = new Readability(document as never, { charThreshold: 200, keepClasses: true }).parse()
  } catch {
    article = null
  }
  const noArticle = () => new ServiceError('invalid_input', `No story was found in “${name}”: the page has no article text (is it a home page, a list of stories or a form?).`)
  if (!article?.content) throw noArticle()
  const content = parseDocument(`<!doctype html><html><body>${article.content}</body></html>`).body
  if (!content) throw noArticle()
  const blocks = htmlToBlocks(content as DomElement, { ...(meta.url ? { baseUrl: meta.url } : {}), picture: (image) => pictureOf(image, meta.url) })
  const shape = readStoryShape(blocks, notes, { ...options, headline: meta.headline || (article.title ?? '').trim() })
  if (!shape.body.some((block) => isProse(block.text))) throw noArticle()
  addMeta(shape, meta, article.byline ?? '')
  const declared = meta.language || article.lang || ''
  return {
    format: 'html',
    shape,
    language: declared || detectLanguage(textOf(content)),
    languageSource: declared ? 'the page’s language tag' : 'the script of the text',
    slug: '',
  }
}

/** Metadata fills what the text did not give; the page's own publication time comes first. */
function addMeta(shape: StoryShape, meta: PageMeta, readabilityByline: string): void {
  const published = meta.published ? parsePublishedTime(meta.published) : null
  if (published) shape.times.unshift({ time: { ...published, label: 'published' }, text: meta.published })
  if (shape.credits.every((credit) => credit.role !== 'author')) {
    const lines = meta.authors.length > 0 ? meta.authors : readabilityByline ? [readabilityByline] : []
    for (const line of lines) {
      const byline = parseByline(line, { bare: true }) ?? parseByline(`By ${line}`)
      for (const { name, desk } of byline?.names ?? []) shape.credits.push({ name, desk, role: 'author', source: line })
    }
  }
  shape.section ||= meta.section
  for (const tag of meta.tags) if (!shape.tags.some((known) => sameText(known, tag))) shape.tags.push(tag)
  const first = shape.body.find((block) => block.node.type === 'paragraph')?.text ?? ''
  // Many sites' description is their first paragraph, cut short: then it is not a standfirst.
  if (!shape.standfirst && meta.description && !sameText(first.slice(0, meta.description.replace(/…|\.\.\.$/, '').length), meta.description.replace(/…|\.\.\.$/, ''))) {
    shape.standfirst = meta.description
  }
  // The page's share picture (og:image) is its lead picture when the article showed none.
  if (!shape.lead?.picture && meta.image) {
    const picture = pictureFromSrc(meta.image.href, 'lead picture', meta.url)
    const lead = shape.lead ?? { picture: null, caption: meta.image.caption, credit: '', alt: meta.image.alt }
    if (picture) shape.lead = { ...lead, picture: { ...picture, caption: lead.caption, alt: lead.alt || meta.image.alt } }
  }
}

function pictureOf(image: DomElement, baseUrl: string): SourcePicture | null {
  const src = image.getAttribute('src') ?? image.getAttribute('data-src') ?? ''
  const picture = pictureFromSrc(src, image.getAttribute('alt') ?? '', baseUrl)
  return picture ? { ...picture, alt: (image.getAttribute('alt') ?? '').trim() } : null
}
