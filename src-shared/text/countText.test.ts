import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { countCharacters, countText, countWords } from './countText'
import { isPlain } from './plainCounts'
import { segmenterCharacters, segmenterWords } from './segmenterCounts'

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

// countText counts Latin text by a scan of its own and sends only the rest to Intl.Segmenter:
// these hold it to the segmenter's counts of the whole text (segmenterCounts.ts), the rules
// the desk has always counted by.
describe('countText gives the counts of Intl.Segmenter', () => {
  const reference = (text: string) => ({ words: segmenterWords(text), characters: segmenterCharacters(text) })

  it('for every plain character, alone and between letters, digits and joiners', () => {
    const contexts = ['#', 'a#b', '1#2', 'a#', '#a', '_#_', 'a#1', '1#a', '##', 'a##b', 'x #\u0301', '#\u0301', '\u05d0#\u05d1', 'e\u0301#']
    for (let code = 0; code < 0x2030; code++) {
      if (!isPlain(code)) continue
      for (const context of contexts) {
        const text = context.replaceAll('#', String.fromCharCode(code))
        expect(countText(text), JSON.stringify(text)).toEqual(reference(text))
      }
    }
  })

  it('for every string of three from characters of each kind', () => {
    const alphabet = ['a', 'Z', 'é', '7', '_', '.', ':', "'", '’', ',', ';', '-', ' ', '\n', '\r', '\u0301', '\u200d', '\u00ad', 'ب', '东', 'ไ', '🎉', '\u0600', '©']
    for (const a of alphabet) for (const b of alphabet) for (const c of alphabet) {
      const text = a + b + c
      expect(countText(text), JSON.stringify(text)).toEqual(reference(text))
    }
  })

  it('for random text in many scripts, with punctuation, numbers, emoji and line breaks', () => {
    const words = [
      'Karachi', 'don’t', "PM's", 'U.S.', 'e.g.', 'Rs1.5tr', '3,000.50', '10:30', 'state-of-the-art', 'naïve', 'Ærø', 'ǅemal', 'snake_case', '__',
      'کراچی', 'میں', 'بارش۔', '٢٠٢٤', '東京', 'オリンピック', 'ひらがな', '中文', 'ภาษาไทย', 'हिन्दी', 'עִברִית', 'Ελλάδα', 'Москва', '한국어',
      '👍🏽', '👨‍👩‍👧', '🇵🇰🇬🇧', '©\ufe0f', '1\ufe0f\u20e3', 'e\u0301', '\u0301', '\u200d', '\u00ad', 'a\u00adb', '\u0600', '²', '½',
      '“', '”', '—', '–', '…', '!!!', '(', ')', '?', '@', '#', '%', '&', '/', '·', '‧', '․',
    ]
    const spaces = [' ', ' ', ' ', '', '\n', '\n\n', '\r\n', '\t', '\u00a0', '  ']
    const piece = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...spaces)).map(([word, space]) => word + space)
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('')
        expect(countText(text)).toEqual(reference(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('for a long story of many scripts, past the segmenter’s piece size', () => {
    const paragraph = 'Heavy rain hit Karachi on Saturday 👍🏽, the PM’s office said: 3,000 homes… کراچی میں شدید بارش۔ 东京奥运会 e\u0301. '
    const long = `${paragraph.repeat(300)}\n\n${'Latin only, plain words. '.repeat(500)}`
    expect(countText(long)).toEqual(reference(long))
  })
})
