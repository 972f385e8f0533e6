import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fieldsOf, type BodyJson } from '../src-shared/domain/storyDraft'
import { expect, SCREENSHOT_DIR, test } from './fixtures'
import { loadSeedStory } from './fixtures/seedStory'
import { StoryPage } from './pages/storyPage'

const seed = loadSeedStory()
const picture = (name: string) => join(__dirname, 'fixtures', 'pictures', name)

test('first start: the person chooses or adds themselves, and it sticks', async ({ page, freshHost, startHost }) => {
  await page.goto(freshHost.url)
  await expect(page.getByRole('heading', { name: 'Who is working on this desk?' })).toBeVisible()
  await page.getByLabel('Your name').fill('Awais Kiyani')
  await page.getByRole('button', { name: 'Add me and start' }).click()
  await expect(page.getByTestId('current-person')).toContainText('Awais Kiyani')
  await freshHost.close()
  const again = await startHost()
  await page.goto(again.url)
  await expect(page.getByTestId('current-person')).toContainText('Awais Kiyani')
})

test('the People view adds, finds, edits and deactivates staff, and will not delete a credited person', async ({ page, host }) => {
  await page.goto(`${host.url}#people`)
  for (const [name, desk] of [['Awais Kiyani', 'Islamabad'], ['Sara Khan', 'Karachi']] as const) {
    await page.getByRole('button', { name: 'Add person' }).click()
    await page.getByLabel('Name').fill(name)
    await page.getByLabel('Desk').fill(desk)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
  }
  await page.getByRole('button', { name: 'Add person' }).click()
  await page.getByLabel('Name').fill('Bad Email')
  await page.getByLabel('Email').fill('not an email')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByText('Email must be an email address')).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()

  await page.getByLabel('Search people').fill('karachi')
  await expect(page.getByRole('table', { name: 'People' }).locator('tbody tr')).toHaveCount(1)
  await page.getByLabel('Search people').fill('')
  await expect(page.getByRole('table', { name: 'People' }).locator('tbody tr')).toHaveCount(3)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'people.png') })

  // The test reporter is credited on the story they start: deleting them is refused.
  await page.goto(`${host.url}#stories`)
  await new StoryPage(page).create('Credited story')
  await page.goto(`${host.url}#people`)
  const reporter = page.getByRole('row', { name: /Test Reporter/ })
  await reporter.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('alert')).toContainText('Test Reporter is credited on or assigned to a story')
  const sara = page.getByRole('row', { name: /Sara Khan/ })
  await sara.getByRole('button', { name: 'Deactivate' }).click()
  await expect(page.getByRole('table', { name: 'People' }).locator('tbody tr')).toHaveCount(2)
})

test('the seed story gets its desk byline, reporter credit, lead picture and a figure, and all come back', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create(seed.headline)
  await story.standfirst().fill(seed.standfirst)
  await story.paste({ text: seed.paragraphs.join('\n\n') })

  // Credits: replace the starter byline with the desk credit, add the reporter.
  await page.getByRole('button', { name: 'Remove Test Reporter' }).click()
  await page.getByLabel('Credit name').fill('News Desk')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await page.getByLabel('Credit name').fill('Awais Kiyani')
  await page.getByLabel('Credit role').selectOption('reporter')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByTestId('byline-preview')).toHaveText('By News DeskReporter: Awais Kiyani')

  // A text file renamed .jpg is refused with a message, and nothing is added.
  await page.getByLabel('Lead picture file').setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Reporter: Awais Kiyani\n') })
  await expect(page.getByRole('alert').filter({ hasText: '“notes.jpg” is not a picture' })).toBeVisible()

  await page.getByLabel('Lead picture file').setInputFiles(picture('captioned.jpg'))
  const side = page.getByRole('complementary', { name: 'Story details' })
  const caption = side.getByLabel('Caption', { exact: true })
  await expect(caption).toHaveValue('Interior Minister Mohsin Naqvi at the National Crime Agency in London')
  await expect(page.getByText('The lead picture has no alt text.')).toBeVisible()
  await caption.fill('File photo')
  await side.getByLabel('Alt text', { exact: true }).fill('Interior Minister Mohsin Naqvi at a news conference')
  await expect(page.getByText('The lead picture has no alt text.')).toHaveCount(0)

  // A figure in the body, after the second paragraph, with its caption and alt text.
  await story.body().locator('p').nth(1).click()
  await page.keyboard.press('End')
  await page.getByLabel('Insert picture').setInputFiles(picture('plain.png'))
  const figure = story.body().locator('figure')
  await expect(figure).toHaveCount(1)
  await figure.locator('figcaption').click()
  await page.keyboard.type('The National Crime Agency in London')
  await figure.getByLabel('Alt text').fill('A blue placeholder square')
  await figure.getByLabel('Picture credit').fill('Ali Raza')
  await story.saved()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'story-with-pictures.png'), fullPage: false })

  await page.reload()
  await expect(page.getByTestId('byline-preview')).toHaveText('By News DeskReporter: Awais Kiyani')
  await expect(side.getByLabel('Caption', { exact: true })).toHaveValue('File photo')
  await expect(side.getByLabel('Alt text', { exact: true })).toHaveValue('Interior Minister Mohsin Naqvi at a news conference')
  await expect(story.body().locator('figure figcaption')).toHaveText('The National Crime Agency in London')
  await expect(story.body().locator('figure').getByLabel('Alt text')).toHaveValue('A blue placeholder square')
  await expect(story.body().locator('figure img')).toHaveJSProperty('naturalWidth', 48) // served by the media route
  await expect(story.body().locator(':scope > p')).toHaveCount(12)

  const stored = await story.stored(id)
  expect(stored.byline).toBe('By News Desk')
  expect(stored.credits).toEqual([
    { personId: null, name: 'News Desk', role: 'author' },
    { personId: null, name: 'Awais Kiyani', role: 'reporter' },
  ])
  expect(stored.lead).toMatchObject({ caption: 'File photo', credit: 'Newsdesk Photo Service' })
  expect(stored.bodyHtml).toContain('<figcaption>The National Crime Agency in London</figcaption><small class="credit">Ali Raza</small></figure>')
  expect(stored.bodyHtml).toBe(await story.editorHtml())
  await page.getByRole('tab', { name: 'History' }).click()
  await page.getByRole('tab', { name: 'Details' }).click()
  await page.getByRole('heading', { name: 'Byline and credits' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'byline-editor.png') })

  await page.goto(`${host.url}#pictures`)
  await expect(page.getByRole('list', { name: 'Pictures' }).getByRole('listitem').filter({ has: page.locator('img') })).toHaveCount(2)
  await expect(page.getByText('(lead picture)')).toBeVisible()
  await expect(page.getByText('(in the text)')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'pictures.png') })
})

