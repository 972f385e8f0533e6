import { join } from 'node:path'
import { fieldsOf, type StoryDetail } from '../src-shared/domain/storyDraft'
import { expect, SCREENSHOT_DIR, test } from './fixtures'
import { loadSeedStory } from './fixtures/seedStory'

const seed = loadSeedStory()
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

test('searching the stories finds words literally, in any script, with the match highlighted', async ({ page, host }) => {
  for (const [headline, paragraphs, language] of [
    [seed.headline, seed.paragraphs, 'en'],
    ['کراچی میں شدید بارش', ['بارش سے نظامِ زندگی مفلوج ہو گیا۔'], 'ur'],
    ['东京奥运会开幕', ['日本東京で五輪が開幕した。'], 'zh'],
  ] as const) {
    const created = await host.workstation.dispatch('stories:create', { headline, language })
    const draft = created.ok ? (created.value as StoryDetail) : null
    if (!draft) throw new Error('create failed')
    const saved = await host.workstation.dispatch('stories:save', { id: draft.id, baseVersion: 1, fields: { ...fieldsOf(draft), body: { type: 'doc', content: paragraphs.map(paragraph) } } })
    expect(saved.ok).toBe(true)
  }
  await page.goto(`${host.url}#stories`)
  const box = page.getByLabel('Search stories')
  const rows = page.getByRole('table', { name: 'Stories' }).locator('tbody tr')
  await expect(rows).toHaveCount(3)

  await box.fill('National Crime Agency')
  await expect(rows).toHaveCount(1)
  await expect(rows.first().locator('mark').first()).toHaveText('National')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'search.png') })

  // Punctuation alone is no search (everything is listed); operators are plain words.
  for (const [input, count] of [['"', 3], ['*', 3], ['(((', 3], ['NEAR(', 0], ["'; DROP TABLE stories; --", 0]] as const) {
    await box.fill(input)
    if (count === 0) await expect(page.getByText('No story matches.')).toBeVisible()
    else await expect(rows).toHaveCount(count)
    await expect(page.getByRole('alert')).toHaveCount(0)
  }
  await box.fill('نظام')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('کراچی میں شدید بارش')
  await box.fill('東京')
  await expect(rows).toHaveCount(1)
  await box.fill('')
  await expect(rows).toHaveCount(3)
})

test('the story list sorts by a column header and narrows by filters', async ({ page, host }) => {
  for (const [headline, section] of [['Budget day', 'Business'], ['Arrests in Lahore', 'News'], ['Cricket final', 'Sport']] as const) {
    const created = await host.workstation.dispatch('stories:create', { headline })
    const draft = created.ok ? (created.value as StoryDetail) : null
    if (!draft) throw new Error('create failed')
    await host.workstation.dispatch('stories:save', { id: draft.id, baseVersion: 1, fields: { ...fieldsOf(draft), section } })
  }
  await page.goto(`${host.url}#stories`)
  const headlines = page.getByRole('table', { name: 'Stories' }).locator('tbody tr td:first-child a')
  await page.getByRole('button', { name: 'Headline' }).click()
  await expect(headlines).toHaveText(['Arrests in Lahore', 'Budget day', 'Cricket final'])
  await expect(page.getByRole('columnheader', { name: /Headline/ })).toHaveAttribute('aria-sort', 'ascending')
  await page.getByRole('button', { name: /Headline/ }).click()
  await expect(headlines).toHaveText(['Cricket final', 'Budget day', 'Arrests in Lahore'])
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Section').fill('Sport')
  await expect(headlines).toHaveText(['Cricket final'])
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'stories-sorted-filtered.png') })
})
