import { join } from 'node:path'
import { expect, SCREENSHOT_DIR, test } from './fixtures'
import { loadSeedStory } from './fixtures/seedStory'
import { StoryPage } from './pages/storyPage'

const seed = loadSeedStory()

test('a reporter submits the seed story; an editor claims it and returns it with a note; it is resubmitted and passed to ready; History shows every move', async ({ page, host }) => {
  const editor = await host.workstation.dispatch('people:create', { name: 'Desk Editor', roles: ['editor'] })
  expect(editor.ok).toBe(true)
  await page.goto(host.url)
  const story = new StoryPage(page)
  await story.create(seed.headline)
  await story.paste({ text: seed.paragraphs.join('\n\n') })
  await story.standfirst().fill(seed.standfirst)
  await story.saved()

  // The copy desk's findings on the seed story: the two repeated pairs, SAtuday, a doubled space.
  await page.getByRole('tab', { name: /Checks/ }).click()
  const findings = page.getByRole('list', { name: 'Checks' }).getByRole('listitem')
  await expect(findings).toHaveCount(4)
  await expect(findings.nth(0)).toContainText('made unprecedented sacrifices')
  await expect(findings.nth(1)).toContainText('need to adopt a common strategy')
  await expect(findings.nth(2)).toContainText('“SAtuday” has broken capitals.')
  await findings.nth(2).getByRole('button', { name: 'Show' }).click()
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('SAtuday')
  // Spelling (nspell here; the app's context menu adds Chromium's): words Hunspell lacks, most frequent first.
  const spelling = page.getByRole('list', { name: 'Spelling' }).getByRole('listitem')
  await expect(spelling.first()).toContainText('Mohsin (4×) is not in the dictionary.')
  await expect(spelling.filter({ hasText: /^cyber is not/ })).toHaveCount(1)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'checks.png') })
  await spelling.filter({ hasText: /^cyber is not/ }).getByRole('button', { name: 'Add to dictionary' }).click()
  await expect(spelling.filter({ hasText: /^cyber is not/ })).toHaveCount(0)
  expect((await host.workstation.dispatch('spelling:words', {})).ok && (await host.workstation.dispatch('spelling:words', {}))).toMatchObject({ value: ['cyber'] })
  await page.getByRole('tab', { name: 'Details' }).click()

  await page.getByRole('button', { name: 'Submit' }).click()
  await expect(page.getByTestId('story-state')).toHaveText('submitted')
  await expect(page.getByRole('button', { name: 'Claim' })).toHaveCount(0) // a reporter cannot claim

  const switchTo = async (name: string) => {
    await page.getByRole('button', { name: 'Switch person' }).click()
    await page.getByRole('button', { name: new RegExp(name) }).click()
    await expect(page.getByTestId('current-person')).toContainText(name)
  }
  await switchTo('Desk Editor')
  // The editor finds it in the desk queue.
  await page.getByRole('button', { name: 'Stories', exact: true }).first().click()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Queue' }).click()
  const queue = page.getByRole('table', { name: 'Desk queue' })
  await expect(queue.getByRole('link', { name: seed.headline })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'queue.png') })
  await queue.getByRole('link', { name: seed.headline }).click()
  await page.getByRole('button', { name: 'Claim' }).click()
  await expect(page.getByTestId('story-state')).toHaveText('editing')
  await page.getByRole('tab', { name: /Comments/ }).click()
  await page.getByLabel('New comment').fill('Is the NCA director named anywhere?')
  await page.getByRole('button', { name: 'Comment', exact: true }).click()
  await expect(page.getByRole('tab', { name: 'Comments (1)' })).toBeVisible()
  await page.getByRole('button', { name: 'Return to reporter' }).click()
  await page.getByLabel('Note for the reporter').fill('Fix “SAtuday” and name the NCA director.')
  await page.getByRole('form', { name: 'Return to reporter' }).getByRole('button', { name: 'Return to reporter' }).click()
  await expect(page.getByTestId('story-state')).toHaveText('returned')

  await switchTo('Test Reporter')
  await page.getByRole('tab', { name: 'Comments (1)' }).click()
  await expect(page.getByRole('list', { name: 'Comments' })).toContainText('Is the NCA director named anywhere?')
  await page.getByRole('button', { name: 'Resolve' }).click()
  await expect(page.getByRole('tab', { name: 'Comments', exact: true })).toBeVisible()
  await page.getByRole('tab', { name: 'History' }).click()
  await expect(page.getByRole('list', { name: 'Moves' })).toContainText('Fix “SAtuday” and name the NCA director.')
  await page.getByRole('button', { name: 'Resubmit' }).click()
  await expect(page.getByTestId('story-state')).toHaveText('submitted')

  await switchTo('Desk Editor')
  await page.getByRole('button', { name: 'Claim' }).click()
  await page.getByRole('button', { name: 'Pass to ready' }).click()
  await expect(page.getByTestId('story-state')).toHaveText('ready')
  await page.getByRole('tab', { name: 'History' }).click()
  const moves = page.getByRole('list', { name: 'Moves' }).getByRole('listitem')
  await expect(moves).toHaveCount(6)
  await expect(moves.nth(0)).toContainText('draft → submitted by Test Reporter')
  await expect(moves.nth(2)).toContainText('editing → returned by Desk Editor')
  await expect(moves.nth(5)).toContainText('editing → ready by Desk Editor')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'history-moves.png') })
})

test('typing on while Submit is on its way keeps every word: the move waits for the save, the save for the move', async ({ page, host }) => {
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.draft('Floods in Sindh', 'Story text before submit.')

  // The move's answer comes late (a busy machine): the reporter types on meanwhile.
  await page.route('**/__newsdesk/rpc/desk%3Amove', async (route) => {
    const response = await route.fetch()
    await new Promise((done) => setTimeout(done, 1_500))
    await route.fulfill({ response })
  })
  await page.getByRole('button', { name: 'Submit' }).click()
  await story.body().press('End')
  await page.keyboard.type(' Typed during the submit.')
  await expect(page.getByTestId('story-state')).toHaveText('submitted')
  await expect(story.body()).toHaveText('Story text before submit. Typed during the submit.')
  await story.saved()
  const stored = await story.stored(id)
  expect(stored.bodyText).toBe('Story text before submit. Typed during the submit.')
  expect(stored.state).toBe('submitted')
  const history = await host.workstation.dispatch('stories:revisions', { storyId: id })
  expect(history.ok && (history.value as { kind: string }[]).filter((revision) => revision.kind === 'conflict')).toEqual([])
  await expect(page.getByTestId('save-status')).toHaveText(/Saved/)
})
