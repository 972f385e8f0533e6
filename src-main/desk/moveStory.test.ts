import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STAFF_ROLES, type Person, type StaffRole } from '../../src-shared/domain/person'
import { STORY_STATES, type StoryState } from '../../src-shared/domain/story'
import { fieldsOf, type StoryDetail } from '../../src-shared/domain/storyDraft'
import { TRANSITIONS } from '../../src-shared/domain/workflow'
import { openTestDesk, type TestDesk } from '../testing/testDesk'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(() => desk.close())
const call = <T>(channel: string, payload: unknown) => desk.call<T>(channel, payload)
const value = <T>(channel: string, payload: unknown) => desk.value<T>(channel, payload)
const person = (name: string, roles: StaffRole[]) => value<Person>('people:create', { name, roles })
const become = (who: Person) => value('profile:set', { personId: who.id })

/** A story by `reporter`, put straight into `state` (the moves themselves are what is tested). */
async function storyIn(state: StoryState, reporter: Person): Promise<StoryDetail> {
  await become(reporter)
  const story = await value<StoryDetail>('stories:create', { headline: 'Budget day' })
  desk.workstation.store.sqlite.prepare('UPDATE stories SET state = ? WHERE id = ?').run(state, story.id)
  return value<StoryDetail>('stories:get', { id: story.id })
}

describe('the workflow table, enforced by the main process', () => {
  it.each(TRANSITIONS.map((t) => [t.from, t.to, t.role, t] as const))('%s → %s is allowed for a %s and refused for every other role', async (from, to, role, transition) => {
    const reporter = await person('Awais Kiyani', ['reporter'])
    for (const other of STAFF_ROLES.filter((r) => r !== role && r !== 'admin')) {
      const story = await storyIn(from, reporter)
      await become(await person(`Someone ${other}`, [other]))
      const refused = await call('desk:move', { id: story.id, to, note: 'because', baseVersion: story.version })
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    const story = await storyIn(from, reporter)
    await become(role === 'reporter' ? reporter : await person(`The ${role}`, [role]))
    const moved = await value<StoryDetail>('desk:move', { id: story.id, to, note: transition.note ? 'Needs a second source.' : '', baseVersion: story.version })
    expect(moved).toMatchObject({ state: to, version: story.version + 1 })
  })

  it('refuses every move that is not in the table, for everyone, admins included', async () => {
    const admin = await person('Admin', ['admin', 'editor', 'reporter', 'publisher'])
    const allowed = new Set(TRANSITIONS.map((t) => `${t.from}>${t.to}`))
    for (const from of STORY_STATES) {
      for (const to of STORY_STATES) {
        if (allowed.has(`${from}>${to}`)) continue
        const story = await storyIn(from, admin)
        const refused = await call('desk:move', { id: story.id, to, note: 'x', baseVersion: story.version })
        expect(refused, `${from} → ${to}`).toEqual({ ok: false, error: { code: 'forbidden', message: `A story cannot go from ${from} to ${to}.` } })
      }
    }
  })

  it('lets a reporter submit only their own story, needs a headline to leave draft and a note to return', async () => {
    const awais = await person('Awais Kiyani', ['reporter'])
    const sara = await person('Sara Khan', ['reporter'])
    const story = await storyIn('draft', awais)
    await become(sara)
    expect(await call('desk:move', { id: story.id, to: 'submitted', baseVersion: story.version })).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Only the story’s own reporter can submit it.' } })
    await become(awais)
    await value('stories:save', { id: story.id, baseVersion: story.version, fields: { ...fieldsOf(story), headline: '' } })
    expect(await call('desk:move', { id: story.id, to: 'submitted', baseVersion: story.version + 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'A story needs a headline before it leaves draft.' } })

    const submitted = await storyIn('submitted', awais)
    await become(await person('Desk Editor', ['editor']))
    expect(await call('desk:move', { id: submitted.id, to: 'returned', note: '   ', baseVersion: submitted.version })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await call('desk:move', { id: submitted.id, to: 'editing', baseVersion: submitted.version + 5 })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('records every move with who, when, from, to and note, and keeps the text before each move as a checkpoint', async () => {
    const awais = await person('Awais Kiyani', ['reporter'])
    const editor = await person('Desk Editor', ['editor'])
    let story = await storyIn('draft', awais)
    story = await value<StoryDetail>('desk:move', { id: story.id, to: 'submitted', baseVersion: story.version })
    await become(editor)
    story = await value<StoryDetail>('desk:move', { id: story.id, to: 'editing', baseVersion: story.version })
    story = await value<StoryDetail>('desk:move', { id: story.id, to: 'returned', note: 'Name the NCA director.', baseVersion: story.version })
    const moves = await value<{ from: string; to: string; note: string; movedByName: string }[]>('desk:moves', { storyId: story.id })
    expect(moves.map(({ from, to, note, movedByName }) => ({ from, to, note, movedByName }))).toEqual([
      { from: 'draft', to: 'submitted', note: '', movedByName: 'Awais Kiyani' },
      { from: 'submitted', to: 'editing', note: '', movedByName: 'Desk Editor' },
      { from: 'editing', to: 'returned', note: 'Name the NCA director.', movedByName: 'Desk Editor' },
    ])
    const revisions = await value<{ kind: string }[]>('stories:revisions', { storyId: story.id })
    expect(revisions.map((r) => r.kind)).toEqual(['checkpoint'])
  })
})

describe('blocking copy-desk checks', () => {
  it('stop "Pass to ready" until an editor overrides them with a written reason, which is recorded', async () => {
    const awais = await person('Awais Kiyani', ['reporter'])
    const story = await storyIn('editing', awais)
    await value('stories:save', { id: story.id, baseVersion: story.version, fields: { ...fieldsOf(story), credits: [] } })
    await become(await person('Desk Editor', ['editor']))
    const refused = await call('desk:move', { id: story.id, to: 'ready', baseVersion: story.version + 1 })
    expect(refused).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Blocking checks: There is no byline (an author credit). Fix them, or override with a written reason.' } })
    const moved = await value<StoryDetail>('desk:move', { id: story.id, to: 'ready', override: 'Agency copy: byline added at the site.', baseVersion: story.version + 1 })
    expect(moved.state).toBe('ready')
    const moves = await value<{ note: string }[]>('desk:moves', { storyId: story.id })
    expect(moves.at(-1)!.note).toBe('Override (There is no byline (an author credit).): Agency copy: byline added at the site.')
  })
})
