import { ArrowDown, ArrowUp, X } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { CREDIT_ROLES, type Credit, type CreditRole } from '../../../src-shared/domain/credit'
import { renderByline, renderCreditLines } from '../../../src-shared/text/byline'
import { usePeople } from '../people/usePeople'

const ROLE_LABELS: Record<CreditRole, string> = {
  author: 'Byline',
  reporter: 'Reporter',
  additional_reporting: 'Additional reporting',
  photographer: 'Photographer',
}

/**
 * The story's credits, in order: a name from the staff directory (linked to the person) or
 * free text such as a desk or agency ("News Desk", "AP"), each with its role. Shows the
 * byline and credit lines as they will be published.
 */
export function CreditsEditor({ credits, onChange }: { credits: Credit[]; onChange: (credits: Credit[]) => void }) {
  const people = usePeople()
  const [name, setName] = useState('')
  const [role, setRole] = useState<CreditRole>('author')

  function add(event: FormEvent) {
    event.preventDefault()
    const typed = name.trim()
    if (!typed) return
    const person = people.find((p) => p.name.toLocaleLowerCase() === typed.toLocaleLowerCase())
    onChange([...credits, { personId: person?.id ?? null, name: person?.name ?? typed, role }])
    setName('')
  }

  function move(index: number, by: -1 | 1) {
    const next = [...credits]
    const [item] = next.splice(index, 1)
    next.splice(index + by, 0, item!)
    onChange(next)
  }

  const lines = [renderByline(credits), ...renderCreditLines(credits)].filter(Boolean)
  return (
    <section className="side-section" aria-labelledby="credits-title">
      <h2 id="credits-title">Byline and credits</h2>
      <p className="byline-preview" data-testid="byline-preview" dir="auto">
        {lines.length ? lines.map((line) => <span key={line}>{line}</span>) : <span className="field-warning">No byline yet.</span>}
      </p>
      <ol className="credit-list" aria-label="Credits">
        {credits.map((credit, index) => (
          <li key={`${credit.name}-${index}`}>
            <span dir="auto" className="credit-name">
              {credit.name}
              {credit.personId ? '' : <span className="muted"> · free text, not in People</span>}
            </span>
            <select
              aria-label={`Role of ${credit.name}`}
              value={credit.role}
              onChange={(event) => onChange(credits.map((c, i) => (i === index ? { ...c, role: event.target.value as CreditRole } : c)))}
            >
              {CREDIT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
            <button type="button" className="tool" aria-label={`Move ${credit.name} up`} disabled={index === 0} onClick={() => move(index, -1)}>
              <ArrowUp size={14} aria-hidden="true" />
            </button>
            <button type="button" className="tool" aria-label={`Move ${credit.name} down`} disabled={index === credits.length - 1} onClick={() => move(index, 1)}>
              <ArrowDown size={14} aria-hidden="true" />
            </button>
            <button type="button" className="tool" aria-label={`Remove ${credit.name}`} onClick={() => onChange(credits.filter((_, i) => i !== index))}>
              <X size={14} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ol>
      <form className="credit-add" onSubmit={add} aria-label="Add credit">
        <input aria-label="Credit name" list="credit-people" dir="auto" placeholder="Name, desk or agency" value={name} onChange={(event) => setName(event.target.value)} />
        <datalist id="credit-people">
          {people.map((person) => (
            <option key={person.id} value={person.name}>
              {[person.title, person.desk].filter(Boolean).join(' · ')}
            </option>
          ))}
          {['News Desk', 'Staff Reporter', 'AP', 'Reuters', 'AFP'].map((desk) => (
            <option key={desk} value={desk} />
          ))}
        </datalist>
        <select aria-label="Credit role" value={role} onChange={(event) => setRole(event.target.value as CreditRole)}>
          {CREDIT_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={!name.trim()}>
          Add
        </button>
      </form>
    </section>
  )
}
