import { useState } from 'react'
import type { StoryFilters } from '../../../src-shared/domain/story'
import { fromWallClock } from '../../../src-shared/time/zonedTime'
import { usePeople } from '../people/usePeople'
import { deskTimeZone, LANGUAGES } from '../story/choices'

/** Narrows a story list by section, language, assignee and a deadline range (days in the desk's zone). */
export function StoryFiltersBar({ filters, onChange }: { filters: StoryFilters; onChange: (filters: StoryFilters) => void }) {
  const people = usePeople({ includeInactive: true })
  const [days, setDays] = useState({ from: '', to: '' })

  const set = (change: Partial<StoryFilters>) => {
    const next: StoryFilters = { ...filters, ...change }
    for (const key of Object.keys(next) as (keyof StoryFilters)[]) if (!next[key]) delete next[key]
    onChange(next)
  }
  const setDay = (which: 'from' | 'to', day: string) => {
    setDays({ ...days, [which]: day })
    const instant = day ? fromWallClock(`${day}T${which === 'from' ? '00:00' : '23:59'}`, deskTimeZone()) : null
    set(which === 'from' ? { deadlineFrom: instant ?? undefined } : { deadlineTo: instant ?? undefined })
  }

  return (
    <div className="filters" role="group" aria-label="Filters">
      <input aria-label="Section" placeholder="Section" value={filters.section ?? ''} onChange={(event) => set({ section: event.target.value || undefined })} />
      <select aria-label="Language" value={filters.language ?? ''} onChange={(event) => set({ language: event.target.value || undefined })}>
        <option value="">Any language</option>
        {LANGUAGES.map((language) => (
          <option key={language.tag} value={language.tag}>
            {language.name}
          </option>
        ))}
      </select>
      <select aria-label="Assigned to" value={filters.assigneeId ?? ''} onChange={(event) => set({ assigneeId: event.target.value || undefined })}>
        <option value="">Anyone</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
      <label>
        Deadline from <input type="date" value={days.from} onChange={(event) => setDay('from', event.target.value)} />
      </label>
      <label>
        to <input type="date" value={days.to} onChange={(event) => setDay('to', event.target.value)} />
      </label>
    </div>
  )
}
