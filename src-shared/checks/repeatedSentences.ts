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

/**
 * Finds repeated or near-repeated sentences: each sentence (Intl.Segmenter) becomes its set of
 * adjacent word pairs (lower case); two sentences repeat when at least half of the shorter
 * one's pairs are in the longer one (overlap coefficient). On the seed story this finds
 * "made unprecedented sacrifices" / "made a history of sacrifices" (0.65) and the two
 * "need to adopt a common strategy" sentences (0.93); the next closest pair there is 0.39.
 */
export function repeatedSentences(text: string, language = 'en'): RepeatedPair[] {
  const sentenceSegmenter = new Intl.Segmenter(language, { granularity: 'sentence' })
  const wordSegmenter = new Intl.Segmenter(language, { granularity: 'word' })
  const sentences = text
    .split(/\n+/)
    .flatMap((block) => [...sentenceSegmenter.segment(block)].map((part) => part.segment.trim()))
    .filter(Boolean)
    .map((sentence) => {
      const words = [...wordSegmenter.segment(sentence.toLocaleLowerCase(language))].filter((w) => w.isWordLike).map((w) => w.segment)
      return { sentence, words, pairs: new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`)) }
    })
    .filter((s) => s.words.length >= MIN_WORDS)

  const pairs: RepeatedPair[] = []
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const a = sentences[i]!
      const b = sentences[j]!
      let shared = 0
      for (const pair of a.pairs) if (b.pairs.has(pair)) shared++
      const similarity = shared / Math.min(a.pairs.size, b.pairs.size)
      if (similarity >= REPEAT_THRESHOLD) pairs.push({ first: a.sentence, second: b.sentence, similarity: Math.round(similarity * 100) / 100 })
    }
  }
  return pairs
}
