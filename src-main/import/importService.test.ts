import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportReport, ImportResult } from '../../src-shared/domain/importReport'
import type { Picture } from '../../src-shared/domain/picture'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { fieldsOf } from '../../src-shared/domain/storyDraft'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { FIXTURES, importBytes, importFile } from './testing/importFixture'
import { SMALL_PNG } from './testing/reporterDocx'

let desk: TestDesk
beforeAll(async () => {
  desk = await openTestDesk()
})
afterAll(() => desk.close())

const text = (value: string) => new TextEncoder().encode(value)
const counts = async () => ({
  stories: (await desk.value<{ total: number }>('stories:list', {})).total,
  pictures: (await desk.value<Picture[]>('pictures:list', {})).length,
})

/** Bytes no text format produces: a seeded xorshift, so the test is the same every run. */
function garbage(length: number): Uint8Array {
  let state = 0x2545f491
  return Uint8Array.from({ length }, () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return state & 0xff
  })
}

describe('bad input gets a clear message and creates nothing', () => {
  const cases: [name: string, bytes: () => Uint8Array | Promise<Uint8Array>, message: RegExp][] = [
    ['empty.txt', () => new Uint8Array(0), /^“empty\.txt” is empty\.$/],
    ['blank.txt', () => text('  \n\n \t '), /^“blank\.txt” has no text in it\.$/],
    ['garbage.bin', () => garbage(4096), /^“garbage\.bin” is not text, HTML, a Word document or a ninjs item: it looks like binary data\.$/],
    ['story.docx', () => text('This is plain text with a .docx name.'), /^“story\.docx” is not a Word document: a \.docx file is a zip archive, and this one is not\.$/],
    ['old.doc', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /Word 97–2003 document \(\.doc\)/],
    ['scan.pdf', () => text('%PDF-1.7\n%âãÏÓ'), /is a PDF/],
    ['photo.png', () => SMALL_PNG, /is a picture \(PNG\), not a story/],
    ['home-page.html', () => readFileSync(join(FIXTURES.pages, 'home-page.html')), /^No story was found in “home-page\.html”: the page has no article text/],
    ['menu.txt', () => text('Home\nNews\nSport\nSubscribe\n'), /^No story text was found in “menu\.txt”/],
    ['wire.json', () => text(JSON.stringify({ uri: 'http://example.com/1', headlines: [{ value: 42 }] })), /^“wire\.json” is not an IPTC ninjs 2\.x item: headlines\[0\]\.value must be text\.$/],
  ]
  for (const [name, bytes, message] of cases) {
    it(name, async () => {
      const before = await counts()
      const result = await importBytes(desk, name, new Uint8Array(await bytes()))
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.message).toMatch(message)
      expect(await counts()).toEqual(before)
    })
  }

  it('refuses a file over 50 MB before reading it', async () => {
    const result = await importBytes(desk, 'huge.txt', new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '“huge.txt” is 50 MB; an import may be at most 50 MB.' } })
  })

  it('validates the payload: a zone that is not an IANA zone, and bytes that are not bytes', async () => {
    expect(await desk.call('import:file', { name: 'a.txt', bytes: text('x'), zone: 'Mars/Olympus' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await desk.call('import:file', { name: 'a.txt', bytes: 'text' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

describe('zones, encodings and the current person', () => {
  it('reads times without a zone in the chosen zone, and defaults to the desk’s (this machine’s) zone', async () => {
    const london = await importFile(desk, FIXTURES.seed, 'Europe/London')
    expect(london.story).toMatchObject({ datelineAt: '2024-06-01T12:23:00.000Z', datelineZone: 'Europe/London' })
    const bytes = new Uint8Array(readFileSync(FIXTURES.seed))
    const result = await desk.value<ImportResult>('import:file', { name: 'seed.txt', bytes })
    const machine = Intl.DateTimeFormat().resolvedOptions().timeZone
    expect(result.report.zone).toBe(machine)
    expect(result.story.datelineZone).toBe(machine)
  })

  it('reads a legacy Windows-1252 page and says so', async () => {
    const page = 'Minister’s café visit\n\nBy News Desk\n\nThe minister visited a café in Lahore on Monday, where he met traders and heard their complaints about taxes.\n'
    const bytes = Uint8Array.from([...page].map((char) => (char === '’' ? 0x92 : char === 'é' ? 0xe9 : char.charCodeAt(0))))
    const result = await desk.value<ImportResult>('import:file', { name: 'legacy.txt', bytes })
    expect(result.story.headline).toBe('Minister’s café visit')
    expect(result.report.needsLook).toContainEqual({ field: null, message: 'The file was not UTF-8; it was read as Windows-1252. Check accented letters and quotes.' })
  })

  it('asks for a look when the same headline is already on the desk, and still makes the draft', async () => {
    const page = 'Bridge reopens after flood repairs\n\nBy News Desk\n\nThe Nullah Leh bridge reopened on Monday after three weeks of repairs, the city said.\n'
    const first = await desk.value<ImportResult>('import:file', { name: 'bridge.txt', bytes: text(page) })
    expect(first.report.needsLook.filter((item) => item.field === 'headline')).toEqual([])
    const second = await desk.value<ImportResult>('import:file', { name: 'bridge.txt', bytes: text(page) })
    expect(second.story.id).not.toBe(first.story.id)
    expect(second.report.needsLook).toContainEqual({
      field: 'headline',
      message: `A story with this headline is already on the desk: “${first.story.slug}” (draft). Is this the same file imported again?`,
    })
  })

  it('assigns the draft to the person working here, while the credits stay the source’s', async () => {
    const person = await desk.value<{ id: string }>('people:create', { name: 'Desk Importer', roles: ['reporter'] })
    await desk.value('profile:set', { personId: person.id })
    const result = await importFile(desk, FIXTURES.seed)
    expect(result.story.assigneeId).toBe(person.id)
    expect(result.story.credits.map((credit) => credit.name)).toEqual(['News Desk', 'Awais Kiyani'])
  })
})

describe('the import report', () => {
  it('is kept for the new draft until dismissed', async () => {
    const { story, report } = await importFile(desk, join(FIXTURES.pages, 'urdu-page.txt'))
    expect(await desk.value<ImportReport | null>('import:report', { storyId: story.id })).toEqual(report)
    expect(await desk.value('import:dismiss', { storyId: story.id })).toEqual({ dismissed: true })
    expect(await desk.value('import:report', { storyId: story.id })).toBeNull()
  })

  it('adds the missing lead picture with the caption the page gave it, once', async () => {
    const { story } = await importFile(desk, FIXTURES.seed)
    const attached = await desk.value<ImportResult>('import:attachLead', { storyId: story.id, picture: { name: 'naqvi.png', bytes: SMALL_PNG } })
    expect(attached.story.lead).toMatchObject({ caption: 'File photo', alt: '', credit: '' })
    expect(attached.story.version).toBe(story.version + 1)
    expect(attached.report.pictures[0]?.attached).toBe(true)
    expect((await desk.value<Picture>('pictures:get', { id: attached.story.lead!.pictureId })).uses).toEqual([{ storyId: story.id, headline: story.headline, kind: 'lead' }])
    const again = await desk.call('import:attachLead', { storyId: story.id, picture: { name: 'naqvi.png', bytes: SMALL_PNG } })
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: 'The import has no lead picture waiting for its file.' } })
  })

  it('never replaces a lead picture the reporter chose in the meantime', async () => {
    const { story } = await importFile(desk, FIXTURES.seed)
    const other = await desk.value<Picture>('pictures:add', { name: 'other.png', bytes: SMALL_PNG })
    await desk.value<StoryDetail>('stories:save', { id: story.id, baseVersion: story.version, fields: { ...fieldsOf(story), lead: { pictureId: other.id, caption: 'Chosen', alt: 'x', credit: '' } } })
    const refused = await desk.call('import:attachLead', { storyId: story.id, picture: { name: 'naqvi.png', bytes: SMALL_PNG } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect((await desk.value<StoryDetail>('stories:get', { id: story.id })).lead?.caption).toBe('Chosen')
  })
})
