import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Person } from '../../src-shared/domain/person'
import type { StoryComment } from '../../src-shared/domain/comment'
import { openTestDesk, type TestDesk } from '../testing/testDesk'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(() => desk.close())
const value = <T>(channel: string, payload: unknown) => desk.value<T>(channel, payload)

describe('story comments', () => {
  it('are added, edited by their author only, resolved, and counted while open on the story lists', async () => {
    const awais = await value<Person>('people:create', { name: 'Awais Kiyani', roles: ['reporter'] })
    const sara = await value<Person>('people:create', { name: 'Sara Khan', roles: ['editor'] })
    await value('profile:set', { personId: awais.id })
    const story = await value<{ id: string }>('stories:create', { headline: 'Rain' })
    const first = await value<StoryComment>('comments:add', { storyId: story.id, body: '  Check the Met Office figure.  ' })
    expect(first).toMatchObject({ body: 'Check the Met Office figure.', authorName: 'Awais Kiyani', resolvedAt: null })
    await value('profile:set', { personId: sara.id })
    const second = await value<StoryComment>('comments:add', { storyId: story.id, body: 'Needs a second source.' })
    expect(await desk.call('comments:edit', { id: first.id, body: 'mine now' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await value<StoryComment>('comments:edit', { id: second.id, body: 'Needs a second source, on the record.' })).toMatchObject({ body: 'Needs a second source, on the record.' })
    expect((await value<{ stories: { openComments: number }[] }>('stories:list', {})).stories[0]!.openComments).toBe(2)
    await value('comments:resolve', { id: first.id, resolved: true })
    expect((await value<{ stories: { openComments: number }[] }>('stories:list', {})).stories[0]!.openComments).toBe(1)
    expect((await value<StoryComment[]>('comments:list', { storyId: story.id })).map((c) => [c.authorName, c.resolvedAt !== null])).toEqual([
      ['Awais Kiyani', true],
      ['Sara Khan', false],
    ])
    expect(await desk.call('comments:add', { storyId: story.id, body: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
