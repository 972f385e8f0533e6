import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LOCK_HEARTBEAT_MS } from '../src-shared/domain/lock'
import { expect, SCREENSHOT_DIR, test } from './fixtures'
import { startTestHost } from './host/testHost'
import { StoryPage } from './pages/storyPage'

test('a story open for editing is read-only for others; an editor takes it over, and what the holder types after is kept as a conflict copy', async ({ page, host, dataDir, browser }) => {
  test.setTimeout(60_000)
  // A second workstation on the same database, used by an editor.
  const editorSettings = mkdtempSync(join(tmpdir(), 'newsdesk-editor-'))
  const editorHost = await startTestHost({ dataDir, settingsDir: editorSettings })
  const editor = await editorHost.workstation.dispatch('people:create', { name: 'Desk Editor', roles: ['editor'] })
  if (!editor.ok) throw new Error(editor.error.message)
  await editorHost.workstation.dispatch('profile:set', { personId: (editor.value as { id: string }).id })

  await page.goto(host.url)
  const reporter = new StoryPage(page)
  const id = await reporter.draft('Floods in Sindh', 'First line by the reporter.')

  const editorPage = await browser.newPage()
  try {
    await editorPage.goto(`${editorHost.url}#story/${id}`)
    const desk = new StoryPage(editorPage)
    await expect(editorPage.getByTestId('lock-banner')).toContainText('Test Reporter is editing this story')
    await expect(desk.body()).toHaveAttribute('contenteditable', 'false')
    await editorPage.screenshot({ path: join(SCREENSHOT_DIR, 'lock-read-only.png') })

    // The reporter keeps typing; the editor takes over and has the story as it was stored then.
    await page.keyboard.type(' Still typing.')
    await reporter.saved()
    await editorPage.getByRole('button', { name: 'Take over' }).click()
    await expect(editorPage.getByTestId('lock-banner')).toHaveCount(0)
    await expect(desk.body()).toHaveAttribute('contenteditable', 'true')
    await expect(desk.body()).toHaveText('First line by the reporter. Still typing.')

    // Before their next heartbeat the reporter types on: that save is refused, not laid over the
    // editor's story, and kept as a conflict copy. The editor's own save then goes through.
    await page.keyboard.type(' Typed after the take-over.')
    await expect(page.getByTestId('save-status')).toContainText('Desk Editor took this story over')
    await desk.body().click()
    await editorPage.keyboard.press('Control+End')
    await editorPage.keyboard.type(' Checked on the desk.')
    await desk.saved()

    // At the reporter's next heartbeat the story turns read-only for them.
    await expect(page.getByTestId('lock-banner')).toContainText('Desk Editor is editing this story', { timeout: LOCK_HEARTBEAT_MS + 5_000 })
    await expect(reporter.body()).toHaveAttribute('contenteditable', 'false')
    const stored = await host.workstation.dispatch('stories:get', { id })
    expect(stored.ok && (stored.value as { bodyHtml: string }).bodyHtml).toBe('<p dir="ltr">First line by the reporter. Still typing. Checked on the desk.</p>')
    const history = await host.workstation.dispatch('stories:revisions', { storyId: id })
    const copies = history.ok ? (history.value as { id: string; kind: string }[]).filter((revision) => revision.kind === 'conflict') : []
    expect(copies).toHaveLength(1)
    const copy = await host.workstation.dispatch('stories:revision', { id: copies[0]!.id })
    expect(copy.ok && (copy.value as { bodyHtml: string }).bodyHtml).toContain('Still typing. Typed after the take-over.')
  } finally {
    await editorPage.close()
    await editorHost.close()
    rmSync(editorSettings, { recursive: true, force: true })
  }
})
