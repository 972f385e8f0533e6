import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { countWords } from '../src-shared/text/countText'
import { expect, SCREENSHOT_DIR, test } from './fixtures'
import { loadSeedStory } from './fixtures/seedStory'
import { StoryPage } from './pages/storyPage'

const seed = loadSeedStory()
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', 'paste', name), 'utf8')

test('the seed story survives a reload whole: every field, twelve paragraphs, the source word count', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create(seed.headline)
  await story.standfirst().fill(seed.standfirst)
  await page.getByLabel('Section').fill(seed.section)
  await page.getByLabel('Dateline place').fill('London')
  await page.getByLabel('Word target').fill('500')
  await page.getByLabel('Ednote').fill('Check the NCA titles.')
  // Eleven paragraphs pasted as plain text, the twelfth typed.
  await story.paste({ text: seed.paragraphs.slice(0, 11).join('\n\n') })
  await story.body().press('End')
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(seed.paragraphs[11]!)
  await story.saved()
  const expectedWords = countWords(seed.paragraphs.join('\n\n'))
  await expect(page.getByTestId('counts')).toContainText(`${expectedWords} words of 500`)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'editor-english.png') })

  await page.reload()
  await expect(story.headline()).toHaveValue(seed.headline)
  await expect(story.standfirst()).toHaveValue(seed.standfirst)
  await expect(page.getByLabel('Section')).toHaveValue('News')
  await expect(page.getByLabel('Dateline place')).toHaveValue('London')
  await expect(page.getByLabel('Ednote')).toHaveValue('Check the NCA titles.')
  await expect(page.getByLabel('Slug')).toHaveValue('pakistan-to-welcome-uk-support-in-tackling-cybercrimes-minister')
  const paragraphs = story.body().locator('p')
  await expect(paragraphs).toHaveCount(12)
  // The typed paragraph went through smart typography: Pakistan's → Pakistan’s.
  const typed = seed.paragraphs[11]!.replaceAll("'", '’')
  expect(typed).not.toBe(seed.paragraphs[11])
  expect(await paragraphs.allTextContents()).toEqual([...seed.paragraphs.slice(0, 11), typed])
  await expect(page.getByTestId('counts')).toContainText(`${expectedWords} words`)

  // What the main process derived and stored is what the editor shows.
  const stored = await story.stored(id)
  expect(stored.wordCount).toBe(expectedWords)
  expect(stored.bodyHtml).toBe(await story.editorHtml())
})

test('a Word paste becomes real nested lists with no Word debris, and one undo removes it', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create('Budget measures')
  await story.paste({ html: fixture('word-lists.html') })
  await story.saved()
  const html = (await story.stored(id)).bodyHtml
  expect(html).not.toMatch(/mso-|MsoNormal|MsoList|o:p|&nbsp;|\u00a0|style=|class=/)
  expect(html).toContain('The minister’s “three-point plan” for the budget:')
  const body = story.body()
  await expect(body.locator(':scope > ul > li')).toHaveCount(2)
  await expect(body.locator(':scope > ul > li').first().locator('ul > li')).toHaveText(['Islamabad first', 'Then Lahore and Karachi'])
  await expect(body.locator(':scope > ul > li').nth(1)).toHaveText('Cut import duties on solar panels')
  await expect(body.locator(':scope > ul strong')).toHaveText('import duties')
  await expect(body.locator(':scope > ol > li')).toHaveText(['Cabinet approval', 'A vote in the National Assembly'])
  const items = await body.locator('li').allTextContents()
  for (const item of items) expect(item).not.toMatch(/^[·o•§\s\u00a0]|^\d+\./)

  await page.keyboard.press('Control+z')
  await expect(body.locator('li')).toHaveCount(0)
  await expect(body).toHaveText('')
})

test('a Google Docs paste keeps only the truly bold runs, keeps nesting, and drops hostile markup', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create('New rules')
  await story.paste({ html: fixture('google-docs.html') })
  await story.saved()
  const body = story.body()
  await expect(body.locator('strong')).toHaveText(['new rules', 'Who is covered'])
  await expect(body.locator('em')).toHaveText([' take effect'])
  await expect(body.locator(':scope > ul > li')).toHaveCount(1)
  await expect(body.locator(':scope > ul > li > ul > li')).toHaveText(['Farmhouse owners', 'Owners of large houses'])
  const html = (await story.stored(id)).bodyHtml
  expect(html).not.toMatch(/docs-internal-guid|javascript:|onerror|onmouseover|style=|<img/)
  expect(html).toContain('click me')
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()
})

test('an Urdu story is right to left in its fields and body, and keeps dir in the stored HTML', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create('کراچی میں شدید بارش')
  await page.getByLabel('Language').selectOption('ur')
  await story.standfirst().fill('محکمہ موسمیات نے مزید بارش کی پیش گوئی کی ہے')
  await story.body().click()
  await page.keyboard.type('کراچی میں شدید بارش سے نظامِ زندگی مفلوج ہو گیا۔')
  await story.saved()
  await expect(story.headline()).toHaveAttribute('dir', 'rtl')
  await expect(story.standfirst()).toHaveAttribute('dir', 'rtl')
  await expect(story.body()).toHaveAttribute('dir', 'rtl')
  await expect(page.getByLabel('Slug')).toHaveValue('کراچی-میں-شدید-بارش')
  const stored = await story.stored(id)
  expect(stored.language).toBe('ur')
  expect(stored.bodyHtml).toBe('<p dir="rtl">کراچی میں شدید بارش سے نظامِ زندگی مفلوج ہو گیا۔</p>')
  expect(stored.wordCount).toBe(10)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'editor-urdu.png') })
})
