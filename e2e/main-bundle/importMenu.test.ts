import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StoryPage } from '../../src-shared/domain/story'
import type { Result } from '../../src-shared/contract/errors'
import type { StandInMenuItem } from './electronStandIn'
import { ownFrameEvent, PAGE, startBundleForSuite } from './startBundle'

const SEED = join(import.meta.dirname, '..', 'fixtures', 'seed-article.txt')

/** Waits until `check` holds (the menu's click handler runs asynchronously). */
async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('File › Import… in the built main bundle', () => {
  const bundle = startBundleForSuite()

  const importItem = (): StandInMenuItem | undefined => bundle.standIn.record.applicationMenu?.find((item) => item.label === '&File')?.submenu?.find((item) => item.label === 'Import…')
  const stories = async () => {
    const window = bundle.standIn.record.windows[0]!
    const list = bundle.standIn.record.handlers.get('stories:list')!
    return ((await list(ownFrameEvent(window.webContentsId), {})) as Result<StoryPage>)
  }

  it('installs an application menu with File › Import… (Ctrl/Cmd+O), Edit, View and Window', () => {
    const menu = bundle.standIn.record.applicationMenu!
    expect(menu.map((item) => item.label ?? item.role)).toEqual(expect.arrayContaining(['&File', 'editMenu', '&View', 'windowMenu']))
    expect(importItem()).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+O' })
  })

  it('reads the chosen file in main, imports it, and opens the new draft in the window', async () => {
    bundle.standIn.record.openDialogAnswers.push([SEED])
    const window = bundle.standIn.record.windows[0]!
    importItem()!.click!()
    await until(() => window.loaded.length > 1)
    expect(bundle.standIn.record.openDialogs.at(-1)).toMatchObject({ title: 'Import a story' })
    const listed = await stories()
    expect(listed.ok && listed.value.stories.map((story) => story.headline)).toEqual(['Pakistan to welcome UK support in tackling cybercrimes: Minister'])
    const id = listed.ok ? listed.value.stories[0]!.id : ''
    expect(window.loaded.at(-1)).toBe(`${PAGE}#story/${id}`)
  })

  it('explains a refused file in a dialog and creates nothing; a cancelled dialog does nothing', async () => {
    const empty = join(bundle.dir, 'empty.docx')
    writeFileSync(empty, 'not a zip')
    bundle.standIn.record.openDialogAnswers.push([empty])
    const before = bundle.standIn.record.messageBoxes.length
    importItem()!.click!()
    await until(() => bundle.standIn.record.messageBoxes.length > before)
    expect(bundle.standIn.record.messageBoxes.at(-1)).toMatchObject({ type: 'error', message: 'Newsdesk could not import “empty.docx”', detail: expect.stringMatching(/is not a Word document/) })
    importItem()!.click!()
    await new Promise((resolve) => setTimeout(resolve, 100))
    const listed = await stories()
    expect(listed.ok && listed.value.total).toBe(1)
  })
})
