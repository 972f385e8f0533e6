import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateNinjs } from '../src-main/export/validateNinjs'
import { expect, SCREENSHOT_DIR, test } from './fixtures'
import { loadSeedStory } from './fixtures/seedStory'
import { addDeskStaff, Publishing } from './pages/publishing'
import { startSiteReceiver } from './pages/siteReceiver'
import { StoryPage } from './pages/storyPage'

const seed = loadSeedStory()
const picture = (name: string) => join(__dirname, 'fixtures', 'pictures', name)

test('the seed story goes from draft to the site: credits, lead picture, desk, a target in Settings, Publish; the receiver holds valid ninjs and the Outbox shows it sent', async ({ page, host }) => {
  test.setTimeout(90_000)
  const site = await startSiteReceiver()
  try {
    await addDeskStaff(host)
    await page.goto(host.url)
    const story = new StoryPage(page)
    const publishing = new Publishing(page)

    // The reporter drafts: text, standfirst, section, the desk byline and the reporter credit, a lead picture.
    const id = await story.create(seed.headline)
    await story.standfirst().fill(seed.standfirst)
    await story.paste({ text: seed.paragraphs.join('\n\n') })
    const side = page.getByRole('complementary', { name: 'Story details' })
    await side.getByLabel('Section').fill(seed.section)
    await page.getByRole('button', { name: 'Remove Test Reporter' }).click()
    await page.getByLabel('Credit name').fill('News Desk')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await page.getByLabel('Credit name').fill('Awais Kiyani')
    await page.getByLabel('Credit role').selectOption('reporter')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(page.getByTestId('byline-preview')).toHaveText('By News DeskReporter: Awais Kiyani')
    await page.getByLabel('Lead picture file').setInputFiles(picture('captioned.jpg'))
    await side.getByLabel('Caption', { exact: true }).fill('File photo')
    await side.getByLabel('Alt text', { exact: true }).fill('Interior Minister Mohsin Naqvi at a news conference')
    await story.saved()
    // A reporter has no publishing buttons, only the export.
    await expect(page.getByRole('group', { name: 'Publishing' }).getByRole('button', { name: 'Export to file…' })).toBeVisible()
    await page.getByRole('button', { name: 'Submit' }).click()
    await expect(page.getByTestId('story-state')).toHaveText('submitted')
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0)

    // The desk: an editor claims it and passes it to ready (nothing blocks: byline, alt text, slug).
    await publishing.switchTo('Desk Editor')
    await page.getByRole('button', { name: 'Claim' }).click()
    await expect(page.getByTestId('story-state')).toHaveText('editing')
    await page.getByRole('button', { name: 'Pass to ready' }).click()
    await expect(page.getByTestId('story-state')).toHaveText('ready')
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0) // an editor does not publish

    // The publisher sets up the site and tests the connection.
    await publishing.switchTo('Desk Publisher')
    await publishing.addHttpTarget('Website', site.url, 'test-bearer-token')
    await publishing.targetRow('Website').getByRole('button', { name: 'Test connection' }).click()
    const report = page.getByTestId('connection-report')
    await expect(report).toContainText('Connected')
    await expect(page.getByRole('row').filter({ has: report })).toHaveClass(/\bok\b/)
    expect(site.requests.at(-1)).toMatchObject({ method: 'GET', headers: { authorization: 'Bearer test-bearer-token' } })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'publish-settings.png') })

    // Back to the story.
    await page.goto(`${host.url}#story/${id}`)
    await expect(page.getByTestId('story-state')).toHaveText('ready')
    const bar = page.locator('.story-bar')
    await expect(bar.getByRole('button', { name: 'Publish', exact: true })).toBeVisible()
    await bar.screenshot({ path: join(SCREENSHOT_DIR, 'publish-controls.png') })
    // Even with one site, Publish asks first; Cancel sends nothing.
    await bar.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect(page.getByRole('form', { name: 'Publish' })).toContainText('Publish to Website?')
    await bar.screenshot({ path: join(SCREENSHOT_DIR, 'publish-question.png') })
    await page.getByRole('form', { name: 'Publish' }).getByRole('button', { name: 'Cancel' }).click()
    await expect(bar.getByRole('button', { name: 'Publish', exact: true })).toBeFocused()
    expect(site.deliveries()).toHaveLength(0)
    await publishing.send('Publish', 'Website')
    await expect(page.getByTestId('job-note')).toContainText(/Queued for Website|Sending to Website|Sent to Website/)
    await expect(page.getByTestId('story-state')).toHaveText('published', { timeout: 20_000 })
    await expect(page.getByTestId('publications').getByRole('link', { name: 'Website' })).toHaveAttribute('href', 'https://site.example/news/story-1')
    // Now the table offers a correction and unpublishing.
    await expect(bar.getByRole('button', { name: 'Publish correction' })).toBeVisible()
    await expect(bar.getByRole('button', { name: 'Unpublish' })).toBeVisible()
    await bar.screenshot({ path: join(SCREENSHOT_DIR, 'publish-controls-sent.png') })

    // The site got exactly one POST: schema-valid ninjs 2.2 with the headline, the byline and the idempotency key.
    const deliveries = site.deliveries()
    expect(deliveries).toHaveLength(1)
    const [post] = deliveries
    expect(post).toMatchObject({ method: 'POST', path: '/stories' })
    expect(post!.headers['idempotency-key']).toBe(`${id}:1`)
    expect(post!.headers['authorization']).toBe('Bearer test-bearer-token')
    const ninjs = JSON.parse(post!.body) as { headlines: { role: string; value: string }[]; by: string; version: string; pubstatus: string }
    expect(validateNinjs(ninjs)).toEqual({ valid: true })
    expect(ninjs.headlines.find((h) => h.role === 'main')?.value).toBe(seed.headline)
    expect(ninjs.headlines.find((h) => h.role === 'subhead')?.value).toBe(seed.standfirst)
    expect(ninjs.by).toBe('News Desk')
    expect(ninjs).toMatchObject({ version: '1', pubstatus: 'usable' })

    // Export to file… writes the same story as ninjs through a download.
    await bar.getByRole('button', { name: 'Export to file…' }).click()
    const downloading = page.waitForEvent('download')
    await page.getByRole('menu', { name: 'Export to file' }).getByRole('menuitem', { name: 'ninjs JSON' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/\.json$/)
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown
    expect(validateNinjs(exported)).toEqual({ valid: true })

    // The Outbox: the job sent, with its site, version, attempts and the site's address.
    await page.getByTestId('outbox-status').click()
    await expect(page).toHaveURL(/#outbox$/)
    const job = publishing.jobs().first()
    await expect(publishing.jobs()).toHaveCount(1)
    await expect(job.getByTestId('job-state')).toHaveText('Sent')
    await expect(job).toContainText(seed.headline)
    await expect(job).toContainText('Website')
    await expect(job).toContainText('Publish')
    await expect(job.getByRole('link', { name: /Open .* on Website/ })).toHaveAttribute('href', 'https://site.example/news/story-1')
    await expect(job.getByRole('button', { name: 'Retry now' })).toHaveCount(0)
    await expect(page.getByTestId('outbox-status')).toHaveText('Outbox empty', { timeout: 5_000 })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'outbox.png') })
  } finally {
    await site.close()
  }
})

