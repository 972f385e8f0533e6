import { getSchema } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import { describe, expect, it } from 'vitest'
import { longStoryBody } from '../../bench/longStory'
import { loadSeedStory } from '../../e2e/fixtures/seedStory'
import type { BodyJson } from '../../src-shared/domain/storyDraft'
import { bodyExtensions } from '../../src-shared/editor/bodyExtensions'
import { prepareBody, staticBodyHtml } from './storyBody'

const PICTURE = '01a22bab-1cef-74e6-ac2e-4a18ecc24886'
const text = (value: string, marks?: unknown[]) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value })
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content })

/**
 * The same body as a document `prepareBody` parses and renders whole: a root with an `attrs`
 * takes that path, without the per-block cache (bodyBlocks.ts).
 */
function whole(body: BodyJson): ReturnType<typeof prepareBody> {
  return prepareBody({ ...body, attrs: {} } as BodyJson, 'ltr')
}

const BODIES: [string, BodyJson][] = [
  ['a 5,000-word story with headings, lists, links, marks and figures', longStoryBody({ words: 5000, figures: 4, pictureId: PICTURE })],
  ['the seed story', { type: 'doc', content: loadSeedStory().paragraphs.map((value) => paragraph(text(value))) }],
  [
    'nested blocks, breaks, empty paragraphs and a figure in a quote',
    {
      type: 'doc',
      content: [
        paragraph(),
        { type: 'heading', attrs: { level: 2 }, content: [text('Heading & <things>')] },
        paragraph(text('Line one'), { type: 'hardBreak' }, text('line two', [{ type: 'bold' }, { type: 'italic' }])),
        { type: 'blockquote', content: [paragraph(text('Quoted “words”\u00a0here')), { type: 'figure', attrs: { pictureId: PICTURE, alt: 'Alt "text"', credit: 'AP' }, content: [text('Caption')] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('Three')), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Nested'))] }] }] }] },
        paragraph(text('A link', [{ type: 'link', attrs: { href: 'https://example.com/?a=1&b=2' } }]), text(' and a bad one', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
        paragraph(),
      ],
    } as BodyJson,
  ],
  [
    'scripts whose characters are not code points: emoji, combining marks, Urdu, Chinese',
    {
      type: 'doc',
      content: [
        paragraph(text('Flags 🇵🇰🇬🇧 and a family 👨‍👩‍👧 cheered.')),
        paragraph(text('Cafe\u0301 owners met in Lahore.')),
        paragraph(text('کراچی میں شدید بارش، سڑکیں زیر آب')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('北京的会议今天结束'))] }] },
      ],
    } as BodyJson,
  ],
]

describe('prepareBody, block by block (bodyBlocks.ts)', () => {
  it.each(BODIES)('gives what parsing and rendering the whole document gives: %s', (_, body) => {
    const first = prepareBody(body, 'ltr')
    expect(first).toEqual(whole(body))
    // Again, now from the cache, and after an edit to one block, as an autosave sends it.
    expect(prepareBody(body, 'ltr')).toEqual(first)
    const content = [...(body.content ?? [])]
    content[content.length - 1] = paragraph(text('An edit at the end.'))
    const edited = { ...body, content } as BodyJson
    expect(prepareBody(edited, 'ltr')).toEqual(whole(edited))
  })

  it('knows the blocks of a body it prepared by identity, in either direction', () => {
    const body = BODIES[2]![1]
    const stored = prepareBody(body, 'ltr').json
    // The stored body's own block objects, as an autosave patch leaves most of them.
    expect(prepareBody(stored, 'ltr')).toEqual(whole(stored))
    const content = [...stored.content!]
    content[1] = paragraph(text('A new heading line.'))
    expect(prepareBody({ ...stored, content }, 'ltr')).toEqual(whole({ ...stored, content }))
    // The same objects in a right-to-left story are prepared for that direction.
    expect(prepareBody(stored, 'rtl')).toEqual(prepareBody({ ...stored, attrs: {} } as BodyJson, 'rtl'))
  })

  it('renders right to left from the cache as it does whole, and refuses a bad block every time', () => {
    const urdu = { type: 'doc', content: [paragraph(text('کراچی میں شدید بارش')), paragraph(text('English line'))] } as BodyJson
    expect(prepareBody(urdu, 'rtl')).toEqual(prepareBody({ ...urdu, attrs: {} } as BodyJson, 'rtl'))
    expect(prepareBody(urdu, 'rtl').html).not.toEqual(prepareBody(urdu, 'ltr').html)
    const bad = { type: 'doc', content: [paragraph(text('fine')), { type: 'table', content: [] }] } as BodyJson
    for (let i = 0; i < 2; i++) expect(() => prepareBody(bad, 'ltr')).toThrow(/not a valid document/)
    const misplaced = { type: 'doc', content: [paragraph(paragraph(text('a paragraph in a paragraph')))] } as BodyJson
    for (let i = 0; i < 2; i++) expect(() => prepareBody(misplaced, 'ltr')).toThrow(/not a valid document/)
  })
})

describe('staticBodyHtml', () => {
  const cases = BODIES.flatMap(([name, body]) => (['ltr', 'rtl'] as const).map((direction) => ({ name, body, direction })))
  it.each(cases)('writes what renderToHTMLString writes, whole and block by block: $name, $direction', ({ body, direction }) => {
    const extensions = bodyExtensions(direction)
    const doc = Node.fromJSON(getSchema(extensions), body)
    expect(staticBodyHtml(doc, direction)).toBe(renderToHTMLString({ extensions, content: doc }))
    doc.forEach((block) => expect(staticBodyHtml(block, direction)).toBe(renderToHTMLString({ extensions, content: block })))
  })
})
