import { fieldsOf, type StoryDetail } from '../src-shared/domain/storyDraft'
import { expect, test } from './fixtures'
import { StoryPage } from './pages/storyPage'

test('side fields behave as typed: tags with commas, one-line headline, dateline zone keeps the wall-clock time', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create('Rain')
  await page.getByLabel('Tags').click()
  await page.keyboard.type('floods, karachi, climate change')
  await story.headline().press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(' in Karachi')
  await page.getByLabel('Dateline time', { exact: true }).fill('2024-06-01T13:23')
  await page.getByLabel('Dateline time time zone').selectOption('Asia/Karachi')
  await expect(page.getByLabel('Dateline time', { exact: true })).toHaveValue('2024-06-01T13:23')
  await story.saved()
  const stored = await story.stored(id)
  expect(stored.tags).toEqual(['floods', 'karachi', 'climate change'])
  expect(stored.headline).toBe('Rain in Karachi')
  expect(stored.datelineAt).toBe('2024-06-01T08:23:00.000Z')
  expect(stored.datelineZone).toBe('Asia/Karachi')
})

test('switching the language re-directs existing paragraphs, in the editor as in the stored HTML', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create('Two languages')
  await story.body().click()
  await page.keyboard.type('First paragraph.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Second paragraph.')
  await story.saved()
  await page.getByLabel('Language').selectOption('ur')
  await story.saved()
  await expect(story.body().locator('p').first()).toHaveAttribute('dir', 'rtl')
  expect((await story.stored(id)).bodyHtml).toBe(await story.editorHtml())
})

test('after a conflict the text is frozen, so nothing typed afterwards can be lost', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create('Frozen')
  await story.body().click()
  await page.keyboard.type('Mine.')
  await story.saved()
  const current = await host.workstation.dispatch('stories:get', { id })
  const detail = current.ok ? (current.value as StoryDetail) : null
  await host.workstation.dispatch('stories:save', { id, baseVersion: detail!.version, fields: { ...fieldsOf(detail!), headline: 'Theirs' } })
  await page.keyboard.type(' More.')
  await expect(page.getByRole('alert').filter({ hasText: 'saved elsewhere' })).toBeVisible()
  await expect(story.body()).toHaveAttribute('contenteditable', 'false')
  await expect(story.headline()).toHaveAttribute('readonly', '')
})

test('a web page paste keeps its lines apart and its table rows as paragraphs', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  await story.create('From the web')
  await story.paste({ html: '<div>First line from a web page.</div><div>Second line.</div><table><tr><th>Name</th><th>Votes</th></tr><tr><td>Khan</td><td>1200</td></tr></table><h1>Heading</h1>' })
  await expect(story.body().locator(':scope > p')).toHaveText(['First line from a web page.', 'Second line.', 'Name  Votes', 'Khan  1200'])
  await expect(story.body().locator(':scope > h2')).toHaveText('Heading')
})
