import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSeedStory } from '../../e2e/fixtures/seedStory'
import { fieldsOf, type StoryDetail } from '../../src-shared/domain/storyDraft'
import { openTestDesk, type TestDesk } from '../testing/testDesk'

let desk: TestDesk
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

const value = <T>(channel: string, payload: unknown) => desk.value<T>(channel, payload)
async function write(headline: string, paragraphs: string[], extra: Record<string, unknown> = {}): Promise<StoryDetail> {
  const draft = await value<StoryDetail>('stories:create', { headline })
  return value<StoryDetail>('stories:save', { id: draft.id, baseVersion: 1, fields: { ...fieldsOf(draft), body: { type: 'doc', content: paragraphs.map(paragraph) }, ...extra } })
}
const find = async (query: string) => (await value<{ stories: { headline: string; snippet?: string }[] }>('stories:list', { query })).stories

beforeAll(async () => {
  desk = await openTestDesk()
  const seed = loadSeedStory()
  await write(seed.headline, seed.paragraphs, { standfirst: seed.standfirst, credits: [{ personId: null, name: 'News Desk', role: 'author' }, { personId: null, name: 'Awais Kiyani', role: 'reporter' }] })
  await write('کراچی میں شدید بارش', ['بارش سے نظامِ زندگی مفلوج ہو گیا۔'], { language: 'ur' })
  await write('东京奥运会开幕', ['日本東京で五輪が開幕した。'], { language: 'zh' })
  await write('京都の紅葉', ['秋の京都は観光客で賑わう。'], { language: 'ja' })
  await write('Rs1.5tr budget: 100% “historic”', ['The C++ and C# teams met at 9:30 (PKT) — again.'])
})
afterAll(() => desk.close())

describe('story search (FTS5)', () => {
  it('finds the seed story by body, standfirst and reporter credit, with the match marked in a snippet', async () => {
    expect((await find('cybercrimes')).map((s) => s.headline)).toEqual(['Pakistan to welcome UK support in tackling cybercrimes: Minister'])
    expect(await find('three important UK institutions')).toHaveLength(1)
    expect(await find('Awais Kiyani')).toHaveLength(1)
    const [hit] = await find('Babbage')
    expect(hit?.snippet).toContain('\u0001Babbage\u0002')
    expect(await find('Babb')).toHaveLength(1) // the last word matches as a prefix
  })

  it('lists everything for an empty or blank box', async () => {
    expect(await find('')).toHaveLength(5)
    expect(await find('   ')).toHaveLength(5)
  })

  it.each([
    '"', "'", '“historic”', '‘', '(PKT)', '[draft]', '{x}', '*', 'budget*', '^start', 'a:b', 'headline:', '-minus', '+plus', 'NOT', 'AND OR', 'NEAR(a b)', 'C++', 'C#', '100%', 'Rs1.5tr', '9:30', '—', '…', '!!!', '?', '/', '\\', '|', '&', ';', ',', '.', '@desk', '#tag', '$', '~', '`', '<script>', "'; DROP TABLE stories; --",
  ])('never raises an FTS5 error for %j', async (input) => {
    const result = await desk.call('stories:list', { query: input })
    expect(result.ok).toBe(true)
  })

  it('reads punctuation as text, not operators', async () => {
    expect(await find('“historic”')).toHaveLength(1)
    expect(await find('C++')).toHaveLength(1)
    expect(await find('100%')).toHaveLength(1)
    expect(await find('NOT budget')).toHaveLength(0) // "NOT" is a word here, and no story has it
  })

  it('finds Urdu words with or without diacritics', async () => {
    expect((await find('نظام')).map((s) => s.headline)).toEqual(['کراچی میں شدید بارش'])
    expect(await find('نظامِ')).toHaveLength(1)
    expect(await find('بارش')).toHaveLength(1)
  })

  it.each([['京', 2], ['紅', 1], ['京都', 1], ['東京', 1], ['东京', 1], ['奥运', 1], ['奥运会', 1], ['東京で五', 1], ['大阪', 0]])('finds the CJK word %s in %i stories', async (word, count) => {
    expect(await find(word)).toHaveLength(count)
  })

  it('counts only live matching stories, when deleted stories are still in the index too', async () => {
    const total = async (query: string, extra: Record<string, unknown> = {}) => (await value<{ total: number }>('stories:list', { query, limit: 1, offset: 0, ...extra })).total
    const first = await write('Monsoon report one', ['Monsoon rain in the city.'])
    await write('Monsoon report two', ['Monsoon rain again.'])
    await write('Monsoon report three', ['Monsoon rain, a third day.'])
    expect(await total('monsoon')).toBe(3)
    desk.workstation.store.sqlite.prepare("UPDATE stories SET deleted_at = '2024-06-02T00:00:00.000Z' WHERE id = ?").run(first.id)
    expect(await total('monsoon')).toBe(2)
    expect(await total('monsoon', { states: ['draft'] })).toBe(2)
    expect(await find('monsoon')).toHaveLength(2)
  })
})
