import { isAllowedLink } from '../../../src-shared/editor/bodyExtensions'
import { readCaptionLine } from '../shape/lineKinds'
import type { BlockHint, JsonNode, SourceBlock, SourcePicture } from '../sourceBlock'
import { ELEMENT_NODE, TEXT_NODE, all, textOf, type DomElement, type DomNode } from './dom'

/** How the converter reaches outside the markup: the page's address (for relative links) and its pictures. */
export interface BlockOptions {
  /** The page's own address, to make relative links absolute; without it they lose their link. */
  baseUrl?: string
  /** The picture an `<img>` shows: bytes when the source carried them, else a reference, or null to leave it out. */
  picture: (image: DomElement) => SourcePicture | null
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'HR', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK'])
const HEADINGS: Record<string, number> = { H1: 2, H2: 2, H3: 3, H4: 4, H5: 4, H6: 4 }
const MARKS: Record<string, string> = { STRONG: 'bold', B: 'bold', EM: 'italic', I: 'italic' }
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'FIGURE', 'TABLE', 'PRE', 'DL', 'DT', 'DD', 'ADDRESS', 'CENTER', ...Object.keys(HEADINGS)])

type Mark = NonNullable<JsonNode['marks']>[number]

/**
 * Converts HTML (a Readability article, mammoth's Word output, a ninjs body) into story-body
 * blocks: paragraphs, headings (h1–h2 → level 2, h3 → 3, h4–h6 → 4), bullet and numbered lists,
 * block quotes, bold, italic, links (http, https, mailto, tel only), line breaks, and figures.
 * Everything else keeps its text and loses its markup; tables become one paragraph per row.
 * Whitespace collapses as a browser collapses it. Word's Title, Subtitle and Caption styles
 * (mammoth classes `title`, `subtitle`, `caption`) and `<h1>` become hints for the shape reader.
 */
export function htmlToBlocks(root: DomElement, options: BlockOptions): SourceBlock[] {
  const blocks: SourceBlock[] = []
  walkBlocks(root, blocks, options)
  return blocks
}

function walkBlocks(parent: DomElement, blocks: SourceBlock[], options: BlockOptions): void {
  let run: DomNode[] = []
  const flush = () => {
    if (run.length > 0) pushParagraph(run, blocks, options)
    run = []
  }
  for (const child of Array.from(parent.childNodes)) {
    const element = child.nodeType === ELEMENT_NODE ? (child as DomElement) : null
    if (!element) {
      if (child.nodeType === TEXT_NODE) run.push(child)
      continue
    }
    if (SKIP.has(element.tagName)) continue
    if (!BLOCKS.has(element.tagName) && element.tagName !== 'IMG') {
      run.push(element)
      continue
    }
    flush()
    blockOf(element, blocks, options)
  }
  flush()
}

function blockOf(element: DomElement, blocks: SourceBlock[], options: BlockOptions): void {
  const tag = element.tagName
  const level = HEADINGS[tag]
  if (level) {
    const content = inlineOf([element], options)
    const hint: BlockHint = tag === 'H1' || hasClass(element, 'title') ? 'headline' : 'heading'
    if (content.length > 0) blocks.push(withText({ type: 'heading', attrs: { level }, content }, hint))
    return
  }
  if (tag === 'UL' || tag === 'OL') return void pushList(element, blocks, options)
  if (tag === 'BLOCKQUOTE') {
    const inner: SourceBlock[] = []
    walkBlocks(element, inner, options)
    const content = inner.filter((block) => block.node.type === 'paragraph').map((block) => block.node)
    if (content.length > 0) blocks.push({ text: inner.map((block) => block.text).join(' '), node: { type: 'blockquote', content }, hint: 'quote' })
    return
  }
  if (tag === 'FIGURE' || tag === 'IMG') return void pushFigure(element, blocks, options)
  if (tag === 'TABLE') {
    for (const row of all(element, 'tr')) {
      const cells = all(row, 'th,td').map(textOf).filter(Boolean)
      if (cells.length > 0) blocks.push(withText({ type: 'paragraph', content: [{ type: 'text', text: cells.join(' | ') }] }))
    }
    return
  }
  if (tag === 'P' && hasClass(element, 'subtitle')) return void pushParagraph([element], blocks, options, 'standfirst')
  if (tag === 'P' && hasClass(element, 'caption')) return void pushParagraph([element], blocks, options, 'caption')
  walkBlocks(element, blocks, options)
}

function pushParagraph(nodes: DomNode[], blocks: SourceBlock[], options: BlockOptions, hint?: BlockHint): void {
  // Pictures inside a paragraph (Word puts them there) become figures of their own, in place.
  let run: DomNode[] = []
  const flush = () => {
    const content = inlineOf(run, options)
    if (content.length > 0) blocks.push(withText({ type: 'paragraph', content }, hint))
    run = []
  }
  for (const node of nodes) {
    const images = node.nodeType === ELEMENT_NODE ? [...((node as DomElement).tagName === 'IMG' ? [node as DomElement] : []), ...all(node as DomElement, 'img')] : []
    if (images.length === 0) {
      run.push(node)
      continue
    }
    run.push(node)
    flush()
    for (const image of images) pushFigure(image, blocks, options)
  }
  flush()
}

function pushList(list: DomElement, blocks: SourceBlock[], options: BlockOptions): void {
  const node = listNode(list, options)
  if (node) blocks.push({ text: textOf(list), node, hint: 'list' })
}

