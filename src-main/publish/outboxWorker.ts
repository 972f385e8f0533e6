import { PUBLISH_ACTIONS } from '../../src-shared/domain/publishing'
import type { ServiceContext } from '../app/serviceContext'
import type { Store } from '../db/store'
import { isBusy } from '../db/databaseBusy'
import { retryDelay, type BackoffPolicy } from './backoff'
import { PublishFailure, type Delivery, type PublishTarget } from './targets/publishTarget'

/** How long the worker waits before trying again when another program holds the database, in ms. */
const BUSY_RETRY_MS = 5_000

/** What the worker needs: the store, the clock, a site client per target, and the network's state. */
export interface WorkerDeps {
  store: Store
  context: ServiceContext
  /** The client for a target, or an error when it cannot be made (removed target, no secret). */
  client: (targetId: string) => PublishTarget
  /** False while the machine has no network: jobs then wait without spending attempts. */
  online: () => boolean
  backoff: () => BackoffPolicy
  random?: () => number
  /** How often to look again while offline, in ms. */
  offlinePollMs?: number
}

/** The outbox's sender, one per workstation. */
export interface OutboxWorker {
  /** Puts jobs left `sending` by a crash back in the queue, then starts sending. */
  start(): void
  /** Looks at the queue now (after a job was queued or retried). */
  kick(): void
  /** Sends every job that is due, one at a time; resolves to how many were tried. */
  runDue(): Promise<number>
  /** Stops the timer; a send in progress finishes. */
  stop(): void
}

interface DueJob {
  id: string
  story_id: string
  target_id: string
  action: Delivery['action']
  version: number
  idempotency_key: string
  ninjs_json: string
  post_json: string
  attempts: number
  /** Who queued it: the move it makes is recorded as theirs. */
  created_by: string
}

/**
 * Sends outbox jobs to their sites. A job is claimed (`sending`, attempts + 1) in one
 * transaction, sent outside any transaction, and its outcome written in another: success
 * stores what the site kept and moves the story (published, corrected, unpublished) with a
 * recorded move; a retryable failure is queued again after `retryDelay`; anything else, or the
 * last allowed attempt, marks it failed with the message. Every retry carries the same
 * idempotency key. Offline, nothing is tried. When another program holds the database as an
 * outcome is written, nothing is written: the job stays `sending`, no run rejects, and it is
 * queued again (same key) on the next run, tried every `BUSY_RETRY_MS` until the lock is gone.
 */
