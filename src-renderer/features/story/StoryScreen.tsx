import type { Editor } from '@tiptap/react'
import { ArrowLeft } from 'lucide-react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { HEADLINE_MAX_LENGTH } from '../../../src-shared/domain/story'
import { STANDFIRST_MAX_LENGTH } from '../../../src-shared/domain/storyDraft'
import { directionOf } from '../../../src-shared/text/direction'
import { BodyEditor } from '../../editor/BodyEditor'
import { snapshotBody } from '../../editor/bodySnapshot'
import { useDebounced } from './useDebounced'
import type { Person } from '../../../src-shared/domain/person'
import { fieldChecks } from '../../../src-shared/checks/copyChecks'
import { useStoryText } from './text/useStoryText'
import { ChecksPanel } from './ChecksPanel'
import { useSpelling } from './useSpelling'
import { CommentsPanel } from './CommentsPanel'
import { HistoryPanel } from './HistoryPanel'
import { LockBanner } from './LockBanner'
import { useStoryLock } from './useStoryLock'
import { selectText } from './selectText'
import { StoryMoves } from './StoryMoves'
import { PublishControls } from '../publish/PublishControls'
import { SaveStatus } from './SaveStatus'
import { StoryMeta } from './StoryMeta'
import { TextField } from './TextField'
import { useStoryDraft } from './useStoryDraft'

