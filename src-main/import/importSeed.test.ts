import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../src-shared/domain/importReport'
import { loadSeedStory } from '../../e2e/fixtures/seedStory'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { blockTexts, FIXTURES, importFile } from './testing/importFixture'

// The required test: the seed page (../shared/fixtures/articles/000_06a4932b5a9dbcca.txt) as a reader copied it.
describe('importing the seed page (plain text, desk zone Asia/Karachi)', () => {
  let desk: TestDesk
  let result: ImportResult
  const seed = loadSeedStory()
  beforeAll(async () => {
    desk = await openTestDesk()
    result = await importFile(desk, FIXTURES.seed, 'Asia/Karachi')
  })
  afterAll(() => desk.close())

  it('recovers headline, standfirst, section and the publication time in the desk zone', () => {
    const { story } = result
    expect(story.headline).toBe('Pakistan to welcome UK support in tackling cybercrimes: Minister')
    expect(story.standfirst).toBe('Mohsin Naqvi visits three important UK institutions in London')
    expect(story.section).toBe('News')
    expect(story.language).toBe('en')
    // 2024-06-01T13:23:00+05:00
    expect(story.datelineAt).toBe('2024-06-01T08:23:00.000Z')
    expect(story.datelineZone).toBe('Asia/Karachi')
    expect(story.state).toBe('draft')
  })

  it('credits the desk byline and the reporter', () => {
    expect(result.story.credits).toEqual([
      { personId: null, name: 'News Desk', role: 'author' },
      { personId: null, name: 'Awais Kiyani', role: 'reporter' },
    ])
    expect(result.story.byline).toBe('By News Desk')
  })

  it('keeps exactly the twelve paragraphs of the story, the first starting "Interior Minister Mohsin Naqvi"', () => {
    const blocks = blockTexts(result)
    expect(result.story.body.content?.every((node) => node['type'] === 'paragraph')).toBe(true)
    expect(blocks).toHaveLength(12)
    expect(blocks[0]).toMatch(/^Interior Minister Mohsin Naqvi/)
    // The source's text word for word; runs of spaces (and no-break spaces) are one space, as a browser shows them.
    expect(blocks).toEqual(seed.paragraphs.map((text) => text.replace(/[\s\u00a0]+/g, ' ')))
  })

  it('carries the lead picture caption "File photo", waiting for its file', () => {
    expect(result.report.pictures).toEqual([{ role: 'lead', caption: 'File photo', alt: '', credit: '', href: null, attached: false }])
    expect(result.report.recognised).toContainEqual(expect.objectContaining({ field: 'lead', value: 'File photo' }))
    expect(result.story.ednote).toContain('lead picture “File photo”')
  })

  it('leaves none of the site clutter anywhere in the story', () => {
    const stored = JSON.stringify(result.story)
    for (const clutter of ['Subscribe', 'News Alert', 'WhatsApp', 'Twitter Share', 'Facebook Share', 'Most Read', 'Govt imposes capital value tax', 'Two hand grenades', 'Logo']) {
      expect(stored, clutter).not.toContain(clutter)
    }
  })

  it('reports what it dropped and why', () => {
    const reasons = Object.fromEntries(result.report.dropped.map((item) => [item.text, item.reason]))
    expect(reasons['Twitter Share Facebook Share WhatsApp Share']).toBe('share buttons')
    expect(reasons['WhatsApp Logo Subscribe']).toBe('subscribe prompt')
    expect(reasons['Most Read']).toBe('heading of a list of other stories')
    expect(result.report.dropped.filter((item) => item.reason === 'after the story: the “Most Read” list')).toHaveLength(6)
    expect(reasons['News Desk']).toBe('the byline again (an author box)')
  })

  it('lands as a draft with the imported text kept as a checkpoint in its history', async () => {
    const revisions = await desk.value<{ kind: string }[]>('stories:revisions', { storyId: result.story.id })
    expect(revisions[0]?.kind).toBe('checkpoint')
    expect(result.story.wordCount).toBeGreaterThan(300)
    expect(await desk.value('import:report', { storyId: result.story.id })).toEqual(result.report)
  })
})
