/** Longest piece of text handed to Intl.Segmenter at once, in UTF-16 code units. */
const PIECE = 2048

/**
 * The segments of `text`, with `index` into the whole text (UTF-16 units), found a piece at a
 * time: V8's segment iterator slows with the length of the string it walks (on a
 * 36,000-word story the spell check took minutes and the copy checks' doubled-word scan 26 s;
 * see segmenterCounts.ts), and pieces cut after whitespace, which no word spans, give the same
 * words. A piece without whitespace is cut at its length.
 */
export function* segmentsInPieces(segmenter: Intl.Segmenter, text: string): Generator<{ segment: string; isWordLike?: boolean | undefined; index: number }> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + PIECE)
    const space = end < text.length ? text.slice(start, end).search(/\s\S*$/u) : -1
    if (space > 0) end = start + space + 1
    for (const { segment, isWordLike, index } of segmenter.segment(text.slice(start, end))) yield { segment, isWordLike, index: start + index }
    start = end
  }
}
