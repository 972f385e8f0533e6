import { join } from 'node:path'
import { validateNinjs } from '../src-main/export/validateNinjs'
import { reporterDocx } from '../src-main/import/testing/reporterDocx'
import { expect, SCREENSHOT_DIR, test } from './fixtures'
import { loadSeedStory } from './fixtures/seedStory'
import { addDeskStaff, Publishing } from './pages/publishing'
import { startSiteReceiver } from './pages/siteReceiver'
import { StoryPage } from './pages/storyPage'

const seed = loadSeedStory()
const SEED_FILE = join(__dirname, 'fixtures', 'seed-article.txt')
const picture = (name: string) => join(__dirname, 'fixtures', 'pictures', name)

test('the seed page imported from the Stories view opens as a draft with its report, takes its lead picture from the report, and goes to the site with the same fields', async ({ page, host }) => {
  test.setTimeout(90_000)
  const site = await startSiteReceiver()
  try {
    await addDeskStaff(host)
    await page.goto(host.url)
    const story = new StoryPage(page)
    const publishing = new Publishing(page)

    // Stories › Import…: the zone for times the page gives without one, then the file.
    await page.getByRole('button', { name: 'Import…' }).click()
    const form = page.getByRole('region', { name: 'Import a story' })
    await form.getByLabel('Times without a zone are in').selectOption('Asia/Karachi')
    await form.getByLabel('File to import').setInputFiles(SEED_FILE)

    // The new draft opens with the report above it.
    await expect(page).toHaveURL(/#story\/[0-9a-f-]{36}$/)
    const id = /#story\/(.+)$/.exec(page.url())![1]!
    await expect(story.headline()).toHaveValue(seed.headline)
    await expect(story.standfirst()).toHaveValue(seed.standfirst)
    const report = page.getByTestId('import-report')
    await expect(report).toContainText('Imported from seed-article.txt')
    await expect(page.getByTestId('import-counts')).toHaveText(/^\d+ recognised · 12 dropped as clutter · \d+ to look at$/)
    const recognised = page.getByTestId('import-recognised')
    await expect(recognised).toContainText('Published1 Jun 2024, 13:23 GMT+5 (UTC+05:00)from “June 1, 2024 01:23 PM”')
    await expect(recognised).toContainText('BylineNews Desk')
    await expect(recognised).toContainText('CreditReporter: Awais Kiyani')
    await expect(recognised).toContainText('Body12 paragraphs')
    await expect(page.getByTestId('import-dropped')).toContainText('share buttonsTwitter Share Facebook Share WhatsApp Share')
    await expect(page.getByTestId('import-dropped')).toContainText('after the story: the “Most Read” list (6)1. Govt imposes capital value tax')
    await expect(page.getByTestId('import-needs-look')).toContainText('Lead picturenot in the file: “File photo”')
    const side = page.getByRole('complementary', { name: 'Story details' })
    await expect(side.getByLabel('Section')).toHaveValue('News')
    await expect(page.getByTestId('byline-preview')).toHaveText('By News DeskReporter: Awais Kiyani')
    await expect(story.body()).toContainText('Interior Minister Mohsin Naqvi has said Pakistan will welcome')
    await expect(story.body()).not.toContainText('Most Read')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-report.png') })

    // The page's picture was not in the copied text: add it from the report, and it keeps its caption.
    await report.getByLabel('Lead picture for the import').setInputFiles(picture('captioned.jpg'))
    await expect(side.getByLabel('Caption', { exact: true })).toHaveValue('File photo')
    await expect(recognised).toContainText('Lead pictureadded: “File photo”')
    await expect(page.getByTestId('import-needs-look')).not.toContainText('File photo')
    await expect(report.getByLabel('Lead picture for the import')).toHaveCount(0)
    await side.getByLabel('Alt text', { exact: true }).fill('Interior Minister Mohsin Naqvi at a meeting in London')
    await story.saved()
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-report-lead-added.png') })

    // The desk: submit, an editor passes it to ready, the publisher sends it (the publish issue's flow).
    await page.getByRole('button', { name: 'Submit' }).click()
    await expect(page.getByTestId('story-state')).toHaveText('submitted')
    await publishing.switchTo('Desk Editor')
    await page.getByRole('button', { name: 'Claim' }).click()
    await page.getByRole('button', { name: 'Pass to ready' }).click()
    await expect(page.getByTestId('story-state')).toHaveText('ready')
    await publishing.switchTo('Desk Publisher')
    await publishing.addHttpTarget('Website', site.url, 'import-token')
    await page.goto(`${host.url}#story/${id}`)
    await publishing.send('Publish', 'Website')
    await expect(page.getByTestId('story-state')).toHaveText('published', { timeout: 20_000 })

    // The site received valid ninjs carrying what the import recognised.
    const [post] = site.deliveries()
    const ninjs = JSON.parse(post!.body) as {
      headlines: { role: string; value: string }[]
      by: string
      firstcreated: string
      genres: { name: string }[]
      language: string
      bodies: { contenttype: string; value: string }[]
      associations: { name: string; descriptions: { role: string; value: string }[] }[]
    }
    expect(validateNinjs(ninjs)).toEqual({ valid: true })
    expect(ninjs.headlines).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'main', value: seed.headline }), expect.objectContaining({ role: 'subhead', value: seed.standfirst })]))
    expect(ninjs.by).toBe('News Desk')
    expect(ninjs.firstcreated).toBe('2024-06-01T13:23:00+05:00')
    expect(ninjs.genres.map((genre) => genre.name)).toEqual(['News'])
    expect(ninjs.language).toBe('en')
    const html = ninjs.bodies.find((body) => body.contenttype === 'text/html')!.value
    expect(html.match(/<p dir="ltr">/g)).toHaveLength(12)
    expect(html).toContain('<p dir="ltr">Interior Minister Mohsin Naqvi has said')
    expect(html).toContain('Reporter: Awais Kiyani')
    expect(html).not.toMatch(/Most Read|Subscribe|WhatsApp Share/)
    const lead = ninjs.associations.find((association) => association.name === 'lead-picture')!
    expect(lead.descriptions).toContainEqual(expect.objectContaining({ role: 'caption', value: 'File photo' }))
  } finally {
    await site.close()
  }
})

