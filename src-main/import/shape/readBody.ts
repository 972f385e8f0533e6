import type { ImportNotes } from '../importNotes'
import type { SourceBlock } from '../sourceBlock'
import { clutterReason, isListHeading } from './clutter'
import { isProse, readCaptionLine, readCreditLine, readTagsLine, sameText, wordCount } from './lineKinds'
import { parseByline } from './parseByline'
import { parsePublishedTime } from './parsePublishedTime'
import { takeFact } from './readHeader'
import type { StoryShape } from './storyShape'

/** A short trailing line under this many words, not a sentence, is page furniture after the story. */
const FURNITURE_WORDS = 10

/**
 * Reads the story text from `start`: clutter inside it is dropped; a credit line ("Reporter: …"),
 * a tags line or the heading of a list of other stories ("Most Read") ends it, and everything
 * after that is dropped except further credit and tags lines (and a topics list, whose short
 * lines are tags). Short lines that are not sentences at the very end are dropped too.
 */
export function readBody(blocks: readonly SourceBlock[], start: number, shape: StoryShape, notes: ImportNotes): void {
  let after = ''
  let topics = false
  for (const block of blocks.slice(start)) {
    const { text } = block
    if (!text && block.hint !== 'figure') continue
    if (isListHeading(text)) {
      after = `after the story: the “${text.replace(/:$/, '')}” list`
      topics = /topic|tag|موضوع/iu.test(text)
      notes.drop(text, topics ? 'the topics heading (its lines became tags)' : 'heading of a list of other stories')
      continue
    }
    if (after) {
      const credit = block.node.type === 'paragraph' ? readCreditLine(text) : null
      const tags = readTagsLine(text)
      if (credit) takeFact({ kind: 'credit', parts: credit }, block, shape, notes)
      else if (tags) shape.tags.push(...tags)
      else if (topics && wordCount(text) <= 4 && !clutterReason(text)) shape.tags.push(text)
      else notes.drop(text, repeatsByline(text, shape) ? 'the byline again (an author box)' : after)
      continue
    }
    if (block.hint === 'figure') {
      takeBodyFigure(block, shape, notes)
      continue
    }
    const credit = block.node.type === 'paragraph' ? readCreditLine(text) : null
    if (credit) {
      takeFact({ kind: 'credit', parts: credit }, block, shape, notes)
      after = 'after the story’s credit line'
      continue
    }
    const tags = readTagsLine(text)
    if (tags) {
      shape.tags.push(...tags)
      after = 'after the story’s tags'
      continue
    }
    const reason = clutterReason(text) ?? (parsePublishedTime(text) ? 'a time line inside the story' : null)
    if (reason) {
      notes.drop(text, reason)
      continue
    }
    const caption = block.node.type === 'paragraph' ? readCaptionLine(text) : null
    if (caption) {
      notes.drop(text, 'the caption of a picture that is not in the file')
      notes.picture({ role: 'body', caption: caption.caption, credit: caption.credit, alt: '', href: null })
      continue
    }
    shape.body.push(block)
  }
  trimFurniture(shape, notes)
}

function takeBodyFigure(block: SourceBlock, shape: StoryShape, notes: ImportNotes): void {
  const picture = block.picture
  if (!picture) return
  if (picture.bytes) return void shape.body.push(block)
  notes.picture({ role: 'body', caption: picture.caption, credit: picture.credit, alt: picture.alt, href: picture.href })
}

function repeatsByline(text: string, shape: StoryShape): boolean {
  const byline = parseByline(text, { bare: true })
  return byline !== null && byline.names.every((name) => shape.credits.some((credit) => sameText(credit.name, name.name)))
}

/** Drops the short non-sentence paragraphs that end a copied page after the story (an author's name, a button). */
function trimFurniture(shape: StoryShape, notes: ImportNotes): void {
  const dropped: string[] = []
  for (let last = shape.body.at(-1); last && last.node.type === 'paragraph' && !isProse(last.text) && wordCount(last.text) < FURNITURE_WORDS; last = shape.body.at(-1)) {
    if (!shape.body.slice(0, -1).some((block) => isProse(block.text))) break
    dropped.unshift(last.text)
    shape.body.pop()
  }
  for (const text of dropped) notes.drop(text, repeatsByline(text, shape) ? 'the byline again (an author box)' : 'after the story (not story text)')
}
