import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fieldsOf, type StoryDetail } from '../../src-shared/domain/storyDraft'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { EXPORT_FORMATS, exportStory } from './exportStory'
import { addPicture, saveSeedStory, type SeedOnDesk } from './fixtures/seedStoryOnDesk'
import { InvalidNinjsError, validateNinjs } from './validateNinjs'

const EDNOTE = 'EDNOTE-7f3a: lawyers have not cleared paragraph 4'
const COMMENT = 'COMMENT-91c2: is the ambassador quote on the record?'
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'

let desk: TestDesk
let seeded: SeedOnDesk
let hostile: StoryDetail
const publication = { version: 1, versionCreatedAt: '2024-06-01T08:30:00.000Z', pubstatus: 'usable' } as const

beforeAll(async () => {
  desk = await openTestDesk()
  seeded = await saveSeedStory(desk, { ednote: EDNOTE })
  await desk.value('comments:add', { storyId: seeded.story.id, body: COMMENT })
  const png = await addPicture(desk, 'plain.png')
  const draft = await desk.value<StoryDetail>('stories:create', { headline: `Breaking ${HOSTILE}` })
  hostile = await desk.value<StoryDetail>('stories:save', {
    id: draft.id,
    baseVersion: draft.version,
    fields: {
      ...fieldsOf(draft),
      standfirst: `Standfirst ${HOSTILE}`,
      datelinePlace: `Karachi ${HOSTILE}`,
      credits: [{ personId: null, name: `Desk ${HOSTILE}`.slice(0, 80), role: 'author' }],
      lead: { pictureId: png.id, caption: `Caption ${HOSTILE}`, alt: '" onerror="alert(1)', credit: `Credit ${HOSTILE}` },
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: `Body ${HOSTILE}` }, { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
          { type: 'figure', attrs: { pictureId: png.id, alt: 'alt" onload="x', credit: '' }, content: [{ type: 'text', text: `Figure ${HOSTILE}` }] },
        ],
      },
    },
  })
})
afterAll(() => desk.close())

const exportOf = (story: StoryDetail, format: (typeof EXPORT_FORMATS)[number]) => exportStory(story, format, { pictures: seeded.pictures, publication })