function listNode(list: DomElement, options: BlockOptions): JsonNode | null {
  const items: JsonNode[] = []
  for (const item of Array.from(list.children).filter((child) => child.tagName === 'LI')) {
    const inline = Array.from(item.childNodes).filter((child) => !(child.nodeType === ELEMENT_NODE && ['UL', 'OL'].includes((child as DomElement).tagName)))
    const content = inlineOf(inline, options)
    const nested = Array.from(item.children).filter((child) => child.tagName === 'UL' || child.tagName === 'OL').map((child) => listNode(child, options)).filter((child): child is JsonNode => child !== null)
    if (content.length === 0 && nested.length === 0) continue
    items.push({ type: 'listItem', content: [{ type: 'paragraph', content }, ...nested] })
  }
  if (items.length === 0) return null
  return list.tagName === 'OL' ? { type: 'orderedList', attrs: { start: Number(list.getAttribute('start') ?? 1) || 1 }, content: items } : { type: 'bulletList', content: items }
}

function pushFigure(element: DomElement, blocks: SourceBlock[], options: BlockOptions): void {
  const image = element.tagName === 'IMG' ? element : element.querySelector('img')
  if (!image) return
  const picture = options.picture(image)
  if (!picture) return
  const captionElement = element.tagName === 'FIGURE' ? element.querySelector('figcaption') : null
  const creditElement = element.querySelector('.credit, .byline, .copyright, [class*="credit"], small')
  // "Photo: Capital Post" in a credit element is the credit "Capital Post".
  let credit = textOf(creditElement)
  credit = (credit && readCaptionLine(credit)?.credit) || credit
  creditElement?.remove()
  let caption = textOf(captionElement)
  const trailing = credit ? null : readCaptionLine(caption, { trailing: true })
  if (trailing?.credit) [caption, credit] = [trailing.caption, trailing.credit]
  const described: SourcePicture = { ...picture, caption: caption || picture.caption, credit: credit || picture.credit }
  blocks.push({
    text: '',
    node: { type: 'figure', attrs: { pictureId: null, alt: described.alt, credit: described.credit }, content: described.caption ? [{ type: 'text', text: described.caption }] : [] },
    hint: 'figure',
    picture: described,
  })
}

/** Inline content of some nodes: text with bold, italic and link marks, and hard breaks; whitespace collapsed. */
function inlineOf(nodes: DomNode[], options: BlockOptions): JsonNode[] {
  const out: JsonNode[] = []
  const visit = (node: DomNode, marks: Mark[]) => {
    if (node.nodeType === TEXT_NODE) return addText(out, (node.textContent ?? '').replace(/\s+/g, ' '), marks)
    if (node.nodeType !== ELEMENT_NODE) return
    const element = node as DomElement
    if (SKIP.has(element.tagName) || element.tagName === 'IMG') return
    if (element.tagName === 'BR') return void out.push({ type: 'hardBreak' })
    let inner = marks
    const mark = MARKS[element.tagName]
    if (mark && !inner.some((m) => m.type === mark)) inner = [...inner, { type: mark }]
    const href = element.tagName === 'A' ? linkOf(element.getAttribute('href'), options.baseUrl) : null
    if (href) inner = [...inner.filter((m) => m.type !== 'link'), { type: 'link', attrs: { href } }]
    for (const child of Array.from(element.childNodes)) visit(child, inner)
  }
  for (const node of nodes) visit(node, [])
  return trimInline(out)
}

function addText(out: JsonNode[], text: string, marks: Mark[]): void {
  if (!text) return
  const previous = out.at(-1)
  const endsInSpace = !previous || previous.type === 'hardBreak' || previous.text?.endsWith(' ')
  const clean = endsInSpace ? text.replace(/^ /, '') : text
  if (!clean) return
  if (previous?.type === 'text' && JSON.stringify(previous.marks ?? []) === JSON.stringify(marks)) previous.text += clean
  else out.push({ type: 'text', text: clean, ...(marks.length > 0 ? { marks } : {}) })
}

function trimInline(nodes: JsonNode[]): JsonNode[] {
  while (nodes.at(-1)?.type === 'hardBreak') nodes.pop()
  while (nodes[0]?.type === 'hardBreak') nodes.shift()
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type !== 'text') continue
    // No spaces next to a line break or at the ends: a browser does not show them either.
    if (index === 0 || nodes[index - 1]?.type === 'hardBreak') node.text = node.text!.replace(/^ +/, '')
    if (index === nodes.length - 1 || nodes[index + 1]?.type === 'hardBreak') node.text = node.text!.replace(/ +$/, '')
  }
  const kept = nodes.filter((node) => node.type !== 'text' || node.text)
  return kept.some((node) => node.type === 'text') ? kept : []
}

function linkOf(href: string | null, baseUrl: string | undefined): string | null {
  if (!href || href.startsWith('#')) return null
  let absolute: string
  try {
    absolute = new URL(href, baseUrl).href
  } catch {
    return null
  }
  return /^(?:https?|mailto|tel):/i.test(absolute) && isAllowedLink(absolute) ? absolute : null
}

function hasClass(element: DomElement, name: string): boolean {
  return (element.getAttribute('class') ?? '').split(/\s+/).includes(name)
}

/** A block whose `text` is its inline content as plain text (a hard break reads as a space). */
function withText(node: JsonNode, hint?: BlockHint): SourceBlock {
  const text = (node.content ?? []).map((child) => (child.type === 'text' ? child.text : ' ')).join('')
  return { text, node, ...(hint ? { hint } : {}) }
}
