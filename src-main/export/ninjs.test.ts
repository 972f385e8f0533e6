import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fieldsOf, type StoryDetail } from '../../src-shared/domain/storyDraft'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { addPicture, saveSeedStory, type SeedOnDesk } from './fixtures/seedStoryOnDesk'
import { toNinjs } from './ninjs'
import type { NinjsDocument, Publication } from './ninjsTypes'
import { validateNinjs } from './validateNinjs'

let desk: TestDesk
let seeded: SeedOnDesk
const firstVersion: Publication = { version: 1, versionCreatedAt: '2024-06-01T08:30:00.000Z', pubstatus: 'usable' }

beforeAll(async () => {
  desk = await openTestDesk()
  seeded = await saveSeedStory(desk, { ednote: 'EDNOTE-SEED: check the ambassador’s name' })
})
afterAll(() => desk.close())

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/**
 * The seed story as ninjs 2.2, reviewed by hand against the source page
 * (../shared/fixtures/articles/000_06a4932b5a9dbcca.txt) and the ninjs 2.2 schema.
 * Only the ids (UUIDv7, made on save) and the body text (the twelve paragraphs, read from
 * the same file) are filled in.
 */
function expectedSeedNinjs({ seed, story, picture }: SeedOnDesk): NinjsDocument {
  const plainBody = [...seed.paragraphs, 'Reporter: Awais Kiyani'].join('\n\n')
  const htmlBody = `${seed.paragraphs.map((text) => `<p dir="ltr">${escapeText(text)}</p>`).join('')}<footer class="credits"><p>Reporter: Awais Kiyani</p></footer>`
  return {
    uri: `urn:uuid:${story.id}`,
    type: 'text',
    representationtype: 'full',
    version: '1',
    firstcreated: '2024-06-01T13:23:00+05:00',
    versioncreated: '2024-06-01T13:30:00+05:00',
    pubstatus: 'usable',
    language: 'en',
    slugline: 'pakistan-to-welcome-uk-support-in-tackling-cybercrimes-minister',
    headlines: [
      { role: 'main', contenttype: 'text/plain', value: 'Pakistan to welcome UK support in tackling cybercrimes: Minister' },
      { role: 'subhead', contenttype: 'text/plain', value: 'Mohsin Naqvi visits three important UK institutions in London' },
    ],
    by: 'News Desk',
    located: 'London',
    bodies: [
      { role: 'main', contenttype: 'text/html', wordcount: 372, charcount: 2378, value: htmlBody },
      { role: 'main', contenttype: 'text/plain', wordcount: 372, charcount: 2378, value: plainBody },
    ],
    genres: [{ name: 'News', literal: 'news' }],
    associations: [
      {
        name: 'lead-picture',
        uri: `urn:uuid:${picture.id}`,
        type: 'picture',
        by: 'Newsdesk Photo Service',
        copyrightnotice: '© 2024 Newsdesk Photo Service',
        contentcreated: '2024-05-31T15:40:00+00:00',
        descriptions: [
          { role: 'caption', contenttype: 'text/plain', value: 'File photo' },
          { role: 'alttext', contenttype: 'text/plain', value: 'Interior Minister Mohsin Naqvi in London' },
        ],
        renditions: [{ name: 'original', contenttype: 'image/jpeg', width: 48, height: 32, sizeinbytes: 1478 }],
      },
    ],
    standard: { name: 'ninjs', version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' },
  }
}

describe('toNinjs: the seed story', () => {
  it('equals the reviewed ninjs 2.2 document and validates against the 2.2 schema', () => {
    const document = toNinjs(seeded.story, firstVersion, seeded.pictures)
    expect(document).toStrictEqual(expectedSeedNinjs(seeded))
    expect(validateNinjs(document)).toEqual({ valid: true })
  })

  it('has twelve body paragraphs, the reporter credit as the body footer, and counts without captions', () => {
    const [html, text] = toNinjs(seeded.story, firstVersion, seeded.pictures).bodies
    expect(seeded.seed.paragraphs).toHaveLength(12)
    expect(html?.value.match(/<p dir="ltr">/g)).toHaveLength(12)
    expect(html?.value).toMatch(/<footer class="credits"><p>Reporter: Awais Kiyani<\/p><\/footer>$/)
    expect(text?.value.endsWith('\n\nReporter: Awais Kiyani')).toBe(true)
    // The desk's count of the copy, plus the three words of the credit line; the caption is not counted.
    expect(text?.wordcount).toBe(seeded.story.wordCount + 3)
    expect(JSON.stringify(toNinjs(seeded.story, firstVersion, seeded.pictures))).not.toContain('EDNOTE-SEED')
  })

  it('keeps the uri for a correction, with the version up, and is canceled when unpublished', () => {
    const first = toNinjs(seeded.story, firstVersion, seeded.pictures)
    const correction = toNinjs(seeded.story, { version: 2, versionCreatedAt: '2024-06-01T10:00:00.000Z', pubstatus: 'usable' }, seeded.pictures)
    const unpublished = toNinjs(seeded.story, { version: 3, versionCreatedAt: '2024-06-02T10:00:00.000Z', pubstatus: 'canceled' }, seeded.pictures)
    expect(correction).toMatchObject({ uri: first.uri, version: '2', versioncreated: '2024-06-01T15:00:00+05:00', pubstatus: 'usable' })
    expect(unpublished).toMatchObject({ uri: first.uri, version: '3', pubstatus: 'canceled' })
    expect(validateNinjs(unpublished)).toEqual({ valid: true })
  })
})

describe('toNinjs: other stories', () => {
  async function saveStory(fields: Partial<ReturnType<typeof fieldsOf>>): Promise<StoryDetail> {
    const draft = await desk.value<StoryDetail>('stories:create', { headline: 'Flood waters recede in Sindh' })
    return desk.value<StoryDetail>('stories:save', { id: draft.id, baseVersion: draft.version, fields: { ...fieldsOf(draft), ...fields } })
  }

  it('names each body figure’s association from the HTML, with caption, alt text, credit and an absolute href when known', async () => {
    const png = await addPicture(desk, 'plain.png')
    const figure = (caption: string, alt: string, credit: string, pictureId: string) => ({
      type: 'figure',
      attrs: { pictureId, alt, credit },
      content: [{ type: 'text', text: caption }],
    })
    const story = await saveStory({
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Water levels fell overnight.' }] },
          figure('Boats in Dadu', 'Rescue boats on a flooded street', 'Staff Photographer', png.id),
          { type: 'blockquote', content: [figure('Second look', '', '', seeded.picture.id)] },
        ],
      },
      tags: ['Floods', 'Sindh'],
    })
    const document = toNinjs(story, firstVersion, seeded.pictures, { pictureSrc: (id) => `https://cdn.example.com/pictures/${id}.jpg` })
    const html = document.bodies[0]?.value ?? ''
    expect(html).toContain(`<figure dir="ltr" data-assoc-ref="picture-1"><img src="https://cdn.example.com/pictures/${png.id}.jpg"`)
    expect(html).toContain('data-assoc-ref="picture-2"')
    expect(html).not.toContain('data-picture-id')
    expect(document.associations).toEqual([
      {
        name: 'picture-1',
        uri: `urn:uuid:${png.id}`,
        type: 'picture',
        by: 'Staff Photographer',
        descriptions: [
          { role: 'caption', contenttype: 'text/plain', value: 'Boats in Dadu' },
          { role: 'alttext', contenttype: 'text/plain', value: 'Rescue boats on a flooded street' },
        ],
        renditions: [{ name: 'original', contenttype: 'image/png', width: 48, height: 32, sizeinbytes: png.bytes, href: `https://cdn.example.com/pictures/${png.id}.jpg` }],
      },
      expect.objectContaining({ name: 'picture-2', by: 'Newsdesk Photo Service', descriptions: [{ role: 'caption', contenttype: 'text/plain', value: 'Second look' }] }),
    ])
    expect(document.subjects).toEqual([{ name: 'Floods', literal: 'floods' }, { name: 'Sindh', literal: 'sindh' }])
    expect(document.bodies[1]?.value).toBe('Water levels fell overnight.') // captions are not body text
    expect(validateNinjs(document)).toEqual({ valid: true })
  })

  it('leaves out what the story does not have: no dateline, standfirst, section, byline or lead picture', async () => {
    const story = await saveStory({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Short.' }] }] } })
    const document = toNinjs(story, firstVersion, () => null)
    for (const key of ['firstcreated', 'located', 'by', 'genres', 'subjects', 'associations'] as const) expect(document).not.toHaveProperty(key)
    expect(document.headlines).toEqual([{ role: 'main', contenttype: 'text/plain', value: 'Flood waters recede in Sindh' }])
    expect(document.versioncreated).toBe('2024-06-01T08:30:00+00:00') // no dateline zone: UTC, still with a colon offset
    expect(validateNinjs(document)).toEqual({ valid: true })
  })

  it('exports a lead picture missing from the library without file details, rather than failing', async () => {
    const document = toNinjs(seeded.story, firstVersion, () => null)
    expect(document.associations).toEqual([
      {
        name: 'lead-picture',
        uri: `urn:uuid:${seeded.picture.id}`,
        type: 'picture',
        descriptions: [
          { role: 'caption', contenttype: 'text/plain', value: 'File photo' },
          { role: 'alttext', contenttype: 'text/plain', value: 'Interior Minister Mohsin Naqvi in London' },
        ],
      },
    ])
    expect(validateNinjs(document)).toEqual({ valid: true })
  })
})
