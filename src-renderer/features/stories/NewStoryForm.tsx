import { useId, useRef, useState, type FormEvent } from 'react'
import { HEADLINE_MAX_LENGTH } from '../../../src-shared/domain/story'

/** The "New story" form: a headline and Create. Clears itself once the story exists. */
export function NewStoryForm({ onCreate, onCancel }: { onCreate: (headline: string) => Promise<unknown>; onCancel: () => void }) {
  const [headline, setHeadline] = useState('')
  const [busy, setBusy] = useState(false)
  // A ref, not state: two submits in the same tick must still create one story.
  const submitting = useRef(false)
  const inputId = useId()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (submitting.current || headline.trim() === '') return
    submitting.current = true
    setBusy(true)
    const created = await onCreate(headline)
    submitting.current = false
    setBusy(false)
    if (created) setHeadline('')
  }

  return (
    <form className="new-story" onSubmit={submit} aria-label="New story">
      <label htmlFor={inputId}>Headline</label>
      <input
        id={inputId}
        name="headline"
        dir="auto"
        autoFocus
        maxLength={HEADLINE_MAX_LENGTH}
        value={headline}
        placeholder="What happened?"
        onChange={(event) => setHeadline(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      />
      <button type="submit" className="button primary" disabled={busy || headline.trim() === ''}>
        Create
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}
