/** Two sentences of a story that say the same thing (nearly) twice. */
export interface RepeatedPair {
  first: string
  second: string
  /** Overlap coefficient of their word pairs, 0–1 (see `repeatedSentences`). */
  similarity: number
}

/** Sentences shorter than this (in words) are never compared: "He said so." repeats by nature. */
const MIN_WORDS = 6
/** Share of the shorter sentence's word pairs found in the longer one that makes a repeat. */
export const REPEAT_THRESHOLD = 0.5

interface Sentence {
  sentence: string
  /** Its distinct adjacent word pairs, lower case ("need to", "to adopt", …). */
  pairs: Set<string>
}

/**
 * Finds repeated or near-repeated sentences: each sentence (Intl.Segmenter) becomes its set of
 * adjacent word pairs (lower case); two sentences repeat when at least half of the shorter
 * one's pairs are in the longer one (overlap coefficient). On the seed story this finds
 * "made unprecedented sacrifices" / "made a history of sacrifices" (0.65) and the two
 * "need to adopt a common strategy" sentences (0.93); the next closest pair there is 0.39.
 *
 * Pairs come in text order (by the first sentence, then the second). Only sentences that
 * share a word pair can repeat, so each sentence is compared only with the earlier ones that
 * share one (an index from word pair to sentences): a 36,000-word story's ~2,000 sentences
 * took seconds as all ~2 million pairs, and take milliseconds this way.
 */
export function repeatedSentences(text: string, language = 'en'): RepeatedPair[] {
  const sentences = sentencesOf(text, language)
  const holders = new Map<string, number[]>()
  const found: { i: number; j: number; similarity: number }[] = []
  sentences.forEach((b, j) => {
    const shared = new Map<number, number>()
    for (const pair of b.pairs) {
      const earlier = holders.get(pair)
      if (!earlier) {
        holders.set(pair, [j])
        continue
      }
      for (const i of earlier) shared.set(i, (shared.get(i) ?? 0) + 1)
      earlier.push(j)
    }
    for (const [i, count] of shared) {
      const similarity = count / Math.min(sentences[i]!.pairs.size, b.pairs.size)
      if (similarity >= REPEAT_THRESHOLD) found.push({ i, j, similarity })
    }
  })
  found.sort((x, y) => x.i - y.i || x.j - y.j)
  return found.map(({ i, j, similarity }) => ({ first: sentences[i]!.sentence, second: sentences[j]!.sentence, similarity: Math.round(similarity * 100) / 100 }))
}

/** The sentences of `text` (blocks split at line breaks) with at least MIN_WORDS words, in order. */
function sentencesOf(text: string, language: string): Sentence[] {
  const sentenceSegmenter = new Intl.Segmenter(language, { granularity: 'sentence' })
  const wordSegmenter = new Intl.Segmenter(language, { granularity: 'word' })
  const sentences: Sentence[] = []
  for (const block of text.split(/\n+/)) {
    for (const part of sentenceSegmenter.segment(block)) {
      const sentence = part.segment.trim()
      if (!sentence) continue
      const words = [...wordSegmenter.segment(sentence.toLocaleLowerCase(language))].filter((w) => w.isWordLike).map((w) => w.segment)
      if (words.length < MIN_WORDS) continue
      sentences.push({ sentence, pairs: new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`)) })
    }
  }
  return sentences
}