test('a Word document dropped on the window becomes a draft with its picture; a refused file says why and creates nothing', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('story-count')).toHaveText('0 stories')
  const drop = async (name: string, bytes: Uint8Array, mime: string) => {
    const transfer = await page.evaluateHandle(
      ({ name, data, mime }) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([new Uint8Array(data)], name, { type: mime }))
        return transfer
      },
      { name, data: Array.from(bytes), mime },
    )
    const target = page.locator('.shell-main')
    await target.dispatchEvent('dragenter', { dataTransfer: transfer })
    await target.dispatchEvent('dragover', { dataTransfer: transfer })
    await expect(page.getByText('Drop the file to import it as a new draft')).toBeVisible()
    await target.dispatchEvent('drop', { dataTransfer: transfer })
  }

  // A file that is not a Word document, though it says .docx: refused, nothing created.
  await drop('notes.docx', new TextEncoder().encode('just some text'), 'application/octet-stream')
  await expect(page.getByRole('alert')).toContainText('“notes.docx” is not a Word document: a .docx file is a zip archive, and this one is not.')
  await expect(page.getByTestId('story-count')).toHaveText('0 stories')
  await page.getByRole('button', { name: 'Close' }).click()

  await drop('ravi-embankments.docx', await reporterDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  await expect(page).toHaveURL(/#story\//)
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Flood defences to be raised along the Ravi')
  await expect(page.getByTestId('import-report')).toContainText('Imported from ravi-embankments.docx (Word document)')
  const body = page.getByLabel('Story body')
  await expect(body.locator('h2')).toHaveText('Where the work will be done')
  await expect(body.locator('ul li')).toHaveCount(2)
  await expect(body.locator('figure img')).toHaveAttribute('alt', 'Workers repair an embankment on the Ravi near Shahdara')
  await expect(body.locator('figure figcaption')).toHaveText('Workers repair an embankment near Shahdara.')
  // The picture is served from the library: it has loaded with its real size.
  await expect.poll(() => body.locator('figure img').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(24)
  await page.getByRole('button', { name: 'Close the import report' }).click()
  await expect(page.getByTestId('import-report')).toHaveCount(0)
  await page.reload()
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Flood defences to be raised along the Ravi')
  await expect(page.getByTestId('import-report')).toHaveCount(0)
})

test('an Urdu page imports right to left, and a saved page with no article is refused in the form', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Import…' }).click()
  const form = page.getByRole('region', { name: 'Import a story' })
  await form.getByLabel('File to import').setInputFiles(join(__dirname, 'fixtures', 'import', 'home-page.html'))
  await expect(form.getByRole('alert')).toHaveText(/^No story was found in “home-page\.html”/)
  await expect(page.getByTestId('story-count')).toHaveText('0 stories')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-form-refused.png') })

  await form.getByLabel('Times without a zone are in').selectOption('Asia/Karachi')
  await form.getByLabel('File to import').setInputFiles(join(__dirname, 'fixtures', 'import', 'urdu-page.txt'))
  await expect(page).toHaveURL(/#story\//)
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('کراچی میں بارش کا نیا سلسلہ، شہری انتظامیہ الرٹ')
  await expect(page.locator('.story-copy')).toHaveAttribute('dir', 'rtl')
  const recognised = page.getByTestId('import-recognised')
  await expect(recognised).toContainText('Languageur (by the script of the text)')
  await expect(recognised).toContainText('Published17 Dec 2021, 12:00 GMT+5 (UTC+05:00)from “12:00 PM, 17 Dec, 2021”')
  await expect(recognised).toContainText('Datelineکراچیfrom “کراچی:”')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-report-urdu.png') })
})
