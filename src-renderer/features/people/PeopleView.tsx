import { Search, UserPlus } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import type { Person } from '../../../src-shared/domain/person'
import { newsdesk } from '../../api/newsdesk'
import { PersonForm } from './PersonForm'

/** The staff directory: search, add, edit, deactivate; delete only someone no story credits. */
export function PeopleView() {
  const [query, setQuery] = useState('')
  const [showInactive, setShowInactive] = useState(false)
  const [people, setPeople] = useState<Person[]>([])
  const [editing, setEditing] = useState<Person | 'new' | null>(null)
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    const result = await newsdesk!.people.list({ query, includeInactive: showInactive })
    if (result.ok) setPeople(result.value)
  }, [query, showInactive])

  useEffect(() => {
    void load()
  }, [load])

  async function act(call: Promise<{ ok: boolean; error?: { message: string } }>) {
    const result = await call
    setMessage(result.ok ? '' : (result.error?.message ?? ''))
    await load()
  }

  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">People</h1>
        <span className="view-count">{people.length === 1 ? '1 person' : `${people.length} people`}</span>
        <button type="button" className="button primary" onClick={() => setEditing('new')}>
          <UserPlus size={16} aria-hidden="true" /> Add person
        </button>
      </header>
      <div className="toolbar-row">
        <label className="search">
          <Search size={16} aria-hidden="true" />
          <input type="search" aria-label="Search people" placeholder="Name, title, desk or email" value={query} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={showInactive} onChange={(event) => setShowInactive(event.target.checked)} /> Show deactivated
        </label>
      </div>
      {editing && (
        <PersonForm
          person={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null)
            void load()
          }}
        />
      )}
      {message && <p className="error-banner" role="alert">{message}</p>}
      {people.length === 0 ? (
        <p className="empty-state">{query ? 'Nobody matches.' : 'The staff directory is empty.'}</p>
      ) : (
        <table className="story-table" aria-label="People">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Title</th>
              <th scope="col">Desk</th>
              <th scope="col">Roles</th>
              <th scope="col">Email</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} className={person.active ? undefined : 'inactive'}>
                <td dir="auto">
                  <strong>{person.name}</strong>
                  {!person.active && <span className="muted"> (deactivated)</span>}
                </td>
                <td dir="auto">{person.title}</td>
                <td dir="auto">{person.desk}</td>
                <td>{person.roles.join(', ')}</td>
                <td>{person.email}</td>
                <td className="row-actions">
                  <button type="button" className="link-button" onClick={() => setEditing(person)}>
                    Edit
                  </button>
                  <button type="button" className="link-button" onClick={() => void act(newsdesk!.people.setActive({ id: person.id, active: !person.active }))}>
                    {person.active ? 'Deactivate' : 'Reactivate'}
                  </button>
                  <button type="button" className="link-button danger" onClick={() => void act(newsdesk!.people.remove({ id: person.id }))}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
