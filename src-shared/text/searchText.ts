// Folding and splitting for full-text search, shared by indexing and querying so both see
// the same tokens.

// Arabic-script marks that change pronunciation, not the word: harakat (fathatan … sukun),
// superscript alef, and the tatweel used for stretching. "نظامِ" and "نظام" are one word.
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g

// Han, Hiragana, Katakana: no spaces between words, so search indexes them one character at a time.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu

/** Text as the index stores it: NFKC, Arabic-script diacritics removed (Latin ones are removed by the tokenizer). */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').replace(ARABIC_MARKS, '')
}

/** The CJK characters of a text, each a token: `东京 奥运` → `东 京 奥 运`. */
export function cjkUnigrams(text: string): string {
  return (text.match(CJK_RUN) ?? []).flatMap((run) => [...run]).join(' ')
}

/** One term of a query: a run of CJK characters (matched as adjacent unigrams) or a word. */
export type SearchTerm = { kind: 'cjk'; chars: string[] } | { kind: 'word'; text: string }

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' })

/**
 * Splits what a person typed into terms, taken literally: punctuation of any kind separates
 * words and is never an operator (AND, OR, NOT, NEAR, quotes, `*`, `^`, `:` and brackets all
 * become plain text or nothing). An empty or punctuation-only input gives no terms.
 */
export function searchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  for (const { segment, isWordLike } of wordSegmenter.segment(foldForSearch(input))) {
    if (!isWordLike) continue
    for (const part of segment.split(/(\p{Script=Han}+|\p{Script=Hiragana}+|\p{Script=Katakana}+)/u)) {
      if (!part) continue
      if (CJK_CHAR.test(part)) terms.push({ kind: 'cjk', chars: [...part] })
      else if (/[\p{L}\p{N}]/u.test(part)) terms.push({ kind: 'word', text: part })
    }
  }
  return terms
}
