import type { ImportNotes } from '../importNotes'
import { withoutLeadingText, type SourceBlock } from '../sourceBlock'
import { findHeadline } from './findHeadline'
import { parseDateline } from './parseDateline'
import { readBody } from './readBody'
import { readAboveHeadline, readUnderHeadline } from './readHeader'
import { emptyShape, type ShapeOptions, type StoryShape } from './storyShape'

/**
 * Recovers the structure of a news page from its blocks in reading order, the way the page is
 * laid out on news sites: menus and prompts, a section, the headline, a header (standfirst,
 * byline, time, the lead picture and its caption, share buttons), the story (its first paragraph
 * may open with a dateline), credit lines, then lists of other stories and the footer.
 * Everything left out is written to `notes` with its reason.
 */
export function readStoryShape(blocks: readonly SourceBlock[], notes: ImportNotes, options: ShapeOptions = {}): StoryShape {
  const shape = emptyShape()
  const { index, headline } = findHeadline(blocks, options.headline)
  shape.headline = headline
  const context = { headline, besideTime: false, isKnownPerson: options.isKnownPerson ?? (() => false) }
  readAboveHeadline(blocks, index, shape, notes, context)
  const start = readUnderHeadline(blocks, index + 1, shape, notes, context)
  readBody(blocks, start, shape, notes)
  takeDateline(shape)
  return shape
}

/** Moves a dateline at the start of the first paragraph into the shape and out of the text. */
function takeDateline(shape: StoryShape): void {
  const first = shape.body.findIndex((block: SourceBlock) => block.node.type === 'paragraph' && block.text)
  if (first < 0) return
  const block = shape.body[first]!
  const dateline = parseDateline(block.text)
  if (!dateline) return
  shape.dateline = { ...dateline, source: block.text.slice(0, dateline.length).trim() }
  shape.body[first] = withoutLeadingText(block, dateline.length)
}
