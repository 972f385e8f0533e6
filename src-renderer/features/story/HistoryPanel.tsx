import { useCallback, useEffect, useState } from 'react'
import type { NewsdeskError } from '../../../src-shared/contract/errors'
import type { Revision, RevisionSummary, SavedStory, StoryDetail } from '../../../src-shared/domain/storyDraft'
import type { StoryMove } from '../../../src-shared/domain/workflow'
import { newsdesk } from '../../api/newsdesk'
import { RevisionView } from './RevisionView'

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23' })
const KIND: Record<RevisionSummary['kind'], string> = { save: 'Autosaved', checkpoint: 'Saved', conflict: 'Conflict copy', restore: 'Restored' }

/** The story's saves, newest first; one can be read, compared with the current text, and restored. */
export function HistoryPanel(props: { story: SavedStory; beforeRestore: () => Promise<void>; onRestored: (story: StoryDetail) => void }) {
  const { story } = props
  const [revisions, setRevisions] = useState<RevisionSummary[]>([])
  const [moves, setMoves] = useState<StoryMove[]>([])
  // The revision being read, with the story's HTML as last saved to compare it with.
  const [open, setOpen] = useState<(Revision & { currentHtml: string }) | null>(null)
  const [error, setError] = useState<NewsdeskError | null>(null)

  const load = useCallback(async () => {
    const [result, moved] = await Promise.all([newsdesk!.stories.revisions({ storyId: story.id }), newsdesk!.desk.moves({ storyId: story.id })])
    if (result.ok) setRevisions(result.value)
    else setError(result.error)
    if (moved.ok) setMoves(moved.value)
  }, [story.id])

  useEffect(() => {
    void load()
  }, [load, story.version])

  async function show(id: string) {
    const [result, latest] = await Promise.all([newsdesk!.stories.revision({ id }), newsdesk!.stories.get({ id: story.id })])
    if (!result.ok) return setError(result.error)
    if (!latest.ok) return setError(latest.error)
    setOpen({ ...result.value, currentHtml: latest.value.bodyHtml })
  }

  async function restore(revision: Revision) {
    await props.beforeRestore()
    const latest = await newsdesk!.stories.get({ id: story.id })
    if (!latest.ok) return setError(latest.error)
    const result = await newsdesk!.stories.restore({ storyId: story.id, revisionId: revision.id, baseVersion: latest.value.version })
    if (!result.ok) return setError(result.error)
    setOpen(null)
    props.onRestored(result.value)
  }

  return (
    <div className="history">
      {error && <p className="error-banner" role="alert">{error.message}</p>}
      {moves.length > 0 && (
        <>
          <h2 className="side-heading">Moves</h2>
          <ol className="move-list" aria-label="Moves">
            {moves.map((move) => (
              <li key={move.id}>
                <span className="revision-when">{WHEN.format(new Date(move.movedAt))}</span>
                <span>
                  {move.from} → <strong>{move.to}</strong> by {move.movedByName}
                </span>
                {move.note && (
                  <q className="move-note-text" dir="auto">
                    {move.note}
                  </q>
                )}
              </li>
            ))}
          </ol>
          <h2 className="side-heading">Revisions</h2>
        </>
      )}
      <ol className="revision-list" aria-label="Revisions">
        {revisions.map((revision) => (
          <li key={revision.id}>
            <button type="button" className={open?.id === revision.id ? 'revision current' : 'revision'} onClick={() => void show(revision.id)}>
              <span className="revision-when">{WHEN.format(new Date(revision.updatedAt))}</span>
              <span className="revision-what">
                {KIND[revision.kind]} · v{revision.storyVersion} · {revision.wordCount} words
              </span>
              <span className="revision-who muted">{revision.createdByName}</span>
            </button>
          </li>
        ))}
      </ol>
      {open && <RevisionView revision={open} currentHtml={open.currentHtml} onRestore={() => void restore(open)} onClose={() => setOpen(null)} />}
    </div>
  )
}
