import { v7 as uuidv7 } from 'uuid'
import { fieldsOf, type StoryDetail } from '../../src-shared/domain/storyDraft'
import type { OutboxSummary } from '../../src-shared/domain/publishing'
import type { Person } from '../../src-shared/domain/person'
import { saveSeedStory } from '../../src-main/export/fixtures/seedStoryOnDesk'
import { DEFAULT_BACKOFF } from '../../src-main/publish/backoff'
import { createOutboxWorker } from '../../src-main/publish/outboxWorker'
import { createHttpTarget } from '../../src-main/publish/targets/httpTarget'
import type { TestDesk } from '../../src-main/testing/testDesk'
import type { Random } from '../harness/random'
import { startFlakySite } from './flakySite'

/** R3's figures: what was asked, what the site saw, what the outbox says. */
export interface StormFigures {
  publishes: number
  stories: number
  requests: number
  /** Resends of a version the site already held (its answer was lost): each would have been a duplicate without the key. */
  duplicatesPrevented: number
  moods: Record<string, number>
  downRounds: number
  rounds: number
  failedThenRetried: number
  maxAttempts: number
  ms: number
}

interface JobRow {
  id: string
  story_id: string
  version: number
  idempotency_key: string
  state: string
  attempts: number
  last_error: string | null
}

/**
 * Sends `stories × versions` publishes (a publish, then corrections) from a real workstation to
 * the flaky site through the real outbox worker and HTTP target, with a clock the test moves
 * straight to the next job's due time (so back-offs of minutes pass at once) and a 100 ms
 * request timeout (so a stall costs 100 ms, not the settings' minimum of 1 s). Jobs that use up
 * their 8 attempts are first checked to show `failed` with the last error, then "Retry now".
 */
export async function publishStorm(desk: TestDesk, random: Random, options: { stories: number; versions: number }) {
  const started = performance.now()
  const site = await startFlakySite(random)
  const { store } = desk.workstation
  desk.workstation.publish.worker.stop() // the test's own worker (below) is the one that sends
  let clock = Date.parse('2030-01-01T00:00:00.000Z')
  const target = createHttpTarget({ url: site.url, token: 'storm-token', timeoutMs: 100 })
  /** Every try the worker made, per idempotency key, seen from the app's side (a refused connection never reaches the site). */
  const tries = new Map<string, number>()
  const worker = createOutboxWorker({
    store,
    context: { actor: () => 'person:outbox', now: () => new Date(clock), newId: () => uuidv7() },
    client: () => ({ ...target, send: (delivery) => (tries.set(delivery.idempotencyKey, (tries.get(delivery.idempotencyKey) ?? 0) + 1), target.send(delivery)) }),
    online: () => true,
    backoff: () => DEFAULT_BACKOFF,
  })
  const figures: StormFigures = { publishes: 0, stories: options.stories, requests: 0, duplicatesPrevented: 0, moods: site.moods, downRounds: 0, rounds: 0, failedThenRetried: 0, maxAttempts: 0, ms: 0 }
  const failedSeen: JobRow[] = []

  async function settle(): Promise<void> {
    for (;;) {
      figures.rounds += 1
      const down = random.next() < 0.05
      if (down) figures.downRounds += 1
      await site.down(down)
      await worker.runDue()
      await site.down(false)
      const failed = store.sqlite.prepare("SELECT id, story_id, version, idempotency_key, state, attempts, last_error FROM publish_jobs WHERE state = 'failed'").all() as JobRow[]
      for (const job of failed) {
        failedSeen.push(job)
        figures.failedThenRetried += 1
        await desk.value('outbox:retry', { id: job.id })
      }
      const next = store.sqlite.prepare("SELECT min(next_attempt_at) FROM publish_jobs WHERE state = 'queued'").pluck().get() as string | null
      if (!next) return
      clock = Math.max(clock, Date.parse(next))
    }
  }

  try {
    const publisher = await desk.value<Person>('people:create', { name: 'Storm Publisher', roles: ['reporter', 'editor', 'publisher'] })
    await desk.value('profile:set', { personId: publisher.id })
    const siteTarget = await desk.value<{ id: string }>('publish:saveTarget', { kind: 'http', name: 'Flaky site', url: site.url, secret: 'storm-token', timeoutMs: 1_000 })
    const stories: StoryDetail[] = []
    for (let index = 0; index < options.stories; index++) {
      let { story } = await saveSeedStory(desk, { assigneeId: publisher.id, headline: `Storm story ${index}` })
      for (const to of ['submitted', 'editing', 'ready']) story = await desk.value<StoryDetail>('desk:move', { id: story.id, to, baseVersion: story.version })
      stories.push(story)
    }
    for (let version = 1; version <= options.versions; version++) {
      for (const [index, story] of stories.entries()) {
        let current = await desk.value<StoryDetail>('stories:get', { id: story.id })
        if (version > 1) {
          const body = { type: 'doc', content: [...(current.body.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: `Correction ${version} to story ${index}.` }] }] }
          current = await desk.value<StoryDetail>('stories:save', { id: story.id, baseVersion: current.version, fields: { ...fieldsOf(current), body } })
        }
        await desk.value('publish:send', { storyId: story.id, targetId: siteTarget.id, action: version === 1 ? 'publish' : 'correct' })
        figures.publishes += 1
      }
      await settle()
    }
    const jobs = store.sqlite.prepare('SELECT id, story_id, version, idempotency_key, state, attempts, last_error FROM publish_jobs').all() as JobRow[]
    figures.requests = [...site.keys.values()].reduce((sum, record) => sum + record.requests, 0)
    figures.duplicatesPrevented = [...site.keys.values()].reduce((sum, record) => sum + record.afterStored, 0)
    figures.maxAttempts = Math.max(...jobs.map((job) => job.attempts))
    figures.ms = Math.round(performance.now() - started)
    const summary = await desk.value<OutboxSummary>('outbox:summary', {})
    return { figures, jobs, keys: site.keys, tries, stories, failedSeen, summary }
  } finally {
    worker.stop()
    await site.close()
  }
}
