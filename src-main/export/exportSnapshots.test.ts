import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Credit } from '../../src-shared/domain/credit'
import { fieldsOf, type StoryDetail, type StoryFields } from '../../src-shared/domain/storyDraft'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { exportBodyHtml } from './exportBody'
import { exportStory } from './exportStory'
import { addPicture, pictureLookup, saveSeedStory } from './fixtures/seedStoryOnDesk'
import type { PictureLookup } from './ninjs'
import { storyArticleHtml } from './storyHtml'

// Every export a story's body and credits go through, byte for byte, held to a file written
// before the export was made faster (issue 8, P5): a faster export must give the same bytes.
// Ids are made on save, so they are replaced by their order of appearance; the HTML document
// is left out for stories with a dateline time (its readable words come from the ICU in use).

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'single\' &amp; AT&T;'
const publication = { version: 3, versionCreatedAt: '2024-06-01T08:30:00.000Z', pubstatus: 'usable' } as const

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content })
const link = (href: string) => [{ type: 'link', attrs: { href } }]
const figure = (pictureId: string, caption: string, alt = '', credit = '') => ({ type: 'figure', attrs: { pictureId, alt, credit }, content: caption ? [text(caption)] : [] })

let desk: TestDesk
let pictures: PictureLookup
const stories: StoryDetail[] = []

async function save(headline: string, fields: Partial<StoryFields>): Promise<void> {
  const draft = await desk.value<StoryDetail>('stories:create', { headline, language: fields.language ?? 'en' })
  stories.push(await desk.value<StoryDetail>('stories:save', { id: draft.id, baseVersion: draft.version, fields: { ...fieldsOf(draft), ...fields } }))
}

beforeAll(async () => {
  desk = await openTestDesk()
  pictures = pictureLookup(desk)
  stories.push((await saveSeedStory(desk)).story)
  const jpg = await addPicture(desk, 'captioned.jpg')
  const png = await addPicture(desk, 'plain.png')
  const credits = (...pairs: [string, Credit['role']][]) => pairs.map(([name, role]) => ({ personId: null, name, role }))
  await save('Marks, links and breaks', {
    section: 'Business & Economy',
    tags: ['AT&T', 'Karachi "port"'],
    body: {
      type: 'doc',
      content: [
        paragraph(text('Bold', [{ type: 'bold' }]), text(' and '), text('italic', [{ type: 'italic' }]), { type: 'hardBreak' }, text('a\u00a0no-break space')),
        paragraph(text('A link', link('https://example.com/a?b=1&c="2"')), text(' and mail ', link('mailto:desk@example.com')), text(' and a bad one', link('javascript:alert(1)'))),
        { type: 'heading', attrs: { level: 2 }, content: [text('A heading <with> & "quotes"')] },
        { type: 'blockquote', content: [paragraph(text('A quote'))] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('Three'))] }, { type: 'listItem', content: [paragraph(text('Four'))] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Nested')), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Deeper'))] }] }] }] },
        paragraph(),
      ],
    },
    credits: credits(['News Desk', 'author'], ['Awais Kiyani', 'reporter'], ['Ayesha Khan', 'reporter'], ['Sana Mir', 'photographer']),
  })
  await save('Figures', {
    datelinePlace: 'Lahore',
    lead: { pictureId: jpg.id, caption: 'The lead', alt: 'Lead "alt"', credit: 'Lead credit' },
    body: {
      type: 'doc',
      content: [
        paragraph(text('Before the figures.')),
        figure(png.id, 'First caption & more', 'First "alt"', 'First credit'),
        figure(jpg.id, ''),
        { type: 'blockquote', content: [figure(png.id, 'Inside a quote')] },
        paragraph(text('After.')),
      ],
    },
    credits: credits(['News Desk', 'author'], ['Photo Desk', 'photographer']),
  })
  await save(`Hostile ${HOSTILE}`, {
    standfirst: `Standfirst ${HOSTILE}`,
    datelinePlace: `Karachi ${HOSTILE}`,
    lead: { pictureId: png.id, caption: `Caption ${HOSTILE}`, alt: '" onerror="alert(1)', credit: `Credit ${HOSTILE}` },
    body: { type: 'doc', content: [paragraph(text(`Body ${HOSTILE}`)), figure(png.id, `Figure ${HOSTILE}`, 'alt" onload="x', 'c&d')] },
    credits: credits([`Desk ${HOSTILE}`.slice(0, 80), 'author'], [`Rep <b>&amp; "x"</b>`, 'reporter'], ["O'Brien & Sons", 'photographer']),
  })
  await save('کراچی میں شدید بارش', {
    language: 'ur',
    section: 'خبریں',
    datelinePlace: 'کراچی',
    datelineAt: '2024-07-01T10:00:00.000Z',
    datelineZone: 'Asia/Karachi',
    body: { type: 'doc', content: [paragraph(text('  کراچی میں شدید بارش۔  ')), paragraph(text('دوسرا پیراگراف'))] },
    credits: credits(['نیوز ڈیسک', 'author'], ['عائشہ خان', 'reporter']),
  })
  await save('No credits, no body', { body: { type: 'doc', content: [paragraph()] }, credits: [] })
})
afterAll(() => desk.close())

/** The text with every id (UUID) replaced by `<id-1>`, `<id-2>`… in order of first appearance. */
function withStableIds(text: string): string {
  const ids = new Map<string, string>()
  return text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
    if (!ids.has(id)) ids.set(id, `<id-${ids.size + 1}>`)
    return ids.get(id)!
  })
}

function exportsOf(story: StoryDetail): string {
  const delivery = exportBodyHtml(story, { pictureSrc: (id) => `newsdesk-picture:${id}`, pictureSchemes: ['newsdesk-picture'] })
  const site = storyArticleHtml(story, { pictureSrc: (id) => `https://news.example.com/uploads/${id}.jpg`, pictures })
  const parts = [
    `## ${story.headline}`,
    exportStory(story, 'ninjs', { pictures, publication }).content,
    delivery,
    story.datelineAt ? '(article left out: dateline time)' : site,
  ]
  return withStableIds(`${parts.join('\n\n')}\n`)
}

describe('exports, byte for byte', () => {
  it('are what they were before the export was made faster', async () => {
    await expect(stories.map(exportsOf).join('\n')).toMatchFileSnapshot('./fixtures/exportSnapshots.txt')
  })
})