test('with two sites Publish asks which; a changed story goes out as a correction to the site that has it; Unpublish asks to confirm and withdraws it', async ({ page, host }) => {
  test.setTimeout(60_000)
  const website = await startSiteReceiver()
  const urdu = await startSiteReceiver()
  try {
    const call = async <T>(channel: string, payload: unknown) => {
      const result = await host.workstation.dispatch(channel, payload)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.value as T
    }
    const publisher = await call<{ id: string }>('people:create', { name: 'Desk Publisher', roles: ['reporter', 'editor', 'publisher'] })
    await call('profile:set', { personId: publisher.id })
    const { id } = await call<{ id: string }>('stories:create', { headline: 'Flood warning for Rawalpindi as Nullah Leh rises' })
    for (const to of ['submitted', 'editing', 'ready']) {
      const { version } = await call<{ version: number }>('stories:get', { id })
      await call('desk:move', { id, to, note: '', override: '', baseVersion: version })
    }
    await call('publish:saveTarget', { kind: 'http', name: 'Website', url: website.url, secret: 'token-1' })
    await call('publish:saveTarget', { kind: 'http', name: 'Urdu site', url: urdu.url, secret: 'token-2' })

    await page.goto(`${host.url}#story/${id}`)
    const bar = page.locator('.story-bar')
    await bar.getByRole('button', { name: 'Publish', exact: true }).click()
    const question = page.getByRole('form', { name: 'Publish' })
    await question.getByLabel('Publish to').selectOption({ label: 'Website' })
    await bar.screenshot({ path: join(SCREENSHOT_DIR, 'publish-which-site.png') })
    await question.getByRole('button', { name: 'Publish' }).click()
    await expect(page.getByTestId('story-state')).toHaveText('published', { timeout: 20_000 })
    expect(website.deliveries()).toHaveLength(1)
    expect(urdu.deliveries()).toHaveLength(0)

    // Nothing changed: a correction would carry the same text, and the site already has it.
    await new Publishing(page).send('Publish correction', 'Website')
    await expect(bar.getByRole('status').filter({ hasText: 'Website already has this version' })).toBeVisible()

    // The standfirst changes: the correction goes to Website only (the site that has the story), version 2, same address.
    const story = new StoryPage(page)
    await story.standfirst().fill('The Met Office expects the Nullah Leh to crest on Sunday night')
    await new Publishing(page).send('Publish correction', 'Website')
    await expect(page.getByTestId('story-state')).toHaveText('corrected', { timeout: 20_000 })
    const correction = website.deliveries()[1]!
    expect(correction).toMatchObject({ method: 'PUT', path: '/stories/story-1' })
    expect(correction.headers['idempotency-key']).toBe(`${id}:2`)
    expect(JSON.parse(correction.body)).toMatchObject({ version: '2', headlines: expect.arrayContaining([expect.objectContaining({ role: 'subhead', value: 'The Met Office expects the Nullah Leh to crest on Sunday night' })]) })

    // Unpublish asks first; Cancel sends nothing.
    await bar.getByRole('button', { name: 'Unpublish' }).click()
    const confirm = page.getByRole('form', { name: 'Unpublish' })
    await expect(confirm.getByRole('button', { name: 'Unpublish' })).toBeFocused()
    await expect(confirm).toContainText('Take the story off Website?')
    await expect(confirm).toContainText('Readers will no longer see it.')
    await bar.screenshot({ path: join(SCREENSHOT_DIR, 'unpublish-confirm.png') })
    await page.keyboard.press('Escape')
    await expect(confirm).toHaveCount(0)
    await expect(bar.getByRole('button', { name: 'Unpublish' })).toBeFocused()
    expect(website.deliveries()).toHaveLength(2)
    await bar.getByRole('button', { name: 'Unpublish' }).click()
    await page.getByRole('form', { name: 'Unpublish' }).getByRole('button', { name: 'Unpublish' }).click()
    await expect(page.getByTestId('story-state')).toHaveText('unpublished', { timeout: 20_000 })
    const withdrawal = website.deliveries()[2]!
    expect(withdrawal).toMatchObject({ method: 'PUT', path: '/stories/story-1' })
    expect(JSON.parse(withdrawal.body)).toMatchObject({ pubstatus: 'canceled' })
    await expect(page.getByTestId('publications')).toHaveCount(0)
    expect(urdu.deliveries()).toHaveLength(0)

    // Export by keyboard: ArrowDown opens the menu on its first format, Escape closes it; Markdown downloads a .md file.
    const exportButton = bar.getByRole('button', { name: 'Export to file…' })
    await exportButton.focus()
    await page.keyboard.press('ArrowDown')
    const menu = page.getByRole('menu', { name: 'Export to file' })
    await expect(menu.getByRole('menuitem', { name: 'ninjs JSON' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(menu).toHaveCount(0)
    await expect(exportButton).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(menu.getByRole('menuitem', { name: 'Markdown' })).toBeFocused()
    const downloading = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/\.md$/)
    expect(readFileSync(await download.path(), 'utf8')).toContain('Flood warning for Rawalpindi as Nullah Leh rises')

    await page.getByTestId('outbox-status').click()
    await expect(new Publishing(page).jobs()).toHaveCount(3)
    await expect(new Publishing(page).jobs().getByTestId('job-state')).toHaveText(['Sent', 'Sent', 'Sent'])
  } finally {
    await website.close()
    await urdu.close()
  }
})

test('Settings › Publishing: a WordPress target, field errors, the secret never shown and kept unless removed, and a failed connection test named in red', async ({ page, host }) => {
  // Sites are a publisher's to change (main refuses a reporter).
  const publisher = await host.workstation.dispatch('people:create', { name: 'Desk Publisher', roles: ['publisher'] })
  if (!publisher.ok) throw new Error(publisher.error.message)
  expect((await host.workstation.dispatch('profile:set', { personId: (publisher.value as { id: string }).id })).ok).toBe(true)
  await page.goto(`${host.url}#settings`)
  await expect(page.getByText('No site to publish to yet.')).toBeVisible()
  await page.getByRole('button', { name: 'Add target' }).click()
  const form = page.getByRole('form', { name: 'Add publishing target' })
  await form.getByLabel('Kind of site').selectOption('wordpress')
  await expect(form.getByLabel('Bearer token')).toHaveCount(0)
  await form.getByLabel('Name').fill('Urdu site')
  await form.getByLabel('Site address').fill('not an address')
  await form.getByLabel('User', { exact: true }).fill('desk')
  await form.getByLabel('Application password').fill('abcd efgh ijkl mnop')
  await expect(form.getByLabel('Application password')).toHaveAttribute('type', 'password')
  await form.getByLabel('Time limit (seconds)').fill('0')
  await form.getByRole('button', { name: 'Add target' }).click()
  await expect(form).toContainText('Time limit must be between 1 and 300 seconds')
  await form.getByLabel('Time limit (seconds)').fill('5')
  await form.getByRole('button', { name: 'Add target' }).click()
  await expect(form).toContainText('Site address must be an http:// or https:// address')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'publish-target-form.png') })
  // A port that was open a moment ago and is closed now: the test names the failure.
  const gone = await startSiteReceiver()
  await gone.close()
  await form.getByLabel('Site address').fill(new URL(gone.url).origin)
  await form.getByRole('button', { name: 'Add target' }).click()
  await expect(form).toHaveCount(0)
  const row = new Publishing(page).targetRow('Urdu site')
  await expect(row).toContainText('WordPress')
  await expect(row).toContainText('desk')
  await expect(row).toContainText('Stored')

  await row.getByRole('button', { name: 'Test connection' }).click()
  const report = page.getByTestId('connection-report')
  await expect(report).toContainText('Site unreachable')
  await expect(page.getByRole('row').filter({ has: report })).toHaveClass(/\bfailed\b/)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'publish-settings-failed.png') })

  // Editing: the password is never filled in; left empty it stays stored; "Remove stored…" deletes it.
  await row.getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('form', { name: 'Edit Urdu site' })
  await expect(edit.getByLabel('Application password', { exact: true })).toHaveValue('')
  await expect(edit.getByLabel('Application password', { exact: true })).toHaveAttribute('placeholder', 'Stored: leave empty to keep it')
  await edit.getByRole('button', { name: 'Save target' }).click()
  await expect(row).toContainText('Stored')
  await row.getByRole('button', { name: 'Edit' }).click()
  await page.getByRole('form', { name: 'Edit Urdu site' }).getByLabel('Remove stored application password').check()
  await page.getByRole('form', { name: 'Edit Urdu site' }).getByRole('button', { name: 'Save target' }).click()
  await expect(row).toContainText('None stored')

  page.once('dialog', (dialog) => void dialog.accept())
  await row.getByRole('button', { name: 'Remove' }).click()
  await expect(page.getByText('No site to publish to yet.')).toBeVisible()
})
