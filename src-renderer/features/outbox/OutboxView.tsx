import { RefreshCw } from 'lucide-react'
import { useState } from 'react'
import type { JobState, OutboxJob } from '../../../src-shared/domain/publishing'
import type { Result } from '../../../src-shared/contract/errors'
import { newsdesk } from '../../api/newsdesk'
import { OutboxRow } from './OutboxRow'
import { usePolled } from './usePolled'

/** How often the open Outbox view asks for the jobs again (ms). */
export const OUTBOX_POLL_MS = 1_500

const SHOW: { id: string; label: string; states: JobState[] }[] = [
  { id: 'all', label: 'All jobs', states: [] },
  { id: 'open', label: 'Not sent yet', states: ['queued', 'sending', 'failed'] },
  { id: 'failed', label: 'Failed', states: ['failed'] },
  { id: 'sent', label: 'Sent', states: ['sent'] },
]

/**
 * The outbox: every publish, correction and unpublish on its way to a site, newest first,
 * read again every `OUTBOX_POLL_MS` while the view is open. "Retry now" queues a waiting or
 * failed job for now; "Cancel" stops one that has not been sent.
 */
export function OutboxView() {
  const [show, setShow] = useState('all')
  const [message, setMessage] = useState('')
  const states = SHOW.find((entry) => entry.id === show)?.states ?? []
  const jobs = usePolled(() => newsdesk!.outbox.list({ states, limit: 200 }), OUTBOX_POLL_MS, show)
  const now = Date.now()

  async function act(call: Promise<Result<OutboxJob>>) {
    const result = await call
    setMessage(result.ok ? '' : result.error.message)
    await jobs.reload()
  }

  const list = jobs.value ?? []
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Outbox</h1>
        <span className="view-count">{jobs.value ? (list.length === 1 ? '1 job' : `${list.length} jobs`) : ''}</span>
        <button type="button" className="button" onClick={() => void jobs.reload()}>
          <RefreshCw size={16} aria-hidden="true" /> Refresh
        </button>
      </header>
      <div className="toolbar-row">
        <label className="outbox-show">
          Show{' '}
          <select value={show} onChange={(event) => setShow(event.target.value)}>
            {SHOW.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(message || jobs.error) && (
        <p className="error-banner" role="alert">
          {message || jobs.error?.message}
        </p>
      )}
      {jobs.value && list.length === 0 ? (
        <p className="empty-state">{show === 'all' ? 'The outbox is empty: nothing has been sent to a site yet. Publish a ready story to send it.' : 'No jobs in this list.'}</p>
      ) : (
        <table className="story-table outbox-table" aria-label="Outbox jobs">
          <colgroup>
            <col />
            <col className="col-state" />
            <col className="col-error" />
            <col className="col-next" />
            <col className="col-sent" />
            <col className="col-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Story</th>
              <th scope="col">State</th>
              <th scope="col">Last error</th>
              <th scope="col">Next try</th>
              <th scope="col">Sent</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((job) => (
              <OutboxRow
                key={job.id}
                job={job}
                now={now}
                onRetry={() => void act(newsdesk!.outbox.retry({ id: job.id }))}
                onCancel={() => void act(newsdesk!.outbox.cancel({ id: job.id }))}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