/** Tag names and attribute names of HTML as sanitize-html writes it (attributes always double-quoted). */
function markupOf(html: string): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>()
  const attributes = new Set<string>()
  for (const [, name = '', rest = ''] of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    tags.add(name.toLowerCase())
    for (const [, attribute = ''] of rest.matchAll(/\s([^\s=>/]+)(?:="[^"]*")?/g)) attributes.add(attribute.toLowerCase())
  }
  return { tags, attributes }
}

describe('exportStory', () => {
  it('names the file from the slug and gives each format its media type', () => {
    expect(EXPORT_FORMATS.map((format) => exportOf(seeded.story, format)).map(({ fileName, mime }) => [fileName, mime])).toEqual([
      ['pakistan-to-welcome-uk-support-in-tackling-cybercrimes-minister.ninjs.json', 'application/json'],
      ['pakistan-to-welcome-uk-support-in-tackling-cybercrimes-minister.html', 'text/html'],
      ['pakistan-to-welcome-uk-support-in-tackling-cybercrimes-minister.md', 'text/markdown'],
      ['pakistan-to-welcome-uk-support-in-tackling-cybercrimes-minister.txt', 'text/plain'],
    ])
  })

  it.each(EXPORT_FORMATS)('never lets the ednote or a comment into %s', (format) => {
    const { content } = exportOf(seeded.story, format)
    expect(content).toContain('Awais Kiyani')
    expect(content).not.toContain('EDNOTE-7f3a')
    expect(content).not.toContain('lawyers have not cleared')
    expect(content).not.toContain('COMMENT-91c2')
  })

  it('writes schema-valid ninjs, and blocks an invalid one naming the field', () => {
    expect(validateNinjs(JSON.parse(exportOf(seeded.story, 'ninjs').content))).toEqual({ valid: true })
    const export_ = () => exportStory(seeded.story, 'ninjs', { pictures: seeded.pictures, publication: { ...publication, versionCreatedAt: 'yesterday' } })
    expect(export_).toThrow(InvalidNinjsError)
    expect(export_).toThrow('versioncreated: must be an RFC 3339 date-time')
  })

  it('writes a file export of an unpublished story as canceled ninjs, at its saved version', () => {
    const { content } = exportStory({ ...seeded.story, state: 'unpublished' }, 'ninjs', { pictures: seeded.pictures })
    expect(JSON.parse(content)).toMatchObject({ version: String(seeded.story.version), pubstatus: 'canceled' })
  })

  it('writes the seed story as a semantic HTML document, the picture from pictureSrc', () => {
    const { content } = exportStory(seeded.story, 'html', { pictures: seeded.pictures, pictureSrc: (id) => `https://news.example.com/uploads/${id}.jpg` })
    expect(content).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/)
    expect(content).toContain('<h1>Pakistan to welcome UK support in tackling cybercrimes: Minister</h1>')
    expect(content).toContain('<p class="standfirst">Mohsin Naqvi visits three important UK institutions in London</p>')
    expect(content).toContain('<p class="byline">By News Desk</p>')
    expect(content).toContain('<time datetime="2024-06-01T13:23:00+05:00">')
    expect(content).toContain(
      `<figure class="lead-picture"><img src="https://news.example.com/uploads/${seeded.picture.id}.jpg" alt="Interior Minister Mohsin Naqvi in London" width="48" height="32" /><figcaption>File photo</figcaption>`,
    )
    expect(content.match(/<p dir="ltr">/g)).toHaveLength(12)
    expect(content).toContain('<footer class="credits"><p>Reporter: Awais Kiyani</p></footer></article>')
  })

  it('writes Markdown with the lead picture as an image and a caption line', () => {
    const { content } = exportOf(seeded.story, 'markdown')
    expect(content).toMatch(/^# Pakistan to welcome UK support in tackling cybercrimes: Minister\n\nMohsin Naqvi visits/)
    expect(content).toContain(`![Interior Minister Mohsin Naqvi in London](media/${seeded.picture.id})\n\nFile photo — Newsdesk Photo Service\n\n`)
    expect(content.trimEnd().endsWith('Reporter: Awais Kiyani')).toBe(true)
  })

  it('writes plain text: headline, standfirst, byline, dateline, the twelve paragraphs, the credit line', () => {
    const { content } = exportOf(seeded.story, 'text')
    const blocks = content.trimEnd().split('\n\n')
    expect(blocks[0]).toBe('Pakistan to welcome UK support in tackling cybercrimes: Minister\nMohsin Naqvi visits three important UK institutions in London')
    expect(blocks[1]).toMatch(/^By News Desk\nLondon, .*2024/)
    expect(blocks.slice(2, 14)).toEqual(seeded.seed.paragraphs)
    expect(blocks[14]).toBe('Reporter: Awais Kiyani')
    expect(content).not.toContain('File photo') // pictures are not copy
  })
})

describe('exportStory: hostile text in headline, standfirst, dateline, credits, captions and alt text', () => {
  it('HTML keeps the text visible but escaped, with no script, no event handler and no javascript: link', () => {
    const { content } = exportOf(hostile, 'html')
    const { tags, attributes } = markupOf(content)
    expect([...tags].filter((tag) => !['html', 'head', 'meta', 'title', 'body', 'article', 'header', 'h1', 'p', 'span', 'figure', 'img', 'figcaption', 'small', 'footer', 'a'].includes(tag))).toEqual([])
    expect([...attributes].filter((name) => name.startsWith('on'))).toEqual([])
    expect(content).not.toMatch(/javascript:/i)
    expect(content).toContain('<h1>Breaking &lt;script&gt;alert("x")&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</h1>')
    expect(content).toContain('<figcaption>Caption &lt;script&gt;')
    expect(content).toContain('alt="&quot; onerror=&quot;alert(1)"')
    expect(content).toContain('alt="alt&quot; onload=&quot;x"')
  })

  it('ninjs carries the text as data: escaped in the HTML body, plain in captions', () => {
    const document = JSON.parse(exportOf(hostile, 'ninjs').content)
    expect(validateNinjs(document)).toEqual({ valid: true })
    const html: string = document.bodies[0].value
    expect([...markupOf(html).attributes].filter((name) => name.startsWith('on'))).toEqual([])
    expect(html).not.toContain('<script')
    expect(document.associations[0].descriptions[0].value).toBe(`Caption ${HOSTILE}`)
  })

  it('Markdown escapes the tags so no renderer runs them', () => {
    const { content } = exportOf(hostile, 'markdown')
    expect(content).not.toMatch(/(^|[^\\])<(script|img)/m)
    expect(content).toContain('\\<script>')
    expect(content).not.toMatch(/javascript:/i)
  })
})
