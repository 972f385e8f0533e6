import { useState, type FormEvent } from 'react'
import type { Person } from '../../../src-shared/domain/person'
import type { StoryDetail } from '../../../src-shared/domain/storyDraft'
import { movesFrom, type Transition } from '../../../src-shared/domain/workflow'
import { newsdesk } from '../../api/newsdesk'

/**
 * The story's desk state and the moves this person can make from it (the table in
 * src-shared/domain/workflow.ts; the main process checks again). A return asks for a note.
 * Unsaved text is saved before any move.
 */
export function StoryMoves(props: { story: StoryDetail; person: Person; beforeMove: () => Promise<number>; onMoved: (story: StoryDetail) => void }) {
  const { story, person } = props
  const [noteFor, setNoteFor] = useState<Transition | null>(null)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const own = story.assigneeId === person.id || story.credits.some((credit) => credit.personId === person.id)
  const offered = movesFrom(story.state).filter((t) => (person.roles.includes(t.role) || person.roles.includes('admin')) && (!t.own || own))

  async function move(transition: Transition, withNote = '') {
    const baseVersion = await props.beforeMove()
    const result = await newsdesk!.desk.move({ id: story.id, to: transition.to, note: withNote, baseVersion })
    if (!result.ok) return setError(result.error.message)
    setError('')
    setNoteFor(null)
    setNote('')
    props.onMoved(result.value)
  }

  function submitNote(event: FormEvent) {
    event.preventDefault()
    if (noteFor) void move(noteFor, note)
  }

  return (
    <div className="story-moves">
      <span className={`state-badge state-${story.state}`} data-testid="story-state">
        {story.state}
      </span>
      {offered.map((transition) => (
        <button key={transition.to} type="button" className="button" onClick={() => (transition.note ? setNoteFor(transition) : void move(transition))}>
          {transition.action}
        </button>
      ))}
      {noteFor && (
        <form className="move-note" onSubmit={submitNote} aria-label={noteFor.action}>
          <input autoFocus aria-label="Note for the reporter" placeholder="What needs fixing?" value={note} onChange={(event) => setNote(event.target.value)} dir="auto" />
          <button type="submit" className="button primary" disabled={!note.trim()}>
            {noteFor.action}
          </button>
          <button type="button" className="button" onClick={() => setNoteFor(null)}>
            Cancel
          </button>
        </form>
      )}
      {error && (
        <span className="save-error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
