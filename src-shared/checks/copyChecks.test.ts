import { describe, expect, it } from 'vitest'
import { loadSeedStory } from '../../e2e/fixtures/seedStory'
import type { StoryFields } from '../domain/storyDraft'
import { countWords } from '../text/countText'
import { runCopyChecks, textChecks } from './copyChecks'

const seed = loadSeedStory()
const fields: StoryFields = {
  headline: seed.headline,
  standfirst: seed.standfirst,
  slug: 'pakistan-to-welcome-uk-support-in-tackling-cybercrimes-minister',
  slugLocked: false,
  section: 'News',
  tags: [],
  language: 'en',
  datelinePlace: '',
  datelineAt: null,
  datelineZone: null,
  deadlineAt: null,
  wordTarget: null,
  ednote: '',
  body: { type: 'doc', content: seed.paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
  credits: [
    { personId: null, name: 'News Desk', role: 'author' },
    { personId: null, name: 'Awais Kiyani', role: 'reporter' },
  ],
  assigneeId: null,
  lead: { pictureId: '0190c3e2-7b1a-7cc3-9d2e-123456789abc', caption: 'File photo', alt: 'Mohsin Naqvi', credit: '' },
}
const text = seed.paragraphs.join('\n\n')

describe('copy-desk checks on the seed story', () => {
  it('find the two repeated pairs, SAtuday and the doubled space, and nothing else', () => {
    const findings = runCopyChecks({ fields, text, words: countWords(text) })
    expect(findings.map((f) => f.check)).toEqual(['repeated_sentence', 'repeated_sentence', 'broken_capitals', 'doubled_space'])
    expect(findings[0]!.message).toContain('made unprecedented sacrifices')
    expect(findings[0]!.message).toContain('made a history of sacrifices')
    expect(findings[1]!.message).toContain('need to adopt a common strategy to deal with the menace')
    expect(findings[1]!.message).toContain('need to adopt a common strategy to deal with the challenge of terrorism')
    expect(findings[2]).toMatchObject({ excerpt: 'SAtuday', blocking: false })
    expect(findings[3]!.message).toContain('in this regard.')
    expect(findings.some((f) => f.blocking)).toBe(false)
  })

  it('blocks on a missing byline, missing alt text and an invalid slug', () => {
    const broken: StoryFields = {
      ...fields,
      credits: [{ personId: null, name: 'Awais Kiyani', role: 'reporter' }],
      lead: { ...fields.lead!, alt: '' },
      slug: 'Not A Slug!',
      body: { type: 'doc', content: [{ type: 'figure', attrs: { pictureId: fields.lead!.pictureId, alt: '', credit: '' } }] },
    }
    const blocking = runCopyChecks({ fields: broken, text: '', words: 0 }).filter((f) => f.blocking)
    expect(blocking.map((f) => f.check)).toEqual(['byline_missing', 'alt_missing', 'alt_missing', 'slug_invalid'])
  })

  it('flags a long headline, a missing standfirst, doubled words and a word count far from the target', () => {
    const findings = runCopyChecks({ fields: { ...fields, headline: 'x'.repeat(71), standfirst: '', wordTarget: 800, lead: null }, text: 'The the minister spoke.', words: 4 })
    expect(findings.map((f) => f.check)).toEqual(['headline_length', 'standfirst_missing', 'word_count', 'doubled_word'])
  })

  it('finds a doubled word and broken capitals wherever they fall in a long text (it is read in pieces of about 2,048 characters)', () => {
    const filler = 'The council met on Monday to talk about the plan. '.repeat(200) // 51 characters a sentence
    for (const cut of [1989, 2040, 2091, 4080]) {
      const text = `${filler.slice(0, cut)} the the SAtuday ${filler.slice(cut)}`
      const found = textChecks(text, 'en').filter((f) => f.check === 'doubled_word' || f.check === 'broken_capitals')
      expect(found.map((f) => f.excerpt)).toEqual(['the the', 'SAtuday'])
    }
  })
})
