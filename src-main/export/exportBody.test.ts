import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fieldsOf, type StoryDetail } from '../../src-shared/domain/storyDraft'
import { countText } from '../../src-shared/text/countText'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { exportBodyCounts, exportBodyText } from './exportBody'

let desk: TestDesk
beforeAll(async () => {
  desk = await openTestDesk()
})
afterAll(() => desk.close())

const text = (value: string) => ({ type: 'text', text: value })
const paragraph = (value: string) => ({ type: 'paragraph', content: value ? [text(value)] : [] })
const list = (items: string[]) => ({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })) })

async function saved(content: unknown[], credits: { name: string; role: string }[], language = 'en'): Promise<StoryDetail> {
  const draft = await desk.value<StoryDetail>('stories:create', { headline: 'Counts', language })
  const fields = { ...fieldsOf(draft), language, credits: credits.map((credit) => ({ personId: null, ...credit })), body: { type: 'doc', content } }
  return desk.value<StoryDetail>('stories:save', { id: draft.id, baseVersion: draft.version, fields })
}

describe('exportBodyCounts', () => {
  const desks = [
    [{ name: 'News Desk', role: 'author' }],
    [{ name: 'News Desk', role: 'author' }, { name: 'Awais Kiyani', role: 'reporter' }, { name: 'Ayesha Khan', role: 'photographer' }],
    [],
  ]
  const bodies: [string, unknown[], string?][] = [
    ['paragraphs', [paragraph('Heavy rain hit Karachi.'), paragraph('The PM’s office said 3,000 homes — “flooded”.')]],
    ['nested lists (extra blank lines)', [paragraph('Before.'), list(['One', 'Two']), list(['Three']), paragraph('After.')]],
    ['a list at each end', [list(['First']), paragraph('Middle'), list(['Last'])]],
    ['spaces at the ends (trimmed on export)', [paragraph('  Leading and trailing  '), paragraph(' ')]],
    ['an empty body', [paragraph('')]],
    ['empty paragraphs', [paragraph(''), paragraph('Text'), paragraph('')]],
    ['Urdu', [paragraph('کراچی میں شدید بارش۔'), list(['نظامِ زندگی'])], 'ur'],
    ['CJK and emoji', [paragraph('东京奥运会 👍🏽 e\u0301')]],
  ]
  it.each(bodies.flatMap(([name, content, language]) => desks.map((credits) => ({ name, content, language, credits }))))(
    'gives what countText gives for the exported text: $name, $credits.length credits',
    async ({ content, credits, language }) => {
      const story = await saved(content, credits, language)
      expect(exportBodyCounts(story)).toEqual(countText(exportBodyText(story)))
    },
  )
})
