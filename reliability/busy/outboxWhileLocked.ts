import { v7 as uuidv7 } from 'uuid'
import { systemContext } from '../../src-main/app/serviceContext'
import { DEFAULT_BACKOFF } from '../../src-main/publish/backoff'
import { createOutboxWorker } from '../../src-main/publish/outboxWorker'
import type { Delivery, PublishTarget } from '../../src-main/publish/targets/publishTarget'
import { driveChild, type ChildScript } from '../harness/childScript'
import { openDesk } from './busyScenarios'

/**
 * The outbox worker finds the database locked (by another program, past `busy_timeout`) at the
 * moment it records what the site answered. Holds when no run rejects, the job is not left
 * `sending` for good (it is sent again with the same key once the lock is gone), and no
 * "database is locked" lands in the outbox as the job's error.
 */
export async function outboxWhileLocked(child: ChildScript, folder: string) {
  const desk = openDesk(folder, 200)
  const other = driveChild(child, [desk.path])
  const story = desk.stories.create({ headline: 'Publish while locked' })
  const now = new Date().toISOString()
  const jobId = uuidv7()
  desk.store.sqlite
    .prepare(
      `INSERT INTO publish_jobs (id, story_id, target_id, action, version, story_version, idempotency_key, ninjs_json, post_json, next_attempt_at, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, 'publish', 1, 1, ?, '{}', '{}', ?, ?, 'person:busy-test', ?, 'person:busy-test')`,
    )
    .run(jobId, story.id, uuidv7(), `${story.id}:1`, now, now, now)
  const keys: string[] = []
  let lockNext = true
  const site: PublishTarget = {
    kind: 'http',
    testConnection: () => Promise.resolve({ ok: true, message: '' }),
    async send(delivery: Delivery) {
      keys.push(delivery.idempotencyKey)
      if (lockNext) {
        // The site took it; before the answer is recorded another program takes the write lock for 1 s.
        lockNext = false
        other.send('lock 1000')
        await other.next('locked')
      }
      return { remoteId: 'site-1', remoteUrl: 'https://site.example/1' }
    },
  }
  const worker = createOutboxWorker({ store: desk.store, context: systemContext(() => 'person:busy-test'), client: () => site, online: () => true, backoff: () => DEFAULT_BACKOFF })
  const rejections: string[] = []
  try {
    await worker.runDue().catch((error: unknown) => rejections.push(String(error)))
    const during = desk.store.sqlite.prepare('SELECT state, last_error FROM publish_jobs WHERE id = ?').get(jobId) as { state: string; last_error: string | null }
    await other.next('unlocked')
    await worker.runDue().catch((error: unknown) => rejections.push(String(error)))
    const after = desk.store.sqlite.prepare('SELECT state, last_error, attempts FROM publish_jobs WHERE id = ?').get(jobId) as { state: string; last_error: string | null; attempts: number }
    return { rejections, during, after, keys }
  } finally {
    worker.stop()
    await other.close()
    desk.store.close()
  }
}
