import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../src-shared/domain/importReport'
import type { Picture } from '../../src-shared/domain/picture'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { reporterDocx } from './testing/reporterDocx'
import { blockTexts, importBytes } from './testing/importFixture'

describe('importing a Word document (.docx, via mammoth)', () => {
  let desk: TestDesk
  let result: ImportResult
  beforeAll(async () => {
    desk = await openTestDesk()
    const imported = await importBytes(desk, 'ravi-embankments.docx', await reporterDocx())
    if (!imported.ok) throw new Error(imported.error.message)
    result = imported.value
  })
  afterAll(() => desk.close())

  it('takes the headline from the Title style, the standfirst from Subtitle, and reads byline, time and dateline lines', () => {
    expect(result.story).toMatchObject({
      headline: 'Flood defences to be raised along the Ravi',
      standfirst: 'Punjab irrigation department says work will finish before the monsoon',
      datelinePlace: 'Lahore',
      datelineAt: '2024-06-05T04:15:00.000Z',
      byline: 'By Ayesha Siddiqa and Farhan Ali',
    })
    expect(result.report.source).toEqual({ name: 'ravi-embankments.docx', format: 'docx' })
  })

  it('keeps headings, paragraphs, lists, bold, italic and links in the body schema', () => {
    const html = result.story.bodyHtml
    expect(html).toContain('<p dir="ltr">The Punjab irrigation department will raise the flood embankments along a 40-kilometre stretch of the <strong>Ravi</strong> river, officials said on <em>Wednesday</em>.</p>')
    expect(html).toContain('<h2 dir="ltr">Where the work will be done</h2>')
    expect(html).toContain('<ul dir="ltr"><li dir="ltr"><p dir="ltr">Shahdara bridge</p></li><li dir="ltr"><p dir="ltr">Kala Khatai road</p></li></ul>')
    expect(html).toContain('<ol dir="ltr"><li dir="ltr"><p dir="ltr">First phase: June</p></li>')
    expect(html).toContain('<a rel="noopener noreferrer nofollow" href="https://irrigation.punjab.example/ravi">department website</a>')
    expect(blockTexts(result)).toHaveLength(6)
  })

  it('puts the picture into the library and the body as a figure with its alt text and caption', async () => {
    const figure = result.story.body.content?.find((node) => node['type'] === 'figure') as { attrs: { pictureId: string; alt: string } } | undefined
    expect(figure?.attrs.alt).toBe('Workers repair an embankment on the Ravi near Shahdara')
    const picture = await desk.value<Picture>('pictures:get', { id: figure!.attrs.pictureId })
    expect(picture).toMatchObject({ mime: 'image/png', width: 24, height: 16, name: 'ravi-embankments-picture-1.png' })
    expect(picture.uses).toEqual([{ storyId: result.story.id, headline: result.story.headline, kind: 'body' }])
    expect(result.story.bodyHtml).toContain('<figcaption>Workers repair an embankment near Shahdara.</figcaption>')
  })

  it('refuses a zip that is not a Word document, creating nothing', async () => {
    const zip = new JSZip()
    zip.file('notes.txt', 'not a word document')
    const bytes = await zip.generateAsync({ type: 'uint8array' })
    const before = await desk.value<{ total: number }>('stories:list', {})
    const refused = await importBytes(desk, 'notes.docx', bytes)
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!refused.ok && refused.error.message).toMatch(/^“notes\.docx” could not be read as a Word document/)
    expect((await desk.value<{ total: number }>('stories:list', {})).total).toBe(before.total)
  })
})
