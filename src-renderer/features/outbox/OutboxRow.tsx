import { ExternalLink, Loader2 } from 'lucide-react'
import type { OutboxJob } from '../../../src-shared/domain/publishing'
import { ACTION_LABEL, REASON_LABEL, safeRemoteUrl, STATE_LABEL } from './jobWords'
import { clockTime, relativeTime, shortTime } from './relativeTime'

/**
 * One outbox job as a table row: the story with its site, action and version under it; the
 * state (a spinner while sending) and attempts; the last error with its reason; the next try;
 * when it was sent and a link to it on the site; Retry now and Cancel.
 */
export function OutboxRow({ job, now, onRetry, onCancel }: { job: OutboxJob; now: number; onRetry: () => void; onCancel: () => void }) {
  const remoteUrl = safeRemoteUrl(job.remoteUrl)
  const canRetry = job.state === 'failed' || job.state === 'queued'
  const canCancel = job.state === 'failed' || job.state === 'queued'
  const error = job.lastError ? `${job.lastReason ? `${REASON_LABEL[job.lastReason]}: ` : ''}${job.lastError}` : ''
  return (
    <tr data-testid="outbox-job" data-state={job.state}>
      <td className="story-headline">
        <a href={`#story/${job.storyId}`} dir="auto" title={job.headline}>
          {job.headline || 'Untitled story'}
        </a>
        <span className="job-meta" title={`${job.targetName} · ${ACTION_LABEL[job.action]} · version ${job.version}`}>
          <span dir="auto">{job.targetName}</span> · {ACTION_LABEL[job.action]} · version {job.version}
        </span>
      </td>
      <td className="story-state">
        <span className={`state-badge job-${job.state}`} data-testid="job-state">
          {job.state === 'sending' && <Loader2 size={12} aria-hidden="true" className="spin" />}
          {STATE_LABEL[job.state]}
        </span>
        <span className="job-meta" data-testid="job-attempts">
          {job.attempts === 1 ? '1 attempt' : `${job.attempts} attempts`}
        </span>
      </td>
      <td className={error ? 'outbox-error' : undefined} data-testid="job-error">
        {error && (
          <span className="danger" title={error}>
            {error}
          </span>
        )}
      </td>
      <td data-testid="job-next">
        {job.state === 'queued' && job.nextAttemptAt ? (
          <time dateTime={job.nextAttemptAt} title={clockTime(job.nextAttemptAt)}>
            {Date.parse(job.nextAttemptAt) <= now ? 'due now' : relativeTime(Date.parse(job.nextAttemptAt), now)}
          </time>
        ) : (
          <span className="muted">–</span>
        )}
      </td>
      <td data-testid="job-sent">
        {job.sentAt ? (
          <>
            <time dateTime={job.sentAt} title={clockTime(job.sentAt)}>
              {shortTime(job.sentAt)}
            </time>
            {remoteUrl && (
              <a className="outbox-remote" href={remoteUrl} target="_blank" rel="noreferrer" title={remoteUrl}>
                <ExternalLink size={14} aria-hidden="true" />
                <span className="visually-hidden">Open “{job.headline}” on {job.targetName}</span>
              </a>
            )}
          </>
        ) : (
          <span className="muted">–</span>
        )}
      </td>
      <td className="row-actions">
        {canRetry && (
          <button type="button" className="link-button" onClick={onRetry}>
            Retry now
          </button>
        )}
        {canCancel && (
          <button type="button" className="link-button danger" onClick={onCancel}>
            Cancel
          </button>
        )}
      </td>
    </tr>
  )
}
