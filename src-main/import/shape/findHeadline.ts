import type { SourceBlock } from '../sourceBlock'
import { isProse, looksLikeHeadline, readCaptionLine, sameText } from './lineKinds'
import { parseByline } from './parseByline'
import { parsePublishedTime } from './parsePublishedTime'

/** How far down a page the headline is looked for, in blocks (menus and tickers come first). */
const SEARCH_DEPTH = 60
/** How soon after a headline the page must show a byline, time, picture or story text, in blocks. */
const FOLLOW_WINDOW = 3

/**
 * Where the headline is: the index of its block (-1 when it is not among the blocks, e.g. it came
 * from HTML metadata) and its text.
 *
 * With a known headline (metadata), its block is the one that says the same. Else a block the
 * source marked as the title (an h1, Word's Title style). Else the first line that looks like a
 * headline and is soon followed by what follows a headline on a news page (a byline, a time, a
 * caption, or story text): a list of other stories' headlines is followed only by more of them.
 * A line that appears twice near the top (the headline and the picture's alt text) wins.
 */
export function findHeadline(blocks: readonly SourceBlock[], known = ''): { index: number; headline: string } {
  const depth = Math.min(blocks.length, SEARCH_DEPTH)
  if (known) {
    const index = blocks.slice(0, depth).findIndex((block) => sameText(block.text, known))
    return { index, headline: known }
  }
  const titled = blocks.slice(0, depth).findIndex((block) => block.hint === 'headline' && block.text)
  if (titled >= 0) return { index: titled, headline: blocks[titled]!.text }

  const candidates: number[] = []
  for (let index = 0; index < depth; index++) {
    const block = blocks[index]!
    if (isProse(block.text) && candidates.length > 0) break
    if (block.node.type !== 'paragraph' && block.node.type !== 'heading') continue
    // A "Trending" list's items are followed only by more items, so they fail the second test.
    if (looksLikeHeadline(block.text) && followedLikeHeadline(blocks, index)) candidates.push(index)
  }
  const repeated = candidates.find((index) => blocks.slice(index + 1, index + 12).some((block) => sameText(block.text, blocks[index]!.text)))
  const index = repeated ?? candidates[0] ?? -1
  return { index, headline: index >= 0 ? blocks[index]!.text : '' }
}

function followedLikeHeadline(blocks: readonly SourceBlock[], index: number): boolean {
  const next = blocks.slice(index + 1, index + 1 + FOLLOW_WINDOW)
  if (next.length === 0) return false
  return next.some(
    (block) =>
      block.hint === 'figure' ||
      isProse(block.text) ||
      parseByline(block.text) !== null ||
      parsePublishedTime(block.text) !== null ||
      readCaptionLine(block.text, { trailing: true }) !== null ||
      /^by\s/i.test(block.text),
  )
}
