import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { blockTexts, FIXTURES, importBytes, importFile } from './testing/importFixture'

// The official IPTC examples (../shared/fixtures/ninjs/examples, copied to src-main/export/ninjs-schema/examples).
let desk: TestDesk
const example = (name: string) => importFile(desk, join(FIXTURES.ninjs, name))
beforeAll(async () => {
  desk = await openTestDesk()
})
afterAll(() => desk.close())

describe('importing IPTC ninjs 2.x items', () => {
  it('2.2 simple text article: headline, body paragraphs from the richtext body, "by" split into two bylines, dateline with agency', async () => {
    const { story, report } = await example('2.2_004_simple_text_article.json')
    expect(story).toMatchObject({
      headline: 'Captain of wrecked cruise ship on trial in Italy',
      language: 'en',
      datelinePlace: 'Grosseto, Italy',
      datelineAt: '2013-07-09T10:37:00.000Z',
      credits: [
        { personId: null, name: 'Paulo Santalucia', role: 'author' },
        { personId: null, name: "Frances d'Emilio", role: 'author' },
      ],
    })
    const blocks = blockTexts({ story, report })
    expect(blocks).toHaveLength(4)
    expect(blocks[0]).toMatch(/^The trial of the captain of the shipwrecked Costa Concordia/)
    expect(report.source.format).toBe('ninjs')
  })

  it('2.2 photo only: a picture item becomes a story with its picture as a reference with caption and credit', async () => {
    const { story, report } = await example('2.2_006_photo_only.json')
    expect(story).toMatchObject({ headline: 'Costa Concordia cruise ship', byline: 'By Paulo Santalucia', lead: null })
    expect(report.pictures).toEqual([
      expect.objectContaining({ role: 'lead', credit: 'Paulo Santalucia', href: 'http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg', caption: expect.stringMatching(/^The Costa Concordia cruise ship lies on its side/) }),
    ])
    expect(report.needsLook).toContainEqual({ field: 'body', message: 'The source has no story text: write the story.' })
  })

  it('2.2 multimedia: language, located, and both picture associations as references', async () => {
    const { story, report } = await example('2.2_007_multimedia.json')
    expect(story).toMatchObject({ headline: 'Captain of wrecked cruise ship on trial in Italy', language: 'en', datelinePlace: 'Grosseto, Italy', byline: "By Paulo Santalucia and Frances d'Emilio" })
    expect(report.pictures.map((picture) => [picture.role, picture.credit, picture.href])).toEqual([
      ['lead', 'Paulo Santalucia', 'http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg'],
      ['body', 'Paulo Santalucia', 'http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904xyz000-big.jpg'],
    ])
    expect(report.pictures[1]?.caption).toBe('Francesco Schettino the captain of the Costa Concordia cruise ship at court in Grossetto, Italy, on 9 July 2013')
    expect(report.needsLook).toContainEqual({ field: 'dateline', message: 'The byline says “Grossetto, Italy”, the dateline “Grosseto, Italy”: the dateline was kept.' })
  })

  it('2.1 TT agency item: Swedish, genre as section, subjects as tags, slugline, the html5 body with quotes, TT credited', async () => {
    const { story, report } = await example('2.1_tt_text_image_2.json')
    expect(story).toMatchObject({
      headline: 'Militärövning i jätteformat hålls 2023',
      language: 'sv',
      section: 'Inrikes',
      tags: ['Krig, konflikter och oroligheter'],
      slug: 'militarovning',
      slugLocked: true,
      // versioncreated 2021-05-26T13:40:18+02:00, to the minute as the dateline field keeps it.
      datelineAt: '2021-05-26T11:40:00.000Z',
      credits: [{ personId: null, name: 'TT', role: 'author' }],
    })
    expect(story.bodyHtml).toContain('<blockquote dir="ltr"><p dir="ltr">Aurora 2023 kommer att genomföras')
    expect(story.bodyHtml).toContain('href="https://www.sydostran.se/nyheter/beskedet-da-genomfors-forsvarsmaktens-jatteovning-13d95038/"')
    expect(story.bodyHtml).not.toContain('Militärövning i jätteformat hålls 2023')
    expect(report.pictures[0]).toMatchObject({ role: 'lead', credit: 'Karl Melander/TT', caption: expect.stringMatching(/^En stor internationell försvarsövning/) })
  })

  it('refuses JSON that fails the ninjs schema, naming the field, and creates nothing', async () => {
    const bad = { uri: 'not a uri', type: 'text', headlines: 'Captain on trial' }
    const refused = await importBytes(desk, 'wire.json', new TextEncoder().encode(JSON.stringify(bad)))
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!refused.ok && refused.error.message).toMatch(/^“wire\.json” is not an IPTC ninjs 2\.x item: .*headlines must be a list/)
    const broken = await importBytes(desk, 'wire.json', new TextEncoder().encode('{"uri": "urn:x", "headlines": ['))
    expect(!broken.ok && broken.error.message).toMatch(/^“wire\.json” is not valid JSON/)
    const example = readFileSync(join(FIXTURES.ninjs, '2.2_004_simple_text_article.json'), 'utf8')
    const unknownKey = await importBytes(desk, 'wire.json', new TextEncoder().encode(example.replace('"type" : "text",', '"type" : "text", "madeup": 1,')))
    expect(!unknownKey.ok && unknownKey.error.message).toContain('madeup is not a ninjs property')
  })
})