export function createOutboxWorker(deps: WorkerDeps): OutboxWorker {
  const { store, context } = deps
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<number> | null = null
  let stopped = false
  // A job whose outcome could not be written because another program held the database: it
  // is still `sending`, and goes back in the queue (same key) as soon as the database is free.
  let abandoned = false
  const now = () => context.now().toISOString()

  function schedule(): void {
    clearTimeout(timer)
    if (stopped) return
    if (abandoned) {
      timer = setTimeout(() => void runDue(), BUSY_RETRY_MS)
      timer.unref?.()
      return
    }
    const next = store.sqlite.prepare("SELECT min(next_attempt_at) FROM publish_jobs WHERE state = 'queued'").pluck().get() as string | null
    if (!next) return
    const wait = deps.online() ? Math.max(0, Date.parse(next) - context.now().getTime()) : (deps.offlinePollMs ?? 5_000)
    timer = setTimeout(() => void runDue(), Math.min(wait, 2_147_483_647))
    timer.unref?.()
  }

  async function sendOne(job: DueJob): Promise<void> {
    if (stopped) return
    const remote = store.sqlite.prepare('SELECT remote_id, remote_url, media_ids_json FROM story_publications WHERE story_id = ? AND target_id = ?').get(job.story_id, job.target_id) as
      | { remote_id: string; remote_url: string | null; media_ids_json: string }
      | undefined
    const delivery: Delivery = {
      action: job.action,
      storyId: job.story_id,
      version: job.version,
      idempotencyKey: job.idempotency_key,
      ninjs: JSON.parse(job.ninjs_json) as object,
      post: JSON.parse(job.post_json) as Delivery['post'],
      remote: remote ? { id: remote.remote_id, url: remote.remote_url, mediaIds: JSON.parse(remote.media_ids_json) as Record<string, string> } : null,
    }
    try {
      const delivered = await deps.client(job.target_id).send(delivery)
      // Stopped mid-send (the app quit, the database closed): the job stays `sending`, and the
      // next start sends it again with the same key.
      if (!stopped) recordSent(job, delivered)
    } catch (error) {
      if (stopped) return
      // Recording the site's answer found the database locked: nothing was written; try again later.
      if (isBusy(error)) return void (abandoned = true)
      try {
        recordFailure(job, error)
      } catch (again) {
        if (!isBusy(again)) throw again
        abandoned = true
      }
    }
  }

  function recordSent(job: DueJob, delivered: { remoteId: string; remoteUrl: string | null; mediaIds?: Record<string, string> }): void {
    const at = now()
    const entry = PUBLISH_ACTIONS.find((candidate) => candidate.action === job.action)!
    store.transaction(() => {
      store.sqlite.prepare("UPDATE publish_jobs SET state = 'sent', sent_at = ?, remote_url = ?, last_error = NULL, last_reason = NULL, next_attempt_at = NULL, updated_at = ?, updated_by = ? WHERE id = ?").run(at, delivered.remoteUrl, at, context.actor(), job.id)
      store.sqlite
        .prepare(
          `INSERT INTO story_publications (story_id, target_id, remote_id, remote_url, media_ids_json, version, canceled, published_at, updated_at)
           VALUES (@story, @target, @id, @url, @media, @version, @canceled, @at, @at)
           ON CONFLICT (story_id, target_id) DO UPDATE SET remote_id = @id, remote_url = coalesce(@url, remote_url), media_ids_json = @media,
             version = @version, canceled = @canceled, updated_at = @at`,
        )
        .run({ story: job.story_id, target: job.target_id, id: delivered.remoteId, url: delivered.remoteUrl, media: JSON.stringify(delivered.mediaIds ?? {}), version: job.version, canceled: job.action === 'unpublish' ? 1 : 0, at })
      const story = store.sqlite.prepare('SELECT state FROM stories WHERE id = ?').get(job.story_id) as { state: string }
      if (story.state === entry.to && job.action !== 'correct') return
      // The state changes without a new version: the text did not, and a reporter's open
      // editor must not meet a conflict because the site took the story.
      store.sqlite.prepare('UPDATE stories SET state = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(entry.to, at, job.created_by, job.story_id)
      store.sqlite
        .prepare('INSERT INTO story_moves (id, story_id, from_state, to_state, note, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(context.newId(), job.story_id, story.state, entry.to, `${entry.label}: version ${job.version}${delivered.remoteUrl ? ` at ${delivered.remoteUrl}` : ''}`, at, job.created_by, at, job.created_by)
    })
  }

  function recordFailure(job: DueJob, error: unknown): void {
    const at = now()
    const failure = error instanceof PublishFailure ? error : null
    const message = failure?.message ?? (error instanceof Error ? error.message : String(error))
    const policy = deps.backoff()
    const retry = (failure?.retryable ?? false) && job.attempts < policy.maxAttempts
    const next = retry ? new Date(context.now().getTime() + retryDelay(job.attempts, policy, deps.random)).toISOString() : null
    store.sqlite
      .prepare('UPDATE publish_jobs SET state = ?, next_attempt_at = ?, last_error = ?, last_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(retry ? 'queued' : 'failed', next, message, failure?.reason ?? null, at, context.actor(), job.id)
  }

  async function sendDue(): Promise<number> {
    if (abandoned) {
      requeueSending()
      abandoned = false
    }
    let tried = 0
    // A locked database ends the run: the next claim would only wait out the lock again.
    while (!stopped && !abandoned && deps.online()) {
      const job = claimNext()
      if (!job) break
      tried += 1
      await sendOne(job)
    }
    return tried
  }

  // One run at a time: a kick during a run joins it (the run takes every due job anyway).
  async function runDue(): Promise<number> {
    if (running) return running
    const run = sendDue()
    running = run
    try {
      return await run
    } catch (error) {
      // The database is locked (claiming or requeuing): nothing changed; the timer tries again.
      if (!isBusy(error)) throw error
      abandoned = true
      return 0
    } finally {
      running = null
      schedule()
    }
  }

  function claimNext(): DueJob | undefined {
    let claimed: DueJob | undefined
    store.transaction(() => {
      claimed = store.sqlite
        .prepare("SELECT id, story_id, target_id, action, version, idempotency_key, ninjs_json, post_json, attempts, created_by FROM publish_jobs WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at LIMIT 1")
        .get(now()) as DueJob | undefined
      if (!claimed) return
      claimed.attempts += 1
      store.sqlite.prepare("UPDATE publish_jobs SET state = 'sending', attempts = ?, updated_at = ?, updated_by = ? WHERE id = ?").run(claimed.attempts, now(), context.actor(), claimed.id)
    })
    return claimed
  }

  // A crash mid-send, or an outcome the locked database would not take, leaves `sending`: send
  // again, with the same key, so the site keeps one copy. Only between runs: none is in flight.
  function requeueSending(): void {
    const at = now()
    store.transaction(() => store.sqlite.prepare("UPDATE publish_jobs SET state = 'queued', next_attempt_at = ?, updated_at = ?, updated_by = ? WHERE state = 'sending'").run(at, at, context.actor()))
  }

  return {
    start() {
      stopped = false
      requeueSending()
      void runDue()
    },
    kick: () => void runDue(),
    runDue,
    stop() {
      stopped = true
      clearTimeout(timer)
    },
  }
}
