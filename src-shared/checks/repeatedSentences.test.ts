import { describe, expect, it } from 'vitest'
import { longStoryBody } from '../../bench/longStory'
import { loadSeedStory } from '../../e2e/fixtures/seedStory'
import { REPEAT_THRESHOLD, repeatedSentences, type RepeatedPair } from './repeatedSentences'

/** The rule as first written: every sentence against every later one. The indexed version must give exactly this. */
function everyPair(text: string, language = 'en'): RepeatedPair[] {
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
    .filter((s) => s.words.length >= 6)
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

type Node = { text?: string; content?: Node[] }
const textOf = (node: Node): string => node.text ?? (node.content ?? []).map(textOf).join('')

describe('repeatedSentences', () => {
  it('finds the seed story’s two repeats', () => {
    const text = loadSeedStory().paragraphs.join('\n\n')
    const pairs = repeatedSentences(text)
    expect(pairs.map((p) => p.similarity)).toEqual([0.65, 0.93])
    expect(pairs).toEqual(everyPair(text))
  })

  it('gives exactly what comparing every pair gives, in the same order, on long generated stories', () => {
    for (const seed of [1, 7, 42]) {
      const body = longStoryBody({ words: 3_000, figures: 0, pictureId: 'x', seed })
      const text = (body.content as Node[]).map(textOf).join('\n\n')
      expect(repeatedSentences(text)).toEqual(everyPair(text))
    }
  })

  it('agrees with every pair where near-repeats are many (a small vocabulary)', () => {
    let seed = 3
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const words = 'flood relief plan council said would reach families'.split(' ')
    const sentence = () => `${Array.from({ length: 6 + Math.floor(next() * 5) }, () => words[Math.floor(next() * words.length)]).join(' ')}.`
    const text = Array.from({ length: 40 }, () => Array.from({ length: 4 }, sentence).join(' ')).join('\n\n')
    const expected = everyPair(text)
    expect(expected.length).toBeGreaterThan(100)
    expect(repeatedSentences(text)).toEqual(expected)
  })

  it('keeps repeated identical sentences as every pair of them, and ignores short ones', () => {
    const said = 'The minister said the plan would help families.'
    const text = [said, 'He said so.', said, 'Nothing here is like the other lines at all.', said].join(' ')
    expect(repeatedSentences(text)).toEqual(everyPair(text))
    expect(repeatedSentences(text)).toHaveLength(3)
    expect(repeatedSentences('He said so. He said so.')).toEqual([])
  })
})