/** The story screen: headline, standfirst and body in the middle; metadata and history at the side. */
export function StoryScreen({ storyId, person, onClose }: { storyId: string; person: Person; onClose: () => void }) {
  const draft = useStoryDraft(storyId)
  const { story, fields, state, saveNow } = draft
  // Someone else's lock makes the story read-only here; losing ours saves what was unsaved first
  // (refused as taken over, it is kept as a conflict copy). Nothing unsaved, nothing to send.
  const { lock, takeOver } = useStoryLock(storyId, async () => void (await saveNow()))
  // A conflict freezes the text too: anything typed after it could not be saved.
  const editable = (lock?.mine ?? false) && state.kind !== 'conflict'
  const update: typeof draft.update = (change) => editable && draft.update(change)
  const [panel, setPanel] = useState<'details' | 'checks' | 'comments' | 'history'>('details')
  const editorRef = useRef<Editor | null>(null)
  const [loadCount, setLoadCount] = useState(0)
  // Nothing below runs per key: the body's text is read once typing pauses, and counted and
  // checked in a worker; the field checks are cheap and blocking, so they stay here.
  const bodyText = useStoryText(draft.openedText, fields?.language ?? 'en', loadCount)
  const counts = bodyText.report?.counts ?? null
  // A second: while the person types, the autosave changes `fields` every 500 ms, and each
  // settled value is a React commit, in which React walks the whole focused body (its
  // selection bookkeeping); the field checks can wait for a real pause.
  const settledFields = useDebounced(fields, 1_000)
  const settledWords = counts?.words ?? story?.wordCount ?? 0
  const fieldFindings = useMemo(() => (settledFields ? fieldChecks(settledFields, settledWords) : []), [settledFields, settledWords])
  const findings = useMemo(() => [...fieldFindings, ...(bodyText.report?.findings ?? [])], [fieldFindings, bodyText.report])
  // Joined for the spell check inside its call, not on every render: the editor's text is a
  // rope of many pieces, and flattening it per render was the screen's largest cost while typing.
  const spelling = useSpelling(settledFields?.headline ?? null, settledFields?.standfirst ?? null, bodyText.text, bodyText.version, settledFields?.language ?? 'en')
  const findingCount = findings.length + (spelling.report?.misspellings.length ?? 0)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault()
        void saveNow(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [saveNow])

  const editableNow = useRef(editable)
  editableNow.current = editable
  const { bodyChanged, currentBody } = draft
  const textChanged = bodyText.changed
  // Stable, so the editor (memoised) does not re-render with the screen.
  const onBody = useCallback(
    (editor: Editor) => {
      editorRef.current = editor
      if (!editableNow.current) return
      // Taken now: by the time the autosave or the text check reads it, this editor may be gone.
      const body = snapshotBody(editor)
      bodyChanged(body)
      textChanged(() => body.text())
    },
    [bodyChanged, textChanged],
  )
  const onBodyBlur = useCallback(() => void saveNow(), [saveNow])
  const direction = fields ? directionOf(fields.language) : 'ltr'
  const editorKey = story ? `${direction}:${loadCount}:${story.id}:${editable}` : ''
  // The body a (re)mounted editor starts from, read when the key changes: the old editor still
  // holds the latest text then (typed after the last save), and is unmounted only after.
  const initialBody = useMemo(() => (story ? currentBody() : null), [editorKey])

  if (state.kind === 'missing') return <p className="error-banner" role="alert">{state.message}</p>
  // Wait for the lock too: an editor that turned editable under the person's fingers would drop keys.
  if (!story || !fields || !lock || !initialBody) return <p className="muted">Opening the story…</p>

  const words = counts?.words ?? story.wordCount
  const characters = counts?.characters ?? story.characterCount

  return (
    <div className="story-screen">
      <header className="story-bar">
        <button type="button" className="button" onClick={() => void saveNow().then((saved) => saved && onClose())}>
          <ArrowLeft size={16} aria-hidden="true" /> Stories
        </button>
        <StoryMoves story={story} person={person} blocking={findings.filter((f) => f.blocking)} whileSettled={draft.whileSettled} onMoved={draft.moved} />
        <PublishControls story={story} person={person} whileSettled={draft.whileSettled} beforeExport={draft.settle} onStoryChanged={draft.moved} />
        <span className="story-counts" data-testid="counts">
          {words} {words === 1 ? 'word' : 'words'}
          {fields.wordTarget ? ` of ${fields.wordTarget}` : ''} · {characters} characters
        </span>
        <SaveStatus state={state} onReload={() => void draft.reload().then(() => setLoadCount((n) => n + 1))} />
      </header>
      {lock && !lock.mine && (
        <LockBanner lock={lock} canTakeOver={person.roles.includes('editor') || person.roles.includes('admin')} onTakeOver={() => void takeOver().then(() => draft.reload()).then(() => setLoadCount((n) => n + 1))} />
      )}
      <article className="story-copy" lang={fields.language} dir={direction}>
        <TextField
          className="field-headline"
          label="Headline"
          multiline
          value={fields.headline}
          dir={direction}
          readOnly={!editable}
          singleLine
          smartPunctuation
          maxLength={HEADLINE_MAX_LENGTH}
          onChange={(headline) => update({ headline })}
          onBlur={() => void saveNow()}
        />
        <TextField
          className="field-standfirst"
          label="Standfirst"
          multiline
          value={fields.standfirst}
          dir={direction}
          readOnly={!editable}
          singleLine
          smartPunctuation
          maxLength={STANDFIRST_MAX_LENGTH}
          onChange={(standfirst) => update({ standfirst })}
          onBlur={() => void saveNow()}
        />
        <BodyEditor key={editorKey} initial={initialBody} direction={direction} language={fields.language} readOnly={!editable} onChange={onBody} onBlur={onBodyBlur} />
      </article>
      <aside className="story-side" aria-label="Story details">
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={panel === 'details'} onClick={() => setPanel('details')}>
            Details
          </button>
          <button type="button" role="tab" aria-selected={panel === 'checks'} onClick={() => setPanel('checks')}>
            Checks{findingCount > 0 ? ` (${findingCount})` : ''}
          </button>
          <button type="button" role="tab" aria-selected={panel === 'comments'} onClick={() => setPanel('comments')}>
            Comments{story.openComments > 0 ? ` (${story.openComments})` : ''}
          </button>
          <button type="button" role="tab" aria-selected={panel === 'history'} onClick={() => setPanel('history')}>
            History
          </button>
        </div>
        {panel === 'details' ? (
          <fieldset className="plain-fieldset" disabled={!editable}>
            <StoryMeta story={story} fields={fields} update={update} onBlur={() => void saveNow()} />
          </fieldset>
        ) : panel === 'comments' ? (
          <CommentsPanel storyId={story.id} person={person} onChange={() => void draft.refresh()} />
        ) : panel === 'checks' ? (
          <ChecksPanel findings={findings} spelling={spelling} onShow={(excerpt) => editorRef.current && selectText(editorRef.current, excerpt)} />
        ) : (
          <HistoryPanel
            story={story}
            beforeRestore={async () => void (await saveNow())}
            onRestored={(restored) => {
              draft.replace(restored)
              setLoadCount((n) => n + 1)
            }}
          />
        )}
      </aside>
    </div>
  )
}
