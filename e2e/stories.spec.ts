import Database from 'better-sqlite3'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '../src-main/db/openDatabase'
import { expect, SCREENSHOT_DIR, test } from './fixtures'

const HEADLINE = 'Pakistan to welcome UK support in tackling cybercrimes: Minister'

test('a new story is stored in SQLite and is still there after a reload and a restart', async ({
  page,
  host,
  dataDir,
  startHost,
}) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible()
  await expect(page.getByText('No stories yet')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'stories-empty.png') })

  await page.getByRole('button', { name: 'New story' }).click()
  await page.getByLabel('Headline').fill(HEADLINE)
  await page.getByRole('button', { name: 'Create' }).click()
  // Create opens the new draft; the list has it too.
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(HEADLINE)
  await page.getByRole('button', { name: 'Stories', exact: true }).first().click()
  await expect(page.getByRole('table', { name: 'Stories' }).getByRole('cell', { name: HEADLINE })).toBeVisible()
  await expect(page.getByTestId('story-count')).toHaveText('1 story')

  // Read back from the database file itself, not from the page.
  const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true })
  const rows = db.prepare('SELECT headline, state, version FROM stories').all()
  db.close()
  expect(rows).toEqual([{ headline: HEADLINE, state: 'draft', version: 1 }])

  await page.reload()
  await expect(page.getByRole('cell', { name: HEADLINE })).toBeVisible()

  // A new host on the same folder has nothing in memory: the row must come from SQLite.
  await host.close()
  const restarted = await startHost()
  await page.goto(restarted.url)
  await expect(page.getByRole('cell', { name: HEADLINE })).toBeVisible()
  await expect(page.getByTestId('story-count')).toHaveText('1 story')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'stories-one.png') })
})

test('an empty headline cannot be created, and Escape closes the form', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'New story' }).click()
  await page.getByLabel('Headline').fill('   ')
  await expect(page.getByRole('button', { name: 'Create' })).toBeDisabled()
  await page.getByLabel('Headline').press('Escape')
  await expect(page.getByRole('form', { name: 'New story' })).toHaveCount(0)
})

test('the shell navigates by keyboard and every view renders', async ({ page, host }) => {
  await page.goto(host.url)
  const nav = page.getByRole('navigation', { name: 'Views' })
  for (const name of ['My stories', 'Queue', 'Stories', 'People', 'Pictures', 'Outbox', 'Settings']) {
    await nav.getByRole('button', { name, exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(nav.getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'page')
    await expect(page.locator('main h1')).toBeVisible()
  }
  await expect(page.getByText('given to the test host')).toBeVisible()
  await expect(page.locator('.facts')).toContainText(host.dataDir)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings.png') })
})
