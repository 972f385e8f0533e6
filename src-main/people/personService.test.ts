import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fieldsOf } from '../../src-shared/domain/storyDraft'
import { fixedContext } from '../testing/fixedContext'
import { openTestDesk, type TestDesk } from '../testing/testDesk'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk(fixedContext({ actor: 'local:setup' }))
})
afterEach(() => desk.close())

/** Calls a channel and returns its value, failing the test on an error result. */
const call = <T>(channel: string, payload: unknown) => desk.value<T>(channel, payload)

describe('people, the profile and credits', () => {
  it('adds, finds, edits and deactivates people; the profile person becomes the actor', async () => {
    const awais = await call<{ id: string }>('people:create', { name: 'Awais Kiyani', title: 'Senior Reporter', desk: 'Islamabad', roles: ['reporter'] })
    await call('people:create', { name: 'Sara Khan', roles: ['editor'], email: 'sara@example.com' })
    expect((await call<{ name: string }[]>('people:list', { query: 'islam' })).map((p) => p.name)).toEqual(['Awais Kiyani'])
    expect((await call<{ name: string }[]>('people:list', {})).map((p) => p.name)).toEqual(['Awais Kiyani', 'Sara Khan'])
    expect(await desk.call('people:create', { name: '  ', email: 'not-an-email' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })

    expect(await call('profile:get', {})).toEqual({ person: null })
    await call('profile:set', { personId: awais.id })
    const story = await call<{ createdBy: string; assigneeId: string; credits: unknown[]; byline: string }>('stories:create', { headline: 'Rain' })
    expect(story).toMatchObject({ createdBy: awais.id, assigneeId: awais.id, byline: 'By Awais Kiyani', credits: [{ personId: awais.id, name: 'Awais Kiyani', role: 'author' }] })

    await call('people:setActive', { id: awais.id, active: false })
    expect((await call<{ name: string }[]>('people:list', {})).map((p) => p.name)).toEqual(['Sara Khan'])
    expect((await call<{ name: string }[]>('people:list', { includeInactive: true })).map((p) => p.name)).toEqual(['Awais Kiyani', 'Sara Khan'])
  })

  it('never deletes someone a story credits, and says so', async () => {
    const awais = await call<{ id: string }>('people:create', { name: 'Awais Kiyani' })
    const loner = await call<{ id: string }>('people:create', { name: 'Nobody Credited' })
    const draft = await call<Parameters<typeof fieldsOf>[0]>('stories:create', { headline: 'Rain' })
    await call('stories:save', { id: draft.id, baseVersion: 1, fields: { ...fieldsOf(draft), credits: [{ personId: awais.id, name: 'Awais Kiyani', role: 'reporter' }] } })
    expect(await desk.call('people:remove', { id: awais.id })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Awais Kiyani is credited on or assigned to a story, so they stay in the directory. Deactivate them instead.' },
    })
    expect(await call('people:remove', { id: loner.id })).toEqual({ removed: true })
    expect((await call<{ name: string }[]>('people:list', { includeInactive: true })).map((p) => p.name)).toEqual(['Awais Kiyani'])
  })

  it('saves the seed story’s credits and lead picture, and records where the picture is used', async () => {
    const picture = await call<{ id: string }>('pictures:add', { name: 'file.jpg', bytes: new Uint8Array(readFileSync(join(import.meta.dirname, '../../e2e/fixtures/pictures/captioned.jpg'))) })
    const draft = await call<Parameters<typeof fieldsOf>[0]>('stories:create', { headline: 'Pakistan to welcome UK support in tackling cybercrimes: Minister' })
    const credits = [
      { personId: null, name: 'News Desk', role: 'author' },
      { personId: null, name: 'Awais Kiyani', role: 'reporter' },
    ]
    const lead = { pictureId: picture.id, caption: 'File photo', alt: 'Mohsin Naqvi speaking at a podium', credit: '' }
    const figure = { type: 'figure', attrs: { pictureId: picture.id, alt: 'The National Crime Agency building', credit: 'Ali Raza' }, content: [{ type: 'text', text: 'The NCA in ' }, { type: 'text', text: 'London', marks: [{ type: 'italic' }] }] }
    const saved = await call<{ byline: string; bodyHtml: string; wordCount: number }>('stories:save', {
      id: draft.id,
      baseVersion: 1,
      fields: { ...fieldsOf(draft), credits, lead, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Two words' }] }, figure] } },
    })
    expect(saved.byline).toBe('By News Desk')
    expect(saved.wordCount).toBe(2) // captions are not copy
    expect(saved.bodyHtml).toBe(
      `<p dir="ltr">Two words</p><figure dir="ltr" data-picture-id="${picture.id}" data-credit="Ali Raza"><img src="media/${picture.id}" alt="The National Crime Agency building"><figcaption>The NCA in <em>London</em></figcaption><small class="credit">Ali Raza</small></figure>`,
    )
    const used = await call<{ uses: unknown[] }>('pictures:get', { id: picture.id })
    expect(used.uses).toEqual([
      { storyId: draft.id, headline: draft.headline, kind: 'body' },
      { storyId: draft.id, headline: draft.headline, kind: 'lead' },
    ])
    const unknownPicture = await desk.call('stories:save', { id: draft.id, baseVersion: 2, fields: { ...fieldsOf(draft), lead: { ...lead, pictureId: '0190c3e2-7b1a-7cc3-9d2e-123456789abc' } } })
    expect(unknownPicture).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The story shows a picture that is not in the picture library.' } })
  })

  it('lists "My stories": only the current person’s, the most urgent deadline first, no deadline last', async () => {
    const me = await call<{ id: string }>('people:create', { name: 'Awais Kiyani' })
    await call('profile:set', { personId: me.id })
    const save = async (headline: string, deadlineAt: string | null, assigneeId: string | null = me.id) => {
      const draft = await call<Parameters<typeof fieldsOf>[0]>('stories:create', { headline })
      await call('stories:save', { id: draft.id, baseVersion: 1, fields: { ...fieldsOf(draft), deadlineAt, assigneeId } })
    }
    await save('No deadline', null)
    await save('Tomorrow', '2024-06-02T12:00:00.000Z')
    await save('Today', '2024-06-01T12:00:00.000Z')
    await save('Someone else’s', '2024-06-01T09:00:00.000Z', null)
    const mine = await call<{ stories: { headline: string }[]; total: number }>('stories:list', { mine: true })
    expect(mine.stories.map((s) => s.headline)).toEqual(['Today', 'Tomorrow', 'No deadline'])
    expect(mine.total).toBe(3)
  })
})

describe('sorting and filtering the story lists', () => {
  it('sorts by any column both ways and narrows by section, language, assignee and deadline range', async () => {
    const me = await call<{ id: string }>('people:create', { name: 'Awais Kiyani' })
    const make = async (headline: string, fields: Record<string, unknown>) => {
      const draft = await call<Parameters<typeof fieldsOf>[0]>('stories:create', { headline })
      await call('stories:save', { id: draft.id, baseVersion: 1, fields: { ...fieldsOf(draft), ...fields } })
    }
    await make('Budget', { section: 'Business', language: 'en', deadlineAt: '2024-06-03T12:00:00.000Z', assigneeId: me.id })
    await make('Arrests', { section: 'News', language: 'en', deadlineAt: '2024-06-01T12:00:00.000Z' })
    await make('Cricket', { section: 'Sport', language: 'ur', deadlineAt: null })
    const headlines = async (payload: unknown) => (await call<{ stories: { headline: string }[] }>('stories:list', payload)).stories.map((s) => s.headline)
    expect(await headlines({ sort: { column: 'headline', direction: 'asc' } })).toEqual(['Arrests', 'Budget', 'Cricket'])
    expect(await headlines({ sort: { column: 'headline', direction: 'desc' } })).toEqual(['Cricket', 'Budget', 'Arrests'])
    expect(await headlines({ sort: { column: 'deadline', direction: 'asc' } })).toEqual(['Arrests', 'Budget', 'Cricket'])
    expect(await headlines({ sort: { column: 'section', direction: 'asc' } })).toEqual(['Budget', 'Arrests', 'Cricket'])
    expect(await headlines({ filters: { section: 'News' } })).toEqual(['Arrests'])
    expect(await headlines({ filters: { language: 'ur' } })).toEqual(['Cricket'])
    expect(await headlines({ filters: { assigneeId: me.id } })).toEqual(['Budget'])
    expect(await headlines({ filters: { deadlineFrom: '2024-06-02T00:00:00.000Z', deadlineTo: '2024-06-30T00:00:00.000Z' } })).toEqual(['Budget'])
    expect(await desk.call('stories:list', { sort: { column: 'id; DROP TABLE stories', direction: 'asc' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
