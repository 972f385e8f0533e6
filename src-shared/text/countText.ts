import { isPlain, isPlainSpace, plainCharacters, plainWords } from './plainCounts'
import { segmenterCharacters, segmenterWords } from './segmenterCounts'

/** Words and characters of a text, as the desk counts them. */
export interface TextCounts {
  /** Words: see `countWords`. */
  words: number
  /** User-perceived characters (grapheme clusters), spaces and punctuation included. */
  characters: number
}

/**
 * Counts words by Unicode word boundaries (UAX #29, as `Intl.Segmenter` finds them): a
 * segment is a word when it holds a letter or a number, so emoji and punctuation are not
 * words; in Chinese and Japanese every Han/kana character is a word. Line and paragraph
 * breaks always separate words. Example: `کراچی میں شدید بارش` → 4. See `countText`.
 */
export function countWords(text: string): number {
  return countText(text).words
}

/** Grapheme clusters in `text` (an emoji with modifiers is one character). See `countText`. */
export function countCharacters(text: string): number {
  return countText(text).characters
}

/**
 * Both counts of `text`, exactly as `Intl.Segmenter` gives them (segmenterCounts.ts), but
 * fast: the segmenter costs 1–3 µs a character, 59% of an autosave and 63% of an export in
 * the profiles of issue 8. Latin text is counted by a scan (plainCounts.ts); only the
 * whitespace-delimited stretches holding any other character go to the segmenter.
 */
export function countText(text: string): TextCounts {
  const counts = { words: 0, characters: 0 }
  let from = 0
  while (from < text.length) {
    const slow = nextSlowStretch(text, from)
    if (!slow) {
      addPlain(counts, text, from, text.length)
      break
    }
    addPlain(counts, text, from, slow.start)
    const stretch = text.slice(slow.start, slow.end)
    counts.words += segmenterWords(stretch)
    counts.characters += segmenterCharacters(stretch)
    from = slow.end
  }
  return counts
}

function addPlain(counts: TextCounts, text: string, start: number, end: number): void {
  if (start >= end) return
  counts.words += plainWords(text, start, end)
  counts.characters += plainCharacters(text, start, end)
}

/**
 * The next stretch from `from` on that must go to the segmenter, or null when the rest is
 * plain. It reaches back to the whitespace before the first non-plain character (a combining
 * mark belongs to the letter before it) and on past the next whitespace that a plain
 * character follows (a mark after a space belongs to the space; CR LF stays together), so both
 * ends are word and grapheme boundaries and the counts on each side add up. Stretches that
 * touch are one, so a paragraph of Urdu is one call, not one per word.
 */
function nextSlowStretch(text: string, from: number): { start: number; end: number } | null {
  let first = from
  while (first < text.length && isPlain(text.charCodeAt(first))) first++
  if (first === text.length) return null
  let start = first
  while (start > from && !isPlainSpace(text.charCodeAt(start - 1))) start--
  if (start > from) start--
  if (start > from && text.charCodeAt(start) === 0x0a && text.charCodeAt(start - 1) === 0x0d) start--
  let end = first
  for (;;) {
    while (end < text.length && !isPlainSpace(text.charCodeAt(end))) end++
    if (end === text.length) break
    end++
    if (end < text.length && text.charCodeAt(end) === 0x0a && text.charCodeAt(end - 1) === 0x0d) end++
    if (end === text.length || isPlain(text.charCodeAt(end))) break
  }
  return { start, end }
}
