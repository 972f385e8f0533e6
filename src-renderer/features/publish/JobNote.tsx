import { AlertTriangle, Check, Clock, ExternalLink, Loader2 } from 'lucide-react'
import type { OutboxJob } from '../../../src-shared/domain/publishing'
import { REASON_LABEL, safeRemoteUrl } from '../outbox/jobWords'

/** Where a job queued from the story screen stands, in one line, with a way to the outbox. */
export function JobNote({ job }: { job: OutboxJob }) {
  const outbox = (
    <a href="#outbox" className="job-note-link">
      Outbox
    </a>
  )
  const remoteUrl = safeRemoteUrl(job.remoteUrl)
  switch (job.state) {
    case 'queued':
      return (
        <span className="job-note" role="status" data-testid="job-note">
          <Clock size={14} aria-hidden="true" />
          {job.attempts > 0 && job.lastReason ? `Waiting to retry ${job.targetName} (${REASON_LABEL[job.lastReason]})` : `Queued for ${job.targetName}`} · {outbox}
        </span>
      )
    case 'sending':
      return (
        <span className="job-note" role="status" data-testid="job-note">
          <Loader2 size={14} aria-hidden="true" className="spin" /> Sending to {job.targetName}… · {outbox}
        </span>
      )
    case 'sent':
      return (
        <span className="job-note job-note-sent" role="status" data-testid="job-note" title={`Version ${job.version}`}>
          <Check size={14} aria-hidden="true" /> Sent to{' '}
          {remoteUrl ? (
            <a href={remoteUrl} target="_blank" rel="noreferrer" title={remoteUrl}>
              {job.targetName}
            </a>
          ) : (
            job.targetName
          )}
        </span>
      )
    case 'failed':
      return (
        <span className="job-note save-error" role="alert" data-testid="job-note">
          <AlertTriangle size={14} aria-hidden="true" /> Not sent to {job.targetName}
          {job.lastReason ? `: ${REASON_LABEL[job.lastReason]}` : ''} · {outbox}
        </span>
      )
    default:
      return (
        <span className="job-note" role="status" data-testid="job-note">
          Canceled · {outbox}
        </span>
      )
  }
}
