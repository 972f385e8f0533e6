import { z } from 'zod'
import { segmentsInPieces } from './segmentsInPieces'

/** A word the dictionary does not know, with how often it appears and the dictionary's suggestions (best first). */
export const Misspelling = z.object({
  word: z.string(),
  count: z.number().int().positive(),
  suggestions: z.array(z.string()).max(5),
})
export type Misspelling = z.infer<typeof Misspelling>

/** The spelling of one text: which dictionary read it (null: none for that language), and what it did not know. */
export const SpellingReport = z.object({
  dictionary: z.string().nullable(),
  misspellings: z.array(Misspelling),
})
export type SpellingReport = z.infer<typeof SpellingReport>

/** One entry of the newsroom dictionary: a word every story may use (names, places, house words). */
export const NewsroomWord = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine((word) => !/[\s\p{Cc}]/u.test(word), 'must be one word, without spaces')
export type NewsroomWord = z.infer<typeof NewsroomWord>

/**
 * The words of `text` a spellchecker should be asked about, each once with its count, in
 * order of first appearance. Skipped, as a desk's spellchecker skips them: anything with a
 * digit ("9:30", "G20"), parts of web addresses and e-mail, words in ALL CAPITALS (acronyms: "NCA"),
 * words with a capital inside ("WhatsApp"; "SAtuday" is the broken-capitals check's), and
 * capitalised words that do not open a sentence (names: "Mohsin Naqvi"; a reporter adds the
 * ones that recur to the newsroom dictionary). A capitalised word opening a sentence is checked.
 */
export function wordsToCheck(text: string, language: string): Map<string, number> {
  const counts = new Map<string, number>()
  let sentenceStart = true
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' })
  for (const { segment, isWordLike, index } of segmentsInPieces(segmenter, text)) {
    if (!isWordLike) {
      if (/[.!?؟۔\n]/u.test(segment)) sentenceStart = true
      continue
    }
    const opening = sentenceStart
    sentenceStart = false
    if (/[\d.@:_]/u.test(segment) || text.charAt(index - 1) === '/' || text.charAt(index + segment.length) === '/') continue
    if (segment.length > 1 && segment === segment.toLocaleUpperCase(language)) continue
    if (/.\p{Lu}/u.test(segment)) continue
    if (/^\p{Lu}/u.test(segment) && !opening) continue
    counts.set(segment, (counts.get(segment) ?? 0) + 1)
  }
  return counts
}
