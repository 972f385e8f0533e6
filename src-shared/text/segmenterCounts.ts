// The desk's counting rules, applied by Intl.Segmenter to every character. This is the
// reference: countText.ts sends here only the stretches of text that need it (any script
// but Latin) and must give the same counts as sending everything here.

// Han, Hiragana, Katakana: written without spaces, so each character counts as a word
// (the convention of Chinese and Japanese newsrooms: count characters, 字数).
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const HAS_LETTER_OR_NUMBER = /[\p{L}\p{N}]/u

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' })
const graphemeSegmenter = new Intl.Segmenter('und', { granularity: 'grapheme' })

/**
 * Words by `Intl.Segmenter` (Unicode word boundaries, UAX #29, as ICU applies them): a segment
 * is a word when it is word-like and holds a letter or a number, so emoji and punctuation are
 * not words; in Chinese and Japanese every Han/kana character is a word.
 * Example: `کراچی میں شدید بارش` → 4.
 */
export function segmenterWords(text: string): number {
  let words = 0
  for (const chunk of chunks(text)) words += chunkWords(chunk)
  return words
}

function chunkWords(text: string): number {
  let words = 0
  for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
    if (!isWordLike || !HAS_LETTER_OR_NUMBER.test(segment)) continue
    if (!CJK.test(segment)) {
      words++
      continue
    }
    for (const char of segment) words += CJK.test(char) || HAS_LETTER_OR_NUMBER.test(char) ? 1 : 0
  }
  return words
}

/** Grapheme clusters by `Intl.Segmenter` (UAX #29: an emoji with modifiers is one character). */
export function segmenterCharacters(text: string): number {
  let characters = 0
  for (const chunk of chunks(text)) for (const _ of graphemeSegmenter.segment(chunk)) characters++
  return characters
}

/** Longest piece handed to Intl.Segmenter at once, in UTF-16 code units. */
const CHUNK = 2048

/**
 * Splits text into pieces of at most `CHUNK` code units, cutting after whitespace (no word
 * and no grapheme cluster spans whitespace, so counts are unchanged). V8's segment iterator
 * is quadratic in the length of the string it walks (Node 20: 80 KB took 0.8 s, 160 KB a
 * minute); short pieces keep counting linear. A piece without whitespace (CJK) is cut
 * where no combining mark, joiner or surrogate pair would be split.
 */
function* chunks(text: string): Generator<string> {
  let start = 0
  while (text.length - start > CHUNK) {
    let end = start + CHUNK
    const space = text.slice(start, end).search(/\s\S*$/u)
    if (space > 0) end = start + space + 1
    else while (end > start + 1 && /[\p{M}\u200d\udc00-\udfff\ufe0f]/u.test(text[end]!) ) end--
    yield text.slice(start, end)
    start = end
  }
  yield text.slice(start)
}
