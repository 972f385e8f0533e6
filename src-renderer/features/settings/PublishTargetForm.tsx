import { useState, type FormEvent } from 'react'
import type { PublishTarget, TargetKind } from '../../../src-shared/domain/publishing'
import { newsdesk } from '../../api/newsdesk'

/** The kinds of site, as the form names them. */
export const KIND_LABEL: Record<TargetKind, string> = {
  http: 'Generic HTTP endpoint (ninjs)',
  wordpress: 'WordPress',
}

/**
 * Adds a publishing target (`target` null) or edits one. The secret (bearer token or WordPress
 * application password) is never shown or prefilled: left empty it keeps the stored one;
 * "Remove stored secret" sends '' to delete it. Field errors come from the main process.
 */
export function PublishTargetForm({ target, onDone }: { target: PublishTarget | null; onDone: (saved: PublishTarget | null) => void }) {
  const [draft, setDraft] = useState({
    kind: target?.kind ?? ('http' as TargetKind),
    name: target?.name ?? '',
    url: target?.url ?? '',
    user: target?.user ?? '',
    timeout: String((target?.timeoutMs ?? 30_000) / 1000),
  })
  const [secret, setSecret] = useState('')
  const [removeSecret, setRemoveSecret] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const wordpress = draft.kind === 'wordpress'
  const secretLabel = wordpress ? 'Application password' : 'Bearer token'
  const id = (key: string) => `target-${key}`

  async function save(event: FormEvent) {
    event.preventDefault()
    const seconds = Number(draft.timeout)
    const mistakes: Record<string, string> = {}
    if (!draft.name.trim()) mistakes['name'] = 'is required'
    if (!draft.url.trim()) mistakes['url'] = 'is required'
    if (!Number.isFinite(seconds) || seconds < 1 || seconds > 300) mistakes['timeout'] = 'must be between 1 and 300 seconds'
    if (Object.keys(mistakes).length > 0) return setErrors(mistakes)
    const result = await newsdesk!.publish.saveTarget({
      ...(target ? { id: target.id } : {}),
      kind: draft.kind,
      name: draft.name,
      url: draft.url.trim(),
      user: wordpress ? draft.user : '',
      timeoutMs: Math.round(seconds * 1000),
      ...(removeSecret ? { secret: '' } : secret ? { secret } : {}),
    })
    if (result.ok) return onDone(result.value)
    const issues = result.error.issues ?? [{ path: '', message: result.error.message }]
    setErrors(Object.fromEntries(issues.map((issue) => [issue.path === 'timeoutMs' ? 'timeout' : issue.path, issue.message])))
  }

  const error = (key: string, label: string) => errors[key] && <span className="field-error" id={id(`${key}-error`)}>{`${label} ${errors[key]}`}</span>
  const text = (key: 'name' | 'url' | 'user', label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={id(key)}>{label}</label>
      <input
        id={id(key)}
        type={key === 'url' ? 'url' : 'text'}
        dir={key === 'name' ? 'auto' : 'ltr'}
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
        aria-invalid={Boolean(errors[key])}
        aria-describedby={errors[key] ? id(`${key}-error`) : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      {hint && <span className="field-hint">{hint}</span>}
      {error(key, label)}
    </div>
  )

  return (
    <form className="person-form target-form" onSubmit={save} noValidate aria-label={target ? `Edit ${target.name}` : 'Add publishing target'}>
      <div className="person-fields">
        <div className="field">
          <label htmlFor={id('kind')}>Kind of site</label>
          <select id={id('kind')} value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as TargetKind })}>
            {(Object.keys(KIND_LABEL) as TargetKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABEL[kind]}
              </option>
            ))}
          </select>
        </div>
        {text('name', 'Name', 'What the desk calls the site, e.g. “Website”.')}
        {text('url', wordpress ? 'Site address' : 'Endpoint URL', wordpress ? 'The WordPress site, e.g. https://example.com' : 'Stories are POSTed here as ninjs JSON.')}
        {wordpress && text('user', 'User', 'The WordPress user the application password belongs to.')}
        <div className="field">
          <label htmlFor={id('secret')}>{secretLabel}</label>
          <input
            id={id('secret')}
            type="password"
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            disabled={removeSecret}
            autoComplete="new-password"
            placeholder={target?.hasSecret ? 'Stored: leave empty to keep it' : ''}
            aria-invalid={Boolean(errors['secret'])}
          />
          <span className="field-hint">Kept encrypted by the operating system, never in the settings file.</span>
          {target?.hasSecret && (
            <label className="check-label">
              <input type="checkbox" checked={removeSecret} onChange={(event) => setRemoveSecret(event.target.checked)} /> Remove stored {secretLabel.toLowerCase()}
            </label>
          )}
          {error('secret', secretLabel)}
        </div>
        <div className="field">
          <label htmlFor={id('timeout')}>Time limit (seconds)</label>
          <input
            id={id('timeout')}
            type="number"
            min={1}
            max={300}
            value={draft.timeout}
            onChange={(event) => setDraft({ ...draft, timeout: event.target.value })}
            aria-invalid={Boolean(errors['timeout'])}
          />
          {error('timeout', 'Time limit')}
        </div>
      </div>
      {errors[''] && <p className="error-banner" role="alert">{errors['']}</p>}
      <div className="form-actions">
        <button type="submit" className="button primary">
          {target ? 'Save target' : 'Add target'}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
