import type { ImportNotes } from '../importNotes'
import type { SourceBlock } from '../sourceBlock'
import { isListHeading } from './clutter'
import { isProse, looksLikeNavigation, looksLikeSection, wordCount } from './lineKinds'
import { readMetaLine, type MetaContext, type MetaFact } from './metaLine'
import { isDeskCredit } from './parseByline'
import { parseDateline } from './parseDateline'
import type { StoryShape } from './storyShape'

/** How many blocks after the headline can still be its header (standfirst, byline, time, picture, share bar). */
const HEADER_WINDOW = 12
/** A standfirst longer than this, in words, is story text. */
const STANDFIRST_MAX_WORDS = 80

/**
 * Reads what sits above the headline: the section (the short line just above it, as sites print
 * a kicker) and any byline or time; menus, logos and prompts are dropped.
 */
export function readAboveHeadline(blocks: readonly SourceBlock[], headlineIndex: number, shape: StoryShape, notes: ImportNotes, context: MetaContext): void {
  const above = blocks.slice(0, Math.max(headlineIndex, 0))
  let sectionIndex = -1
  for (let index = above.length - 1; index >= Math.max(0, above.length - 3) && sectionIndex < 0; index--) {
    const facts = readMetaLine(above[index]!.text, context)
    if (facts[0]?.kind === 'text' && looksLikeSection(above[index]!.text) && !looksLikeNavigation(above[index]!.text)) sectionIndex = index
    else if (facts[0]?.kind !== 'byline' && facts[0]?.kind !== 'time') break
  }
  above.forEach((block, index) => {
    if (index === sectionIndex) return void (shape.section = block.text)
    const facts = readMetaLine(block.text, context)
    if (facts.some((fact) => fact.kind === 'byline' || (fact.kind === 'time' && fact.time.hasTime))) return void facts.forEach((fact) => takeFact(fact, block, shape, notes))
    const clutter = facts.find((fact): fact is Extract<MetaFact, { kind: 'clutter' }> => fact.kind === 'clutter')
    notes.drop(block.text, clutter ? clutter.reason : facts[0]?.kind === 'time' ? 'today’s date in the site header' : 'site header and menus')
  })
}

/**
 * Reads the header under the headline and returns where the story text starts. The header runs
 * to its last byline, time, caption, picture, share bar or repeated headline within a few blocks,
 * stopping at prose after a byline or time, or at the second paragraph of prose (a standfirst may
 * be prose; two in a row are the story).
 * Its first plain line is the standfirst; a line just before a caption is the picture's alt text.
 */
export function readUnderHeadline(blocks: readonly SourceBlock[], start: number, shape: StoryShape, notes: ImportNotes, context: MetaContext): number {
  const window: { block: SourceBlock; facts: MetaFact[] }[] = []
  let prose = 0
  let bylineOrTime = false
  for (let index = start; index < blocks.length && window.length < HEADER_WINDOW; index++) {
    const block = blocks[index]!
    if (isListHeading(block.text)) break
    // Prose after the byline or the time is the story itself; before them, one paragraph may be the standfirst.
    if (isProse(block.text) && (bylineOrTime || ++prose >= 2)) break
    const besideTime = [blocks[index - 1], blocks[index + 1]].some((near) => near && readMetaLine(near.text, { ...context, besideTime: false }).some((fact) => fact.kind === 'time'))
    const facts = block.hint === 'figure' ? [] : readMetaLine(block.text, { ...context, besideTime })
    bylineOrTime ||= facts.some((fact) => fact.kind === 'byline' || fact.kind === 'time')
    window.push({ block, facts })
  }
  const isMeta = ({ block, facts }: (typeof window)[number]) => block.hint === 'figure' || facts.some((fact) => fact.kind !== 'text')
  // Labels before the first prose (a vignette, an agency's name) belong to the header too.
  const firstProse = window.findIndex(({ block }) => isProse(block.text))
  const labels = window.slice(0, firstProse < 0 ? 0 : firstProse).findLastIndex(({ block }) => isLabel(block))
  const header = window.slice(0, Math.max(window.findLastIndex(isMeta), labels) + 1)

  header.forEach(({ block, facts }, index) => {
    if (block.hint === 'figure') return takeFigure(block, shape)
    if (isMeta(header[index]!)) return facts.forEach((fact) => takeFact(fact, block, shape, notes))
    const next = header[index + 1]
    const beforeCaption = next && !isProse(block.text) && (next.block.hint === 'figure' || next.facts.some((fact) => fact.kind === 'caption'))
    if (beforeCaption) {
      shape.lead ??= { picture: null, caption: '', credit: '', alt: '' }
      shape.lead.alt = block.text
      return
    }
    if (!shape.standfirst && !isLabel(block) && (block.hint === 'standfirst' || isStandfirst(block))) return void (shape.standfirst = block.text)
    notes.drop(block.text, isLabel(block) ? 'a label near the headline' : 'text between the headline and the story (picture text or page furniture)')
  })
  return start + header.length
}

/** A short line that is not a sentence: three words at most, no full stop. */
function isLabel(block: SourceBlock): boolean {
  return block.node.type === 'paragraph' && wordCount(block.text) <= 3 && !/[.!?۔]$/u.test(block.text)
}

function isStandfirst(block: SourceBlock): boolean {
  return block.node.type === 'paragraph' && wordCount(block.text) <= STANDFIRST_MAX_WORDS && !parseDateline(block.text)
}

function takeFigure(block: SourceBlock, shape: StoryShape): void {
  if (shape.lead?.picture || !block.picture) return
  const lead = shape.lead ?? { picture: null, caption: '', credit: '', alt: '' }
  shape.lead = { picture: block.picture, caption: block.picture.caption || lead.caption, credit: block.picture.credit || lead.credit, alt: block.picture.alt || lead.alt }
}

/** Files one fact of a header line into the shape; clutter is dropped with its reason. */
export function takeFact(fact: MetaFact, block: SourceBlock, shape: StoryShape, notes: ImportNotes): void {
  switch (fact.kind) {
    case 'clutter':
      return notes.drop(fact.text, fact.reason)
    case 'repeat':
      return notes.drop(block.text, 'the headline again (the picture’s alt text or the page title)')
    case 'time':
      return void shape.times.push({ time: fact.time, text: fact.text })
    case 'byline':
      if (fact.byline.place) shape.bylinePlace ||= fact.byline.place
      for (const { name, desk } of fact.byline.names) shape.credits.push({ name, desk, role: 'author', source: block.text })
      return
    case 'credit':
      for (const part of fact.parts) {
        if (part.role === 'editing') notes.drop(`${part.names.join(', ')}`, 'an editing credit (stories credit writers, reporters and photographers)')
        else for (const name of part.names) shape.credits.push({ name, desk: isDeskCredit(name), role: part.role, source: block.text })
      }
      return
    case 'caption': {
      shape.lead ??= { picture: null, caption: '', credit: '', alt: '' }
      shape.lead.caption ||= fact.caption.caption
      shape.lead.credit ||= fact.caption.credit
      return
    }
    case 'tags':
      return void shape.tags.push(...fact.tags)
    case 'text':
      return
  }
}
