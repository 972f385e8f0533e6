import { useState, type FormEvent } from 'react'
import { STAFF_ROLES, type Person, type StaffRole } from '../../../src-shared/domain/person'
import { newsdesk } from '../../api/newsdesk'

/** Adds a person (`person` null) or edits one. Field errors come from the main process's validation. */
export function PersonForm({ person, onDone }: { person: Person | null; onDone: () => void }) {
  const [draft, setDraft] = useState({
    name: person?.name ?? '',
    title: person?.title ?? '',
    email: person?.email ?? '',
    desk: person?.desk ?? '',
    roles: person?.roles ?? (['reporter'] as StaffRole[]),
  })
  const [errors, setErrors] = useState<Record<string, string>>({})

  async function save(event: FormEvent) {
    event.preventDefault()
    const result = person ? await newsdesk!.people.update({ id: person.id, ...draft }) : await newsdesk!.people.create(draft)
    if (result.ok) return onDone()
    setErrors(Object.fromEntries((result.error.issues ?? [{ path: '', message: result.error.message }]).map((issue) => [issue.path, issue.message])))
  }

  const field = (key: 'name' | 'title' | 'email' | 'desk', label: string) => (
    <div className="field">
      <label htmlFor={`person-${key}`}>{label}</label>
      <input id={`person-${key}`} dir="auto" value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })} aria-invalid={Boolean(errors[key])} />
      {errors[key] && <span className="field-error">{`${label} ${errors[key]}`}</span>}
    </div>
  )

  return (
    <form className="person-form" onSubmit={save} aria-label={person ? `Edit ${person.name}` : 'Add person'}>
      <div className="person-fields">
        {field('name', 'Name')}
        {field('title', 'Title')}
        {field('desk', 'Desk')}
        {field('email', 'Email')}
      </div>
      <fieldset className="roles">
        <legend>Roles</legend>
        {STAFF_ROLES.map((role) => (
          <label key={role}>
            <input
              type="checkbox"
              checked={draft.roles.includes(role)}
              onChange={(event) => setDraft({ ...draft, roles: event.target.checked ? [...draft.roles, role] : draft.roles.filter((r) => r !== role) })}
            />{' '}
            {role}
          </label>
        ))}
      </fieldset>
      {errors[''] && <p className="error-banner" role="alert">{errors['']}</p>}
      <div className="form-actions">
        <button type="submit" className="button primary">
          {person ? 'Save' : 'Add'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
