import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../src-shared/domain/importReport'
import type { Picture } from '../../src-shared/domain/picture'
import type { Person } from '../../src-shared/domain/person'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { blockTexts, FIXTURES, importBytes, importFile } from './testing/importFixture'

// Page shapes other than the seed, in e2e/fixtures/import (invented text, real sites' shapes).
let desk: TestDesk
const page = (name: string, zone?: string) => importFile(desk, join(FIXTURES.pages, name), zone)
beforeAll(async () => {
  desk = await openTestDesk()
})
afterAll(() => desk.close())

const picked = (result: ImportResult) => {
  const { story } = result
  return { headline: story.headline, standfirst: story.standfirst, section: story.section, language: story.language, place: story.datelinePlace, at: story.datelineAt, zone: story.datelineZone, credits: story.credits.map((c) => `${c.role}:${c.name}`) }
}

describe('plain-text page shapes', () => {
  it('an Urdu page: language ur, Urdu desk byline, time as "12:00 PM, 17 Dec, 2021", dateline "کراچی:", Urdu full stops kept', async () => {
    const result = await page('urdu-page.txt')
    expect(picked(result)).toEqual({
      headline: 'کراچی میں بارش کا نیا سلسلہ، شہری انتظامیہ الرٹ',
      standfirst: 'محکمہ موسمیات نے آئندہ تین روز میں مزید بارشوں کی پیش گوئی کر دی',
      section: 'پاکستان',
      language: 'ur',
      place: 'کراچی',
      at: '2021-12-17T07:00:00.000Z',
      zone: 'Asia/Karachi',
      credits: ['author:ویب ڈیسک'],
    })
    const blocks = blockTexts(result)
    expect(blocks).toHaveLength(4)
    expect(blocks[0]).toMatch(/^محکمہ موسمیات کے مطابق/)
    expect(blocks.every((text) => text.endsWith('۔'))).toBe(true)
    expect(result.story.bodyHtml).toContain('dir="rtl"')
    expect(result.report.pictures[0]).toMatchObject({ role: 'lead', caption: 'فائل فوٹو' })
    expect(JSON.stringify(result.story)).not.toMatch(/شیئر|مزید پڑھیں|گھنٹے پہلے|جملہ حقوق/)
  })

  it('a wire page: "By A, B and C", a time with GMT+5 beside "Updated 2 hours ago", "ISLAMABAD, June 10 (Reuters) -", a Reuters credit line', async () => {
    const result = await page('wire-agency.txt', 'Europe/London')
    expect(picked(result)).toMatchObject({
      headline: 'Pakistan central bank cuts key rate for first time in four years',
      section: 'Asia Pacific',
      place: 'Islamabad',
      // The offset in the line wins over the zone chosen for the import.
      at: '2024-06-10T11:12:00.000Z',
      credits: ['author:Asif Shahzad', 'author:Mubasher Bukhari', 'author:Gibran Peshimam', 'reporter:Asif Shahzad', 'reporter:Mubasher Bukhari', 'reporter:Gibran Peshimam'],
    })
    const blocks = blockTexts(result)
    expect(blocks).toHaveLength(5)
    expect(blocks[0]).toMatch(/^Pakistan's central bank cut its key policy rate/)
    expect(result.report.pictures[0]).toMatchObject({ role: 'lead', caption: 'A man counts Pakistani rupee notes at a currency exchange in Karachi.', credit: 'REUTERS/Akhtar Soomro/File Photo' })
    expect(result.report.dropped).toContainEqual({ text: 'Alex Richardson', reason: 'an editing credit (stories credit writers, reporters and photographers)' })
    expect(JSON.stringify(result.story)).not.toMatch(/Scroll to continue|Trust Principles|Read Next|hours ago|Skip to main/)
  })

  it('a broadsheet page: "Staff Reporter", "Published June 2, 2024 Updated a day ago", "KARACHI:", print-edition line and comments dropped', async () => {
    const result = await page('broadsheet-staff.txt')
    expect(picked(result)).toMatchObject({ section: 'Pakistan', place: 'Karachi', at: '2024-06-01T19:00:00.000Z', credits: ['author:Staff Reporter'] })
    expect(blockTexts(result)[0]).toMatch(/^Water tanker operators on Saturday/)
    expect(result.report.needsLook).toContainEqual({ field: 'published', message: '“Published June 2, 2024” gives no time of day: midnight was assumed.' })
    expect(result.report.dropped.map((item) => item.reason)).toEqual(expect.arrayContaining(['print-edition note', 'comments', 'relative time (“… ago”)']))
    expect(JSON.stringify(result.story)).not.toMatch(/Published in Dawn|Comments \(12\)|Most Popular|PCB announces/)
  })

  it('"By A and B in Karachi": the place goes to the dateline; tags and the "Also read" link; names split only on whole words', async () => {
    const result = await page('byline-in-place.txt')
    expect(picked(result)).toMatchObject({
      standfirst: 'Provincial cabinet approves Rs12 billion for desilting of 38 major nullahs',
      section: 'Karachi',
      place: 'Karachi',
      credits: ['author:Imran Ayub', 'author:Saleem Shahid'],
    })
    expect(result.story.tags).toEqual(['Karachi', 'Sindh', 'Monsoon'])
    expect(blockTexts(result)).toContain('Anderson Road and the Sandspit area, which flooded badly last year, have been put at the top of the list.')
    expect(result.report.dropped).toContainEqual({ text: 'Also read: Karachi\'s drains still choked a year after the floods', reason: 'link to another story' })
  })

  it('a magazine page: menus, a bare "Name in Place" byline beside a BST time, a crosshead kept, topics become tags', async () => {
    const result = await page('magazine-feature.txt')
    expect(picked(result)).toMatchObject({
      standfirst: 'Schools shut for a week and residents told to stay indoors as air quality index passes 400 in parts of the city.',
      section: 'Pakistan',
      place: 'Lahore',
      at: '2024-06-01T08:23:00.000Z',
      zone: 'Europe/London',
      credits: ['author:Ali Khan'],
    })
    expect(blockTexts(result)).toContain('Doctors warn of a rise in cases')
    expect(result.story.tags).toEqual(['Pakistan', 'South and central Asia', 'Air pollution'])
    expect(JSON.stringify(result.story)).not.toMatch(/Reuse this content|Most viewed|Support us|Skip to/)
  })

  it('an agency page in capitals: "By NAME and NAME", "WASHINGTON (AP) —", an update time in PDT, "contributed to this report"', async () => {
    const result = await page('agency-caps.txt')
    expect(picked(result)).toMatchObject({
      section: 'Politics',
      place: 'Washington',
      at: '2024-06-01T22:14:00.000Z',
      zone: 'America/Los_Angeles',
      credits: ['author:Aamer Madhani', 'author:Zeke Miller', 'additional_reporting:Josh Boak'],
    })
    expect(blockTexts(result)[0]).toMatch(/^President Joe Biden on Saturday/)
    expect(result.report.needsLook).toContainEqual({ field: 'published', message: 'Only an update time was found; it was taken as the publication time.' })
    expect(JSON.stringify(result.story)).not.toMatch(/Advertisement|Copyright 2024|RELATED COVERAGE/)
  })

  it('the seed byline links to the directory when the reporter is in it', async () => {
    const person = await desk.value<Person>('people:create', { name: 'Awais Kiyani', roles: ['reporter'] })
    const result = await importFile(desk, FIXTURES.seed)
    expect(result.story.credits[1]).toEqual({ personId: person.id, name: 'Awais Kiyani', role: 'reporter' })
    expect(result.report.needsLook.map((item) => item.message).join(' ')).not.toContain('Awais Kiyani')
  })
})

describe('a saved web page (HTML)', () => {
  it('reads metadata and the article: byline from JSON-LD, time with its offset, tags, the lead picture from a data: URI into the library', async () => {
    const result = await page('saved-page.html')
    expect(picked(result)).toEqual({
      headline: 'Islamabad to get 200 electric buses by December',
      standfirst: 'The capital’s transport authority says the first 50 buses will run on the Metro feeder routes from August.'.replace('’', "'"),
      section: 'Islamabad',
      language: 'en-GB',
      place: 'Islamabad',
      at: '2024-06-03T05:45:00.000Z',
      zone: 'Asia/Karachi',
      credits: ['author:Sana Jamal', 'author:Kamran Yousaf'],
    })
    expect(result.story.tags).toEqual(['Transport', 'Climate', 'Islamabad'])
    const lead = result.story.lead!
    expect(lead).toMatchObject({ caption: 'An electric bus during a trial run at the Peshawar Morr interchange.', alt: 'An electric bus at the Peshawar Morr interchange in Islamabad', credit: 'Capital Post' })
    const picture = await desk.value<Picture>('pictures:get', { id: lead.pictureId })
    expect(picture).toMatchObject({ mime: 'image/png', width: 24, height: 16 })
    expect(picture.uses).toEqual([{ storyId: result.story.id, headline: result.story.headline, kind: 'lead' }])
    // Markup kept: a heading, a list, bold, italic, and the relative link made absolute with the page's address.
    expect(result.story.bodyHtml).toContain('<h2 dir="ltr">Charging stations</h2>')
    expect(result.story.bodyHtml).toContain('<li dir="ltr"><p dir="ltr">Faizabad depot</p></li>')
    expect(result.story.bodyHtml).toContain('<strong>Rs50</strong>')
    expect(result.story.bodyHtml).toContain('<em>forty buses</em>')
    expect(result.story.bodyHtml).toContain('href="https://capitalpost.example/metro-feeder-routes"')
    expect(result.story.bodyHtml).not.toMatch(/Also read|Most Read|Subscribe|Privacy|dataLayer|logo/i)
    expect(blockTexts(result)[0]).toMatch(/^The capital's transport authority will put 200 electric buses/)
  })

  it('keeps no script, event handler or javascript: link from a hostile page', async () => {
    const paragraph = 'The provincial assembly passed the budget on Friday after a long session that ran late into the night, officials said.'
    const html = `<html><head><title>Assembly passes budget</title><script>alert(1)</script></head><body><article><h1>Assembly passes budget after late-night session</h1>
      <p onclick="alert(2)">${paragraph} <a href="javascript:alert(3)">Read the bill</a> and <a href="https://assembly.example/bill">the summary</a>.</p>
      <p>${paragraph}<img src="x" onerror="alert(4)"></p><p>${paragraph}<script>alert(5)</script></p></article></body></html>`
    const result = await importBytes(desk, 'hostile.html', new TextEncoder().encode(html))
    if (!result.ok) throw new Error(result.error.message)
    const stored = JSON.stringify(result.value.story)
    expect(stored).not.toMatch(/alert|javascript:|onclick|onerror|<script/i)
    expect(result.value.story.bodyHtml).toContain('href="https://assembly.example/bill"')
    expect(result.value.story.bodyHtml).toContain('Read the bill')
  })
})

describe('plain text as wires and e-mail send it', () => {
  it('joins a paragraph hard-wrapped across lines, and keeps a list of headlines apart', async () => {
    const wire = [
      'Karachi port handles record cargo in May',
      '',
      'By Staff Reporter',
      '',
      'KARACHI: Karachi Port Trust handled a record 5.2 million tonnes of cargo in',
      'May, the highest monthly volume in its history, the port authority said on',
      'Monday.',
      '',
      'Officials said the rise was driven by higher imports of wheat and fertiliser',
      'ahead of the sowing season.',
      '',
      'Most Read',
      'Heatwave grips Sindh as mercury touches 45 degrees in Jacobabad district',
      'KMC to install 500 new streetlights on main roads before the end of June',
    ].join('\n')
    const result = await importBytes(desk, 'wire.txt', new TextEncoder().encode(wire))
    if (!result.ok) throw new Error(result.error.message)
    expect(blockTexts(result.value)).toEqual([
      'Karachi Port Trust handled a record 5.2 million tonnes of cargo in May, the highest monthly volume in its history, the port authority said on Monday.',
      'Officials said the rise was driven by higher imports of wheat and fertiliser ahead of the sowing season.',
    ])
    expect(result.value.story.datelinePlace).toBe('Karachi')
    expect(result.value.report.dropped.filter((item) => item.reason === 'after the story: the “Most Read” list')).toHaveLength(2)
  })
})
