import { usePeople } from '../people/usePeople'

/** Who the story is assigned to: a reporter from the directory (inactive people are kept if already assigned). */
export function AssigneeField({ assigneeId, onChange, onBlur }: { assigneeId: string | null; onChange: (id: string | null) => void; onBlur: () => void }) {
  const people = usePeople({ includeInactive: true })
  const offered = people.filter((person) => person.active || person.id === assigneeId)
  return (
    <div className="field">
      <label htmlFor="story-assignee">Assigned to</label>
      <select id="story-assignee" value={assigneeId ?? ''} onChange={(event) => onChange(event.target.value || null)} onBlur={onBlur}>
        <option value="">Nobody</option>
        {offered.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
            {person.active ? '' : ' (deactivated)'}
          </option>
        ))}
      </select>
    </div>
  )
}
