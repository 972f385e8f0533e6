import { FailureReason, JobState, type JobState as JobStateType, type OutboxJob, type OutboxSummary, type PublishAction } from '../../src-shared/domain/publishing'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import type { TargetSettings } from './targetSettings'

const COLUMNS = `j.id, j.story_id, s.headline, j.target_id, j.action, j.version, j.state, j.attempts, j.next_attempt_at,
  j.last_error, j.last_reason, j.remote_url, j.created_at, j.created_by, j.sent_at`

interface JobRow {
  id: string
  story_id: string
  headline: string
  target_id: string
  action: PublishAction
  version: number
  state: JobStateType
  attempts: number
  next_attempt_at: string | null
  last_error: string | null
  last_reason: string | null
  remote_url: string | null
  created_at: string
  created_by: string
  sent_at: string | null
}

function toJob(row: JobRow, targetNames: Map<string, string>): OutboxJob {
  return {
    id: row.id,
    storyId: row.story_id,
    headline: row.headline,
    targetId: row.target_id,
    targetName: targetNames.get(row.target_id) ?? '(removed target)',
    action: row.action,
    version: row.version,
    state: JobState.parse(row.state),
    attempts: row.attempts,
    nextAttemptAt: row.state === 'queued' ? row.next_attempt_at : null,
    lastError: row.last_error,
    lastReason: FailureReason.safeParse(row.last_reason).data ?? null,
    remoteUrl: row.remote_url,
    createdAt: row.created_at,
    createdBy: row.created_by,
    sentAt: row.sent_at,
  }
}

const names = (targets: TargetSettings) => new Map(targets.list().map((target) => [target.id, target.name]))

/** One job with its story's headline. @throws ServiceError `not_found`. */
export function findJob(store: Store, id: string, targets: TargetSettings): OutboxJob {
  const row = store.sqlite.prepare(`SELECT ${COLUMNS} FROM publish_jobs j JOIN stories s ON s.id = j.story_id WHERE j.id = ?`).get(id) as JobRow | undefined
  if (!row) throw new ServiceError('not_found', 'That outbox job does not exist.')
  return toJob(row, names(targets))
}

/** Jobs newest first, in the given states (all when none), at most `limit`. */
export function listJobs(store: Store, targets: TargetSettings, { states, limit }: { states: readonly JobStateType[]; limit: number }): OutboxJob[] {
  const where = states.length > 0 ? `WHERE j.state IN (${states.map(() => '?').join(', ')})` : ''
  const rows = store.sqlite.prepare(`SELECT ${COLUMNS} FROM publish_jobs j JOIN stories s ON s.id = j.story_id ${where} ORDER BY j.created_at DESC, j.id DESC LIMIT ?`).all(...states, limit) as JobRow[]
  const targetNames = names(targets)
  return rows.map((row) => toJob(row, targetNames))
}

/** Counts for the status bar. */
export function outboxSummary(store: Store, online: boolean): OutboxSummary {
  const counts = new Map((store.sqlite.prepare('SELECT state, count(*) AS n FROM publish_jobs GROUP BY state').all() as { state: string; n: number }[]).map((row) => [row.state, row.n]))
  return { pending: (counts.get('queued') ?? 0) + (counts.get('sending') ?? 0), sending: counts.get('sending') ?? 0, failed: counts.get('failed') ?? 0, online }
}

/**
 * "Retry now": a failed or waiting job is due at once, its attempts counted afresh.
 * "Cancel": a job not yet sent is dropped (a job being sent cannot be stopped mid-request).
 * @throws ServiceError `not_found`, `conflict` when the job's state does not allow it.
 */
export function changeJob(store: Store, id: string, change: 'retry' | 'cancel', now: string, actor: string): void {
  store.transaction(() => {
    const row = store.sqlite.prepare('SELECT state FROM publish_jobs WHERE id = ?').get(id) as { state: JobStateType } | undefined
    if (!row) throw new ServiceError('not_found', 'That outbox job does not exist.')
    if (row.state !== 'queued' && row.state !== 'failed') throw new ServiceError('conflict', `A job that is ${row.state} cannot be ${change === 'retry' ? 'retried' : 'canceled'}.`)
    if (change === 'retry') store.sqlite.prepare("UPDATE publish_jobs SET state = 'queued', attempts = 0, next_attempt_at = ?, updated_at = ?, updated_by = ? WHERE id = ?").run(now, now, actor, id)
    else store.sqlite.prepare("UPDATE publish_jobs SET state = 'canceled', next_attempt_at = NULL, updated_at = ?, updated_by = ? WHERE id = ?").run(now, actor, id)
  })
}
