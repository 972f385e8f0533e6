import { join } from 'node:path'
import { countWords } from '../src-shared/text/countText'
import { expect, SCREENSHOT_DIR, test } from './fixtures'
import { loadSeedStory } from './fixtures/seedStory'
import { StoryPage } from './pages/storyPage'

const seed = loadSeedStory()

// The body stays in the editor while typing (serialised by the autosave only), and its counts
// and text checks come from a worker once typing pauses: what the person sees must not change.
test('counts and copy checks follow the typing, read in a worker; the autosave stores what was typed', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create(seed.headline)
  await story.paste({ text: seed.paragraphs.join('\n\n') })
  await story.saved()
  const words = countWords(seed.paragraphs.join('\n\n'))
  await expect(page.getByTestId('counts')).toContainText(`${words} words`)
  await expect.poll(() => page.workers().some((worker) => worker.url().includes('storyText.worker'))).toBe(true)

  // What each autosave sends: after the first (the whole body), only the paragraph typed in.
  const sent: { body?: unknown; bodyPatch?: { from: number; remove: number; insert: unknown[]; blockCount: number } }[] = []
  page.on('request', (request) => request.url().endsWith('/rpc/stories%3AsaveChanges') && sent.push(request.postDataJSON() as (typeof sent)[number]))
  await page.keyboard.press('Control+End')
  // From the first key the status says the text is on its way (the autosave follows within 500 ms).
  await page.keyboard.type(' ')
  await expect(story.status()).toHaveText('Saving…')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'story-saving.png'), clip: { x: 200, y: 0, width: 1080, height: 50 } })
  await page.keyboard.type('The the council met.')
  await story.saved()
  expect(sent.length).toBeGreaterThan(0)
  for (const save of sent) {
    expect(save.body).toBeUndefined()
    expect(save.bodyPatch).toMatchObject({ from: 11, remove: 1, blockCount: 12 })
    expect(save.bodyPatch!.insert).toHaveLength(1)
  }
  await expect(page.getByTestId('counts')).toContainText(`${words + 4} words`)
  await page.getByRole('tab', { name: /Checks/ }).click()
  const findings = page.getByRole('list', { name: 'Checks' }).getByRole('listitem')
  await expect(findings.filter({ hasText: '“the” is doubled.' })).toHaveCount(1)
  await expect(findings.filter({ hasText: 'made unprecedented sacrifices' })).toHaveCount(1)
  const stored = await story.stored(id)
  expect(stored.bodyHtml).toBe(await story.editorHtml())
  expect(stored.wordCount).toBe(words + 4)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'story-text-checks.png') })
})

test('a body remounted before its autosave (a new language) keeps the text typed since the last save, and its counts', async ({ page, host }) => {
  // The text check reads the body 300 ms after the last key; the old editor is gone by then.
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.draft('Flood relief', 'Relief reached the valley.')
  await page.keyboard.type(' More is on its way.')
  // Straight to the language, without leaving the body first: the editor remounts right to left.
  await page.getByLabel('Language').evaluate((select: HTMLSelectElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!
    setValue.call(select, 'ur')
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await expect(story.body()).toHaveAttribute('dir', 'rtl')
  await expect(story.body()).toHaveText('Relief reached the valley. More is on its way.')
  await story.saved()
  expect((await story.stored(id)).bodyText).toBe('Relief reached the valley. More is on its way.')
  await expect(page.getByTestId('counts')).toContainText('9 words')
  expect(errors).toEqual([])
})
