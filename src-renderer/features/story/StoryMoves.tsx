import { useState, type FormEvent } from 'react'
import type { CheckFinding } from '../../../src-shared/checks/copyChecks'
import type { Person } from '../../../src-shared/domain/person'
import type { SavedStory, StoryDetail } from '../../../src-shared/domain/storyDraft'
import { movesFrom, type Transition } from '../../../src-shared/domain/workflow'
import { newsdesk } from '../../api/newsdesk'

/**
 * The story's desk state and the moves this person can make from it (the table in
 * src-shared/domain/workflow.ts; the main process checks again). A return asks for a note;
 * passing to ready with blocking checks asks for a written override reason.
 * Unsaved text is saved before any move.
 */
export function StoryMoves(props: {
  story: SavedStory
  person: Person
  /** Blocking copy-desk findings: passing to ready then asks for an override reason. */
  blocking: CheckFinding[]
  /** Runs the move with the story saved and autosaves waiting (`StoryDraft.whileSettled`). */
  whileSettled: <T>(work: (version: number) => Promise<T>) => Promise<T>
  onMoved: (story: StoryDetail) => void
}) {
  const { story, person } = props
  const [noteFor, setNoteFor] = useState<Transition | null>(null)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const own = story.assigneeId === person.id || story.credits.some((credit) => credit.personId === person.id)
  const offered = movesFrom(story.state).filter((t) => (person.roles.includes(t.role) || person.roles.includes('admin')) && (!t.own || own))

  const needsOverride = (transition: Transition) => transition.to === 'ready' && props.blocking.length > 0
  const asksForText = (transition: Transition) => transition.note || needsOverride(transition)

  async function move(transition: Transition, text = '') {
    const override = needsOverride(transition) ? text : ''
    // The new version is taken before autosaves go on, so the next one starts from it.
    const result = await props.whileSettled(async (baseVersion) => {
      const moved = await newsdesk!.desk.move({ id: story.id, to: transition.to, note: override ? '' : text, override, baseVersion })
      if (moved.ok) props.onMoved(moved.value)
      return moved
    })
    if (!result.ok) return setError(result.error.message)
    setError('')
    setNoteFor(null)
    setNote('')
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
        <button key={transition.to} type="button" className="button" onClick={() => (asksForText(transition) ? setNoteFor(transition) : void move(transition))}>
          {transition.action}
        </button>
      ))}
      {noteFor && (
        <form className="move-note" onSubmit={submitNote} aria-label={noteFor.action}>
          <input
            autoFocus
            aria-label={needsOverride(noteFor) ? 'Reason to override the blocking checks' : 'Note for the reporter'}
            placeholder={needsOverride(noteFor) ? `Overrides: ${props.blocking.map((f) => f.message).join(' ')}` : 'What needs fixing?'}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            dir="auto"
          />
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
