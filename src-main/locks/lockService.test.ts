import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCK_TTL_MS, type StoryLock } from '../../src-shared/domain/lock'
import type { Person } from '../../src-shared/domain/person'
import { fixedContext } from '../testing/fixedContext'
import { openTestDesk, type TestDesk } from '../testing/testDesk'

let desk: TestDesk
const clock = { now: Date.parse('2024-06-01T08:00:00.000Z') }
beforeEach(async () => {
  clock.now = Date.parse('2024-06-01T08:00:00.000Z')
  desk = await openTestDesk({ ...fixedContext(), now: () => new Date(clock.now) })
})
afterEach(() => desk.close())
const call = <T>(channel: string, payload: unknown) => desk.call<T>(channel, payload)
const value = <T>(channel: string, payload: unknown) => desk.value<T>(channel, payload)

describe('edit locks', () => {
  it('go to the first to open, show the holder to others, lapse without renewal, and can be taken over by an editor only', async () => {
    const awais = await value<Person>('people:create', { name: 'Awais Kiyani', roles: ['reporter'] })
    const bilal = await value<Person>('people:create', { name: 'Bilal Ahmed', roles: ['reporter'] })
    const sara = await value<Person>('people:create', { name: 'Sara Khan', roles: ['editor'] })
    await value('profile:set', { personId: awais.id })
    const story = await value<{ id: string }>('stories:create', { headline: 'Rain' })
    expect(await value<StoryLock>('locks:claim', { storyId: story.id })).toMatchObject({ holderName: 'Awais Kiyani', mine: true, expiresAt: '2024-06-01T08:01:00.000Z' })

    await value('profile:set', { personId: bilal.id })
    expect(await value<StoryLock>('locks:claim', { storyId: story.id })).toMatchObject({ holderName: 'Awais Kiyani', mine: false })
    expect(await call('locks:claim', { storyId: story.id, takeOver: true })).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Only an editor can take over a story from Awais Kiyani.' } })

    // Awais's heartbeat renews it; then his app stops, and the lock lapses.
    clock.now += 30_000
    await value('profile:set', { personId: awais.id })
    expect(await value<StoryLock>('locks:claim', { storyId: story.id })).toMatchObject({ mine: true, expiresAt: '2024-06-01T08:01:30.000Z' })
    clock.now += LOCK_TTL_MS
    await value('profile:set', { personId: bilal.id })
    expect(await value<StoryLock>('locks:claim', { storyId: story.id })).toMatchObject({ holderName: 'Bilal Ahmed', mine: true })

    // An editor takes it over; Bilal learns it at his next heartbeat.
    await value('profile:set', { personId: sara.id })
    expect(await value<StoryLock>('locks:claim', { storyId: story.id, takeOver: true })).toMatchObject({ holderName: 'Sara Khan', mine: true })
    await value('profile:set', { personId: bilal.id })
    expect(await value<StoryLock>('locks:claim', { storyId: story.id })).toMatchObject({ holderName: 'Sara Khan', mine: false })
    await value('locks:release', { storyId: story.id }) // not his: nothing happens
    await value('profile:set', { personId: sara.id })
    await value('locks:release', { storyId: story.id })
    await value('profile:set', { personId: bilal.id })
    expect(await value<StoryLock>('locks:claim', { storyId: story.id })).toMatchObject({ holderName: 'Bilal Ahmed', mine: true })
  })
})
