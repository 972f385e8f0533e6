import { UserRound } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import type { Person } from '../../../src-shared/domain/person'
import { newsdesk } from '../../api/newsdesk'
import { usePeople } from '../people/usePeople'

/**
 * First start (or "Switch person"): who is working here? Pick someone from the staff
 * directory or add yourself. The choice is kept in the settings file.
 */
export function ChooseProfile({ onChosen, onCancel }: { onChosen: (person: Person) => void; onCancel?: () => void }) {
  const people = usePeople()
  const [name, setName] = useState('')
  const [error, setError] = useState('')

  async function choose(person: Person) {
    const result = await newsdesk!.profile.set({ personId: person.id })
    if (result.ok) onChosen(result.value)
    else setError(result.error.message)
  }

  async function addMe(event: FormEvent) {
    event.preventDefault()
    const created = await newsdesk!.people.create({ name, roles: ['reporter'] })
    if (!created.ok) return setError(created.error.issues?.[0]?.message ? `Name ${created.error.issues[0].message}` : created.error.message)
    await choose(created.value)
  }

  return (
    <div className="choose-profile" role="dialog" aria-labelledby="choose-profile-title">
      <h1 id="choose-profile-title">Who is working on this desk?</h1>
      <p className="muted">Everything you save, move and publish is recorded under this name.</p>
      {people.length > 0 && (
        <ul className="profile-choices" aria-label="People">
          {people.map((person) => (
            <li key={person.id}>
              <button type="button" className="profile-choice" onClick={() => void choose(person)}>
                <UserRound size={18} aria-hidden="true" />
                <span>
                  <strong>{person.name}</strong>
                  <span className="muted">{[person.title, person.desk].filter(Boolean).join(' · ')}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={addMe} aria-label="Add yourself">
        <label htmlFor="profile-name">{people.length > 0 ? 'Not listed? Your name' : 'Your name'}</label>
        <input id="profile-name" dir="auto" value={name} onChange={(event) => setName(event.target.value)} autoFocus={people.length === 0} />
        <button type="submit" className="button primary" disabled={!name.trim()}>
          Add me and start
        </button>
      </form>
      {error && <p className="error-banner" role="alert">{error}</p>}
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  )
}
