import { Loader2, Send } from 'lucide-react'
import type { OutboxSummary } from '../../../src-shared/domain/publishing'
import { newsdesk } from '../../api/newsdesk'
import { usePolled } from './usePolled'

/** How often the status bar asks for the outbox summary (ms). */
export const OUTBOX_SUMMARY_POLL_MS = 3_000

/**
 * The status bar's outbox count, always visible: "Outbox: 2 waiting · 1 failed", "Sending…"
 * while a job is on its way, "Outbox empty" when nothing waits. A link to the Outbox view.
 */
export function OutboxStatus() {
  const summary = usePolled(() => newsdesk!.outbox.summary({}), OUTBOX_SUMMARY_POLL_MS)
  const text = summary.value ? describeOutbox(summary.value) : summary.error ? 'Outbox unavailable' : 'Outbox…'
  return (
    <a className="status-item status-outbox" href="#outbox" data-testid="outbox-status" data-failed={(summary.value?.failed ?? 0) > 0 || undefined}>
      {summary.value?.sending ? <Loader2 size={14} aria-hidden="true" className="spin" /> : <Send size={14} aria-hidden="true" />}
      {text}
    </a>
  )
}

/** The summary in words; waiting jobs are called out as waiting for the network when the main process sees none. */
export function describeOutbox(summary: OutboxSummary): string {
  const parts: string[] = []
  if (summary.sending > 0) parts.push('Sending…')
  const waiting = summary.pending - summary.sending // pending counts queued and sending jobs
  if (waiting > 0) parts.push(summary.online ? `${waiting} waiting` : `${waiting} waiting for the network`)
  if (summary.failed > 0) parts.push(`${summary.failed} failed`)
  return parts.length === 0 ? 'Outbox empty' : `Outbox: ${parts.join(' · ')}`
}
