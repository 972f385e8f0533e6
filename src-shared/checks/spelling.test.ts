import { expect, it } from 'vitest'
import { wordsToCheck } from './spelling'

it('reads a long story in pieces with the same words and counts (V8’s segmenter slows with string length)', () => {
  // 300 KB: whole, this took minutes; a word never spans the cut after whitespace.
  const text = 'Goverment officials met in Karachi. The goverment said talks would resume. '.repeat(4_000)
  const counts = wordsToCheck(text, 'en')
  expect(counts.get('Goverment')).toBe(4_000)
  expect(counts.get('goverment')).toBe(4_000)
  expect(counts.get('officials')).toBe(4_000)
  expect(counts.has('Karachi')).toBe(false) // a name mid-sentence is not asked about
})
