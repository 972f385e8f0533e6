import { beforeEach, describe, expect, it } from 'vitest'
import { loadSeedStory } from '../../e2e/fixtures/seedStory'
import { fieldsOf, type BodyJson, type StoryDetail, type StoryFields } from '../../src-shared/domain/storyDraft'
import { countWords } from '../../src-shared/text/countText'
import type { Store } from '../db/store'
import { fixedContext } from '../testing/fixedContext'
import { storyServiceForEachTest } from '../testing/storyServiceForEachTest'
import { serviceErrorOf } from '../testing/serviceErrorOf'
import { COALESCE_WINDOW_MS } from './keepRevision'
import { createStoryService, type StoryService } from './storyService'

const opened = storyServiceForEachTest(() => fixedContext({ actor: 'person:awais', stepMs: 1_000 }))
let store: Store
let stories: StoryService
beforeEach(() => void ({ store, stories } = opened))

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

function fieldsWith(story: StoryDetail, changes: Partial<StoryFields> = {}): StoryFields {
  return { ...fieldsOf(story), ...changes }
}

describe('saving a story', () => {
  it('stores the seed story whole, derives HTML, text and counts, and bumps the version', () => {
    const seed = loadSeedStory()
    expect(seed.paragraphs).toHaveLength(12)
    const draft = stories.create({ headline: '' })
    const saved = stories.save({
      id: draft.id,
      baseVersion: 1,
      fields: fieldsWith(draft, {
        headline: seed.headline,
        standfirst: seed.standfirst,
        section: seed.section,
        datelinePlace: 'London',
        datelineAt: '2024-06-01T08:23:00.000Z',
        datelineZone: 'Asia/Karachi',
        wordTarget: 500,
        ednote: 'Check the NCA titles before it goes.',
        body: { type: 'doc', content: seed.paragraphs.map(paragraph) },
      }),
    })
    expect(saved.version).toBe(2)
    expect(saved.slug).toBe('pakistan-to-welcome-uk-support-in-tackling-cybercrimes-minister')
    expect(saved.wordCount).toBe(countWords(seed.paragraphs.join('\n')))
    expect(saved.bodyHtml.match(/<p dir="ltr">/g)).toHaveLength(12)
    expect(saved.bodyHtml).toContain('<p dir="ltr">Interior Minister Mohsin Naqvi has said')
    const again = stories.get({ id: draft.id })
    expect(again).toEqual(saved)
    expect(again.body.content).toHaveLength(12)
    expect(again.body.content?.[0]).toEqual(paragraph(seed.paragraphs[0]!))
  })

  it('makes an Urdu body right to left in the stored HTML, without storing dir in the JSON', () => {
    const draft = stories.create({ headline: 'کراچی میں شدید بارش', language: 'ur' })
    const saved = stories.save({ id: draft.id, baseVersion: 1, fields: fieldsWith(draft, { body: { type: 'doc', content: [paragraph('کراچی میں شدید بارش۔')] } }) })
    expect(saved.slug).toBe('کراچی-میں-شدید-بارش')
    expect(saved.bodyHtml).toBe('<p dir="rtl">کراچی میں شدید بارش۔</p>')
    expect(saved.wordCount).toBe(4)
    expect(JSON.stringify(saved.body)).not.toContain('dir')
  })

  it('refuses a stale save, keeps the refused text as a conflict revision, and leaves the story as it was', () => {
    const draft = stories.create({ headline: 'Rain' })
    const theirs = stories.save({ id: draft.id, baseVersion: 1, fields: fieldsWith(draft, { body: { type: 'doc', content: [paragraph('Their text')] } }) })
    const error = serviceErrorOf(() => stories.save({ id: draft.id, baseVersion: 1, fields: fieldsWith(draft, { body: { type: 'doc', content: [paragraph('My text')] } }) }))
    expect(error.code).toBe('conflict')
    expect(error.message).toContain('now version 2')
    expect(stories.get({ id: draft.id })).toEqual(theirs)
    const history = stories.revisions({ storyId: draft.id })
    expect(history[0]).toMatchObject({ kind: 'conflict', storyVersion: 1 })
    expect(stories.revision({ id: history[0]!.id }).bodyHtml).toBe('<p dir="ltr">My text</p>')
  })

  it('lets the slug follow the headline until the person edits it, and keeps slugs unique', () => {
    stories.create({ headline: 'Budget day' })
    const draft = stories.create({ headline: 'Budget day' })
    expect(draft.slug).toBe('budget-day-2')
    const renamed = stories.save({ id: draft.id, baseVersion: 1, fields: fieldsWith(draft, { headline: 'Budget: the details' }) })
    expect(renamed.slug).toBe('budget-the-details')
    const locked = stories.save({ id: draft.id, baseVersion: 2, fields: fieldsWith(renamed, { slug: 'My Budget Slug!', slugLocked: true }) })
    expect(locked.slug).toBe('my-budget-slug')
    const kept = stories.save({ id: draft.id, baseVersion: 3, fields: fieldsWith(locked, { headline: 'Something else' }) })
    expect(kept.slug).toBe('my-budget-slug')
  })

  it('keeps a published story’s slug, its web address, whatever the headline or slug field says', () => {
    const draft = stories.create({ headline: 'Minister visits flood camp' })
    // The outbox moves a story to published when the site takes it; here the move is made directly.
    store.sqlite.prepare("UPDATE stories SET state = 'published' WHERE id = ?").run(draft.id)
    const corrected = stories.save({ id: draft.id, baseVersion: 1, fields: fieldsWith(draft, { headline: 'Minister visits flood camp (corrected)' }) })
    expect(corrected).toMatchObject({ headline: 'Minister visits flood camp (corrected)', slug: 'minister-visits-flood-camp' })
    const edited = stories.save({ id: draft.id, baseVersion: 2, fields: fieldsWith(corrected, { slug: 'new-address', slugLocked: true }) })
    expect(edited).toMatchObject({ slug: 'minister-visits-flood-camp', slugLocked: false })
  })

  it('drops javascript: links but keeps their text, and refuses a body off the schema', () => {
    const draft = stories.create({ headline: 'Links' })
    const link = (href: string) => ({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
    const saved = stories.save({
      id: draft.id,
      baseVersion: 1,
      fields: fieldsWith(draft, { body: { type: 'doc', content: [{ type: 'paragraph', content: [link('javascript:alert(1)'), link('https://example.com/')] }] } }),
    })
    expect(saved.bodyHtml).toBe('<p dir="ltr">javascript:alert(1)<a rel="noopener noreferrer nofollow" href="https://example.com/">https://example.com/</a></p>')
    const bad = serviceErrorOf(() => stories.save({ id: draft.id, baseVersion: 2, fields: fieldsWith(draft, { body: { type: 'doc', content: [{ type: 'script', text: 'x' }] } }) }))
    expect(bad.code).toBe('invalid_input')
    expect(bad.message).toContain('The story body is not a valid document')
  })

  it('coalesces autosaves by one person within the window, and restores an old revision as a new one', () => {
    const clock = { now: Date.parse('2024-06-01T08:00:00.000Z') }
    stories = createStoryService(store, { ...fixedContext(), now: () => new Date(clock.now), actor: () => 'person:awais' })
    const draft = stories.create({ headline: 'One' })
    let story = draft
    for (const headline of ['Two', 'Three']) {
      clock.now += 60_000
      story = stories.save({ id: draft.id, baseVersion: story.version, fields: fieldsWith(story, { headline }) })
    }
    expect(stories.revisions({ storyId: draft.id }).map((r) => [r.kind, r.headline])).toEqual([['save', 'Three']])
    clock.now += COALESCE_WINDOW_MS + 1
    story = stories.save({ id: draft.id, baseVersion: story.version, fields: fieldsWith(story, { headline: 'Four' }) })
    const history = stories.revisions({ storyId: draft.id })
    expect(history.map((r) => r.headline)).toEqual(['Four', 'Three'])

    clock.now += 1_000
    const restored = stories.restore({ storyId: draft.id, revisionId: history[1]!.id, baseVersion: story.version })
    expect(restored).toMatchObject({ headline: 'Three', version: 5 })
    expect(stories.revisions({ storyId: draft.id }).map((r) => [r.kind, r.headline])).toEqual([
      ['restore', 'Three'],
      ['save', 'Four'],
      ['save', 'Three'],
    ])
  })

  it('keeps a checkpoint (Ctrl+S) as its own revision, and starts a new one for the autosaves after it', () => {
    const draft = stories.create({ headline: 'One' })
    const checkpoint = stories.save({ id: draft.id, baseVersion: 1, fields: fieldsWith(draft, { headline: 'Two' }), checkpoint: true })
    stories.save({ id: draft.id, baseVersion: checkpoint.version, fields: fieldsWith(checkpoint, { headline: 'Three' }) })
    expect(stories.revisions({ storyId: draft.id }).map((r) => [r.kind, r.headline, r.storyVersion])).toEqual([
      ['save', 'Three', 3],
      ['checkpoint', 'Two', 2],
      ['save', 'One', 1],
    ])
  })

  it('refuses a save while someone else holds the edit lock (an editor took it over), keeping the text as a conflict copy', () => {
    const draft = stories.create({ headline: 'Floods in Sindh' })
    const lock = (holder: string, expiresAt: string) =>
      store.sqlite
        .prepare('INSERT OR REPLACE INTO story_locks (story_id, holder_id, expires_at, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(draft.id, holder, expiresAt, draft.createdAt, holder, draft.createdAt, holder)
    const mine: BodyJson = { type: 'doc', content: [paragraph('Typed after the take-over.')] }

    lock('person:eddie', '2099-01-01T00:00:00.000Z')
    const refused = serviceErrorOf(() => stories.save({ id: draft.id, baseVersion: 1, fields: fieldsWith(draft, { body: mine }) }))
    expect(refused.code).toBe('forbidden')
    expect(refused.message).toContain('person:eddie took this story over')
    expect(stories.get({ id: draft.id }).version).toBe(1)
    const copies = stories.revisions({ storyId: draft.id }).filter((revision) => revision.kind === 'conflict')
    expect(copies).toHaveLength(1)
    expect(stories.revision({ id: copies[0]!.id }).bodyHtml).toContain('Typed after the take-over.')

    // A lapsed lock, or the saver's own, lets the save through.
    lock('person:eddie', '2000-01-01T00:00:00.000Z')
    const saved = stories.save({ id: draft.id, baseVersion: 1, fields: fieldsWith(draft, { body: mine }) })
    lock('person:awais', '2099-01-01T00:00:00.000Z')
    expect(stories.save({ id: draft.id, baseVersion: saved.version, fields: fieldsWith(saved, { headline: 'Floods in Sindh, day two' }) }).version).toBe(3)
  })
})
