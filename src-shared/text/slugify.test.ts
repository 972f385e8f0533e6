import { describe, expect, it } from 'vitest'
import { FALLBACK_SLUG, isValidSlug, SLUG_MAX_LENGTH, slugify, uniqueSlug } from './slugify'

describe('slugify', () => {
  it.each([
    ['PM’s “historic” visit: what’s next?', 'pms-historic-visit-whats-next'],
    ['کراچی میں شدید بارش', 'کراچی-میں-شدید-بارش'],
    ['Déjà vu at the Polo Ground', 'deja-vu-at-the-polo-ground'],
    ['Pakistan to welcome UK support in tackling cybercrimes: Minister', 'pakistan-to-welcome-uk-support-in-tackling-cybercrimes-minister'],
    ['وزیراعظم کا دورہ۔ اگلا قدم؟', 'وزیراعظم-کا-دورہ-اگلا-قدم'],
    ['«Привет», мир — 2024!', 'привет-мир-2024'],
    ['हिंदी समाचार', 'हिंदी-समाचार'],
    ['东京 奥运会', '东京-奥运会'],
    ['  Rain -- again ... ', 'rain-again'],
    ['e\u0301clair', 'eclair'], // decomposed input is normalised first
  ])('%s → %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug)
  })

  it.each(['🎉🔥', '?!…', '— “ ” —', ''])('gives a non-empty fallback for %j', (headline) => {
    expect(slugify(headline)).toBe(FALLBACK_SLUG)
  })

  it('keeps whole words within the length limit', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.split('-').every((w) => w === 'word')).toBe(true)
  })

  it('accepts its own output and nothing else as valid', () => {
    expect(isValidSlug('pms-historic-visit')).toBe(true)
    expect(isValidSlug('PMs historic')).toBe(false)
    expect(isValidSlug('')).toBe(false)
  })
})

describe('uniqueSlug', () => {
  it('adds the first free numeric suffix', () => {
    const taken = new Set(['budget', 'budget-2'])
    expect(uniqueSlug('budget', (s) => taken.has(s))).toBe('budget-3')
    expect(uniqueSlug('rain', (s) => taken.has(s))).toBe('rain')
  })
})