test('a figure round-trips stored JSON → HTML → JSON unchanged, marks and an Urdu caption included', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const added = await page.evaluate(async (bytes) => {
    const result = await window.newsdesk!.pictures.add({ name: 'p.png', bytes: new Uint8Array(bytes) })
    if (!result.ok) throw new Error(result.error.message)
    return result.value.id
  }, [...readFileSync(picture('plain.png'))])
  const id = await story.create('کراچی میں بارش')
  await page.getByLabel('Language').selectOption('ur')
  const body = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'کراچی میں بارش' }] },
      {
        type: 'figure',
        attrs: { pictureId: added, alt: 'بارش میں سڑک', credit: 'اے پی' },
        content: [
          { type: 'text', text: 'شدید ' },
          { type: 'text', marks: [{ type: 'bold' }], text: 'بارش' },
          { type: 'text', text: ' in ' },
          { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.com/', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }, { type: 'italic' }], text: 'Karachi' },
        ],
      },
    ],
  }
  const before = await story.stored(id)
  const saved = await page.evaluate(async ({ id, version, body, fields }) => {
    const result = await window.newsdesk!.stories.save({ id, baseVersion: version, fields: { ...fields, body } })
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }, { id, version: before.version, body: body as BodyJson, fields: { ...fieldsOf(before), language: 'ur' } })
  expect(saved.bodyHtml).toContain('<figure dir="rtl"')
  // The editor parses the stored HTML back; its JSON (without the dir it adds) equals what was saved.
  const reparsed = await story.body().evaluate((element, html) => {
    const editor = (element as HTMLElement & { editor: { commands: { setContent(html: string): void }; getJSON(): unknown } }).editor
    editor.commands.setContent(html)
    return JSON.parse(JSON.stringify(editor.getJSON(), (key, value) => (key === 'dir' ? undefined : value)))
  }, saved.bodyHtml)
  const strip = (json: unknown) => JSON.parse(JSON.stringify(json, (key, value) => (key === 'attrs' && value && Object.keys(value).length === 0 ? undefined : value)))
  expect(strip(reparsed)).toEqual(strip(saved.body))
  expect((saved.body as { content: unknown[] }).content[1]).toEqual(body.content[1])
})

test('a picture dropped or pasted into the text becomes a figure; a non-picture is refused with a message', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  await story.create('Dropped pictures')
  await story.body().click()
  await page.keyboard.type('First paragraph.')
  const bytes = [...readFileSync(picture('plain.gif'))]
  const send = (kind: 'drop' | 'paste', name: string, data: number[]) =>
    story.body().evaluate(
      (element, { kind, name, data }) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([new Uint8Array(data)], name, { type: 'image/gif' }))
        const box = element.getBoundingClientRect()
        const event =
          kind === 'drop'
            ? new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: box.left + 10, clientY: box.top + 10 })
            : new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true })
        element.dispatchEvent(event)
      },
      { kind, name, data },
    )
  await send('drop', 'dropped.gif', bytes)
  await expect(story.body().locator('figure')).toHaveCount(1)
  await send('paste', 'notes.gif', [...Buffer.from('just some text')])
  await expect(page.getByRole('alert').filter({ hasText: '“notes.gif” is not a picture' })).toBeVisible()
  await expect(story.body().locator('figure')).toHaveCount(1)
  await expect(story.body().locator('figure').getByText('No alt text')).toBeVisible()
  await story.saved()
})
