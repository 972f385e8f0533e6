import { CheckCircle2, Loader2, Plus, XCircle } from 'lucide-react'
import { Fragment, useCallback, useEffect, useState } from 'react'
import type { ConnectionReport, PublishTarget } from '../../../src-shared/domain/publishing'
import { newsdesk } from '../../api/newsdesk'
import { REASON_LABEL } from '../outbox/jobWords'
import { KIND_LABEL, PublishTargetForm } from './PublishTargetForm'

const KIND_SHORT = { http: 'HTTP (ninjs)', wordpress: 'WordPress' } as const

/** A connection test's state for one target: asking, or the report. */
type Testing = { kind: 'asking' } | { kind: 'done'; report: ConnectionReport }

/**
 * Settings › Publishing: the sites stories go to (name, kind, address, user, whether a secret
 * is stored), add, edit, remove, and "Test connection", which names what went wrong.
 */
export function PublishTargetsSection() {
  const [targets, setTargets] = useState<PublishTarget[] | null>(null)
  const [editing, setEditing] = useState<PublishTarget | 'new' | null>(null)
  const [tests, setTests] = useState<Record<string, Testing>>({})
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    const result = await newsdesk!.publish.targets({})
    if (result.ok) setTargets(result.value)
    else setMessage(result.error.message)
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  async function test(target: PublishTarget) {
    setTests((all) => ({ ...all, [target.id]: { kind: 'asking' } }))
    const result = await newsdesk!.publish.testConnection({ id: target.id })
    const report: ConnectionReport = result.ok ? result.value : { ok: false, message: result.error.message }
    setTests((all) => ({ ...all, [target.id]: { kind: 'done', report } }))
  }

  async function remove(target: PublishTarget) {
    if (!window.confirm(`Remove “${target.name}”? Stories already on it stay there; its stored secret is deleted.`)) return
    const result = await newsdesk!.publish.removeTarget({ id: target.id })
    setMessage(result.ok ? '' : result.error.message)
    await load()
  }

  return (
    <section className="settings-section" aria-labelledby="publishing-title">
      <header className="view-header">
        <h2 id="publishing-title">Publishing</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          <Plus size={16} aria-hidden="true" /> Add target
        </button>
      </header>
      {editing && (
        <PublishTargetForm
          key={editing === 'new' ? 'new' : editing.id}
          target={editing === 'new' ? null : editing}
          onDone={(saved) => {
            setEditing(null)
            // A changed target's old test result says nothing about it any more.
            if (saved) setTests(({ [saved.id]: _old, ...others }) => others)
            void load()
          }}
        />
      )}
      {message && <p className="error-banner" role="alert">{message}</p>}
      {targets && targets.length === 0 ? (
        !editing && <p className="empty-state">No site to publish to yet. Add a target: a generic HTTP endpoint that takes ninjs, or a WordPress site.</p>
      ) : (
        <table className="story-table targets-table" aria-label="Publishing targets">
          <colgroup>
            <col className="col-name" />
            <col className="col-kind" />
            <col />
            <col className="col-user" />
            <col className="col-secret" />
            <col className="col-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Address</th>
              <th scope="col">User</th>
              <th scope="col">Secret</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(targets ?? []).map((target) => (
              <Fragment key={target.id}>
                <tr data-testid="publish-target">
                  <td dir="auto" title={target.name}>
                    <strong>{target.name}</strong>
                  </td>
                  <td title={KIND_LABEL[target.kind]}>{KIND_SHORT[target.kind]}</td>
                  <td title={target.url}>
                    <code>{target.url}</code>
                  </td>
                  <td>{target.user || <span className="muted">–</span>}</td>
                  <td>{target.hasSecret ? 'Stored' : <span className="danger">None stored</span>}</td>
                  <td className="row-actions">
                    <button type="button" className="link-button" onClick={() => void test(target)} disabled={tests[target.id]?.kind === 'asking'}>
                      Test connection
                    </button>
                    <button type="button" className="link-button" onClick={() => setEditing(target)}>
                      Edit
                    </button>
                    <button type="button" className="link-button danger" onClick={() => void remove(target)}>
                      Remove
                    </button>
                  </td>
                </tr>
                {tests[target.id] && <ReportRow name={target.name} testing={tests[target.id]!} />}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** The answer of "Test connection", under its target: green when connected, red with the reason when not. */
function ReportRow({ name, testing }: { name: string; testing: Testing }) {
  if (testing.kind === 'asking') {
    return (
      <tr className="connection-report">
        <td colSpan={6} role="status">
          <Loader2 size={14} aria-hidden="true" className="spin" /> Asking {name}…
        </td>
      </tr>
    )
  }
  const { report } = testing
  return (
    <tr className={report.ok ? 'connection-report ok' : 'connection-report failed'}>
      <td colSpan={6} role="status" data-testid="connection-report">
        {report.ok ? <CheckCircle2 size={14} aria-hidden="true" /> : <XCircle size={14} aria-hidden="true" />}
        <span>
          {!report.ok && report.reason && <strong>{REASON_LABEL[report.reason]}: </strong>}
          {report.message}
          {report.user && <span className="muted"> (signed in as {report.user})</span>}
        </span>
      </td>
    </tr>
  )
}
