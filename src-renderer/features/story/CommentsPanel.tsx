import { useCallback, useEffect, useState, type FormEvent } from 'react'
import type { StoryComment } from '../../../src-shared/domain/comment'
import type { Person } from '../../../src-shared/domain/person'
import { newsdesk } from '../../api/newsdesk'

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' })

/** The desk's conversation about a story: add, edit your own, resolve or reopen. Never published. */
export function CommentsPanel({ storyId, person, onChange }: { storyId: string; person: Person; onChange: () => void }) {
  const [comments, setComments] = useState<StoryComment[]>([])
  const [draft, setDraft] = useState('')
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null)
  const [error, setError] = useState('')

  const load = useCallback(async () => {
    const result = await newsdesk!.comments.list({ storyId })
    if (result.ok) setComments(result.value)
  }, [storyId])

  useEffect(() => {
    void load()
  }, [load])

  async function act(call: Promise<{ ok: boolean; error?: { message: string } }>) {
    const result = await call
    setError(result.ok ? '' : (result.error?.message ?? ''))
    if (result.ok) {
      await load()
      onChange()
    }
    return result.ok
  }

  async function add(event: FormEvent) {
    event.preventDefault()
    if (await act(newsdesk!.comments.add({ storyId, body: draft }))) setDraft('')
  }

  return (
    <div className="comments">
      <ol className="comment-list" aria-label="Comments">
        {comments.map((comment) => (
          <li key={comment.id} className={comment.resolvedAt ? 'comment resolved' : 'comment'}>
            <span className="revision-when">
              {comment.authorName} · {WHEN.format(new Date(comment.createdAt))}
              {comment.resolvedAt && ' · resolved'}
            </span>
            {editing?.id === comment.id ? (
              <form onSubmit={(event) => (event.preventDefault(), void act(newsdesk!.comments.edit(editing)).then((ok) => ok && setEditing(null)))}>
                <textarea aria-label="Edit comment" value={editing.body} onChange={(event) => setEditing({ ...editing, body: event.target.value })} dir="auto" />
                <button type="submit" className="button">Save</button>
              </form>
            ) : (
              <p dir="auto">{comment.body}</p>
            )}
            <span className="comment-actions">
              {comment.authorId === person.id && editing?.id !== comment.id && (
                <button type="button" className="link-button" onClick={() => setEditing({ id: comment.id, body: comment.body })}>
                  Edit
                </button>
              )}
              <button type="button" className="link-button" onClick={() => void act(newsdesk!.comments.resolve({ id: comment.id, resolved: !comment.resolvedAt }))}>
                {comment.resolvedAt ? 'Reopen' : 'Resolve'}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form className="comment-add" onSubmit={add} aria-label="Add comment">
        <textarea aria-label="New comment" placeholder="A note for the desk (never published)" value={draft} onChange={(event) => setDraft(event.target.value)} dir="auto" />
        <button type="submit" className="button primary" disabled={!draft.trim()}>
          Comment
        </button>
      </form>
      {error && <p className="error-banner" role="alert">{error}</p>}
    </div>
  )
}
