import { join } from 'node:path'
import { actAsTestReporter, expect, SCREENSHOT_DIR, test } from './fixtures'
import { Publishing } from './pages/publishing'
import { startSiteReceiver } from './pages/siteReceiver'

/** First retry in 30–60 s: long enough that only "Retry now" can send the job within this test. */
const SLOW_BACKOFF_MS = '60000'

test('a site that answers 500: the Outbox shows the failed attempt, its error and the next try; Retry now sends it', async ({ page, startHost }) => {
  test.setTimeout(60_000)
  const site = await startSiteReceiver('fail')
  const before = process.env['NEWSDESK_OUTBOX_BASE_DELAY_MS']
  process.env['NEWSDESK_OUTBOX_BASE_DELAY_MS'] = SLOW_BACKOFF_MS
  try {
    const host = await startHost()
    await actAsTestReporter(host)
    const call = async <T>(channel: string, payload: unknown) => {
      const result = await host.workstation.dispatch(channel, payload)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.value as T
    }
    // One person who drafts, edits and publishes, and a story with their byline, made through the app's channels.
    const publisher = await call<{ id: string }>('people:create', { name: 'Desk Publisher', roles: ['reporter', 'editor', 'publisher'] })
    await call('profile:set', { personId: publisher.id })
    const story = await call<{ id: string }>('stories:create', { headline: 'Flood warning for Rawalpindi as Nullah Leh rises' })

    await page.goto(host.url)
    const publishing = new Publishing(page)
    await publishing.addHttpTarget('Website', site.url, 'test-bearer-token')
    await page.goto(`${host.url}#story/${story.id}`)
    for (const [action, state] of [['Submit', 'submitted'], ['Claim', 'editing'], ['Pass to ready', 'ready']] as const) {
      await page.getByRole('button', { name: action }).click()
      await expect(page.getByTestId('story-state')).toHaveText(state)
    }
    await expect(page.getByTestId('story-state')).toHaveText('ready')
    await publishing.send('Publish', 'Website')
    await expect(page.getByTestId('job-note')).toContainText(/Queued for Website|Sending to Website|Waiting to retry Website/)

    // The first attempt fails with 500: waiting again, the error and its reason shown, a next try in the future.
    await publishing.open('Outbox')
    const job = publishing.jobs().first()
    await expect(job.getByTestId('job-error')).toContainText('Site error', { timeout: 15_000 })
    await expect(job.getByTestId('job-state')).toHaveText('Waiting')
    await expect(job.getByTestId('job-attempts')).toHaveText('1 attempt')
    await expect(job.getByTestId('job-next')).toHaveText(/^in \d+ (s|min)$/)
    await expect(page.getByTestId('outbox-status')).toContainText('1 waiting', { timeout: 5_000 })
    expect(site.deliveries()).toHaveLength(1)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'outbox-failed.png') })

    // The site is back; "Retry now" sends it at once, with the same idempotency key.
    site.setMode('accept')
    await job.getByRole('button', { name: 'Retry now' }).click()
    await expect(job.getByTestId('job-state')).toHaveText('Sent', { timeout: 10_000 })
    await expect(job.getByRole('button', { name: 'Retry now' })).toHaveCount(0)
    await expect(job.getByRole('button', { name: 'Cancel' })).toHaveCount(0)
    await expect(job.getByTestId('job-sent')).not.toHaveText('–')
    const deliveries = site.deliveries()
    expect(deliveries).toHaveLength(2)
    expect(deliveries.map((request) => request.headers['idempotency-key'])).toEqual([`${story.id}:1`, `${story.id}:1`])
    await expect(page.getByTestId('outbox-status')).toHaveText('Outbox empty', { timeout: 5_000 })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'outbox-retried.png') })
  } finally {
    if (before === undefined) delete process.env['NEWSDESK_OUTBOX_BASE_DELAY_MS']
    else process.env['NEWSDESK_OUTBOX_BASE_DELAY_MS'] = before
    await site.close()
  }
})
