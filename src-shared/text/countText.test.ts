import { describe, expect, it } from 'vitest'
import { countCharacters, countWords } from './countText'

describe('countWords', () => {
  it.each([
    ['Heavy rain hit Karachi', 4],
    ['Heavy rain\n\nhit Karachi', 4],
    ['Heavy rain\nhit Karachi', 4],
    ['کراچی میں شدید بارش', 4],
    ['کراچی میں شدید بارش۔', 4],
    ['PM’s “historic” visit — what’s next?', 5],
    ['🎉 🔥 👍🏽', 0],
    ['Rain 🎉 falls!!! …', 2],
    ['东京奥运会', 5],
    ['東京オリンピック', 8],
    ['東京 2020', 3],
    ['2024 budget: Rs1.5tr', 3],
    ['', 0],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words)
  })
})

describe('countCharacters', () => {
  it.each([
    ['Rain', 4],
    ['👍🏽', 1],
    ['👨‍👩‍👧', 1],
    ['بارش', 4],
    ['e\u0301', 1],
  ])('%j has %i characters', (text, characters) => {
    expect(countCharacters(text)).toBe(characters)
  })
})

describe('counting long texts', () => {
  it('gives the same counts in pieces as a short text does, including across the piece size', () => {
    const paragraph = 'Heavy rain hit Karachi on Saturday 👍🏽, کراچی میں شدید بارش, 东京奥运会. '
    const long = paragraph.repeat(400) // ~30,000 code units: many pieces
    expect(countWords(long)).toBe(countWords(paragraph) * 400)
    expect(countCharacters(long)).toBe(countCharacters(paragraph) * 400)
    const cjk = '东京奥运会'.repeat(1000) // no whitespace at all
    expect(countWords(cjk)).toBe(5000)
    expect(countCharacters('👍🏽'.repeat(3000))).toBe(3000)
  })
})
