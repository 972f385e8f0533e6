import { join } from 'node:path'
import { fieldsOf } from '../src-shared/domain/storyDraft'
import { expect, SCREENSHOT_DIR, test } from './fixtures'
import { StoryPage } from './pages/storyPage'

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

test('a save from a stale version shows the conflict and keeps both texts', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.draft('Floods in Sindh', 'My first line.')

  // Someone else saves the same story (another window, another desk) through the same service.
  const opened = await host.workstation.dispatch('stories:get', { id })
  if (!opened.ok) throw new Error(opened.error.message)
  const current = opened.value as Parameters<typeof fieldsOf>[0]
  const theirs = await host.workstation.dispatch('stories:save', {
    id,
    baseVersion: current.version,
    fields: { ...fieldsOf(current), body: { type: 'doc', content: [paragraph('Their rewrite.')] } },
  })
  expect(theirs.ok).toBe(true)

  await story.body().press('End')
  // One input, so the save that meets the conflict carries the whole sentence: typed key by key,
  // the half-second autosave can fire mid-sentence on a loaded machine and keep only part of it.
  await page.keyboard.insertText(' And my second.')
  const banner = page.getByRole('alert').filter({ hasText: 'saved elsewhere' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('Your text was kept in its history as a conflict copy')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'editor-conflict.png') })

  // Both texts exist: theirs is the story, mine is a conflict revision.
  expect((await story.stored(id)).bodyHtml).toBe('<p dir="ltr">Their rewrite.</p>')
  await page.getByRole('tab', { name: 'History' }).click()
  await page.getByRole('button', { name: /Conflict copy/ }).click()
  await expect(page.getByTestId('revision-copy')).toContainText('My first line. And my second.')
  await page.getByRole('button', { name: 'Close' }).click()

  await page.getByRole('button', { name: 'Open the latest version' }).click()
  await expect(story.body()).toHaveText('Their rewrite.')
  await expect(story.status()).toHaveText(/Saved/)
})

test('History lists saves, compares one with the current text, and restores it as a new revision', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.draft('Cabinet reshuffle', 'The first draft says five ministers.')
  await page.keyboard.press('Control+s') // a checkpoint: kept as its own revision
  await story.body().press('Control+a')
  await page.keyboard.type('The rewrite says seven ministers were moved.')
  await story.saved()

  await page.getByRole('tab', { name: 'History' }).click()
  const revisions = page.getByRole('list', { name: 'Revisions' }).getByRole('button')
  // Newest first: the autosaved rewrite, the Ctrl+S checkpoint, the first autosaves (merged into the draft's creation).
  await expect(revisions).toHaveCount(3)
  // Autosave also runs every half second during steady typing, so how many versions a sentence
  // makes depends on the typing speed; the kinds and their order do not.
  await expect(revisions.nth(0)).toContainText(/Autosaved · v\d+/)
  await expect(revisions.nth(1)).toContainText(/Saved · v\d+/)
  await expect(revisions.nth(2)).toContainText(/Autosaved · v\d+/)
  const versions = await revisions.evaluateAll((buttons) => buttons.map((button) => Number(/· v(\d+)/.exec(button.textContent ?? '')?.[1])))
  expect(versions).toEqual([...versions].sort((a, b) => b - a))
  await revisions.nth(1).click()
  await expect(page.getByTestId('revision-copy')).toContainText('The first draft says five ministers.')
  await page.getByLabel('Compare with current').check()
  await expect(page.getByTestId('comparison').locator('del')).toContainText(['first draft', 'five'])
  await expect(page.getByTestId('comparison').locator('ins')).toContainText(['rewrite', 'seven'])
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'history-compare.png') })

  await page.getByRole('button', { name: 'Restore this version' }).click()
  await expect(story.body()).toHaveText('The first draft says five ministers.')
  await expect(revisions.first()).toContainText('Restored')
  const stored = await story.stored(id)
  expect(stored.bodyHtml).toBe('<p dir="ltr">The first draft says five ministers.</p>')
  await page.reload()
  await expect(story.body()).toHaveText('The first draft says five ministers.')
})

test('a save that finds no answer says so and is tried again without another key', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create('Floods in Sindh')
  await story.body().click()
  let refused = 0
  await page.route('**/__newsdesk/rpc/stories%3AsaveChanges', async (route) => (refused++ === 0 ? route.abort() : route.continue()))
  // One input, so exactly one save meets the missing host.
  await page.keyboard.insertText('Typed while the host was away.')
  await expect(story.status()).toContainText('Not saved')
  // No key, no blur: the retry alone stores it.
  await story.saved()
  expect(refused).toBe(2)
  expect((await story.stored(id)).bodyText).toBe('Typed while the host was away.')
})
