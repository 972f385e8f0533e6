import { useCallback, useEffect, useRef, useState } from 'react'
import { newsdesk } from '../../api/newsdesk'
import { describeFailure } from './describeFailure'
import { EMPTY_BODY, fieldsOf, type BodyJson, type StoryDetail, type StoryFields } from '../../../src-shared/domain/storyDraft'

/** How long after the last change an autosave starts, in ms (issue 3: at most 1 s). */
export const AUTOSAVE_DELAY_MS = 800
/**
 * While changes keep coming without that pause (steady typing), a save still starts this long
 * after the oldest unsaved change, in ms: if the window dies mid-sentence, at most about a second
 * of typing is lost (issue 9, R2; reliability/renderer measures it).
 */
export const AUTOSAVE_MAX_WAIT_MS = 500

/** Where the story stands against the database. `saved.at` is when SQLite committed. */
export type SaveState =
  | { kind: 'loading' }
  | { kind: 'missing'; message: string }
  | { kind: 'saved'; at: Date }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'conflict'; message: string }
  | { kind: 'error'; message: string }

export interface StoryDraft {
  story: StoryDetail | null
  fields: StoryFields | null
  state: SaveState
  /** Changes some fields; an autosave follows `AUTOSAVE_DELAY_MS` after the last change. */
  update: (change: Partial<StoryFields>) => void
  /**
   * The body changed (a key, a paste, a picture): `read` gives it as stored JSON, and is called
   * only when the body is needed (the autosave, `currentBody`), not on every key. Schedules an
   * autosave as `update` does; re-renders nothing while the status already says unsaved.
   */
  bodyChanged: (read: () => BodyJson) => void
  /** The body as it is now (read from the editor if it changed since the last save). */
  currentBody: () => BodyJson
  /**
   * Saves now if anything changed (blur, leaving the screen); `checkpoint` for Ctrl+S (kept as
   * its own revision). Resolves true when everything typed is stored.
   */
  saveNow: (checkpoint?: boolean) => Promise<boolean>
  /** Replaces the editor's story with one the main process returned (after a restore). */
  replace: (story: StoryDetail) => void
  /** Drops local changes and loads the story as stored (after a conflict). */
  reload: () => Promise<void>
  /** Saves what is unsaved, then gives the story's version as stored (for a move). */
  settle: () => Promise<number>
  /** Re-reads the stored story's list facts (e.g. its open comments) without touching the text. */
  refresh: () => Promise<void>
}

/**
 * The story being edited and its autosave. Changes are sent whole with the version they
 * started from; the status says "Saved" only after the main process answered, i.e. after
 * the SQLite transaction committed. A conflict stops autosaving until the person reloads.
 * The body stays in the editor while the person types: it is serialised once per save, and
 * `fields.body` is the body as last saved (serialising a 36,000-word story on every key cost
 * more than ProseMirror's own work for the key, issue 8 P1).
 */
export function useStoryDraft(storyId: string): StoryDraft {
  const [story, setStory] = useState<StoryDetail | null>(null)
  const [fields, setFields] = useState<StoryFields | null>(null)
  const [state, showState] = useState<SaveState>({ kind: 'loading' })
  // What the status says, read without a render: a key that finds it already "unsaved" re-renders nothing.
  const shown = useRef<SaveState['kind']>('loading')
  const setState = useCallback((next: SaveState) => {
    shown.current = next.kind
    showState(next)
  }, [])
  /** Reads the editor's body when it changed since it was last read; null when `current.body` is up to date. */
  const bodyReader = useRef<(() => BodyJson) | null>(null)
  const current = useRef<StoryFields | null>(null)
  const version = useRef(0)
  const edits = useRef({ made: 0, saved: 0 })
  const flight = useRef<Promise<void> | null>(null)
  const blocked = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  /** When the oldest change not yet sent was made (ms since epoch), or null when all were sent. */
  const firstUnsaved = useRef<number | null>(null)

  const adopt = useCallback((detail: StoryDetail) => {
    version.current = detail.version
    current.current = fieldsOf(detail)
    edits.current = { made: 0, saved: 0 }
    blocked.current = false
    bodyReader.current = null
    setStory(detail)
    setFields(current.current)
  }, [])

  /** The fields with the body as it is now: reads the editor's body if it changed. */
  const flushBody = useCallback((): StoryFields | null => {
    const read = bodyReader.current
    if (!read || !current.current) return current.current
    bodyReader.current = null
    current.current = { ...current.current, body: read() }
    return current.current
  }, [])

  const reload = useCallback(async () => {
    const result = await newsdesk!.stories.get({ id: storyId })
    if (!result.ok) return setState({ kind: 'missing', message: result.error.message })
    adopt(result.value)
    setState({ kind: 'saved', at: new Date(result.value.updatedAt) })
  }, [storyId, adopt, setState])

  // The pause after the last change, cut short so no change waits more than AUTOSAVE_MAX_WAIT_MS.
  // Through a ref: saveNow schedules itself, and is defined below.
  const saveRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true))
  const scheduleSave = useCallback(() => {
    clearTimeout(timer.current)
    const waited = firstUnsaved.current === null ? 0 : Date.now() - firstUnsaved.current
    timer.current = setTimeout(() => void saveRef.current(), Math.max(0, Math.min(AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS - waited)))
  }, [])

  const saveNow = useCallback(
    async (checkpoint = false, unloading = false): Promise<boolean> => {
      clearTimeout(timer.current)
      if (flight.current) {
        // A page going away cannot wait: the save under way still reaches SQLite, and sending the
        // same text again from an old version would only make a false conflict copy.
        if (unloading) return false
        await flight.current
        return saveNow(checkpoint)
      }
      const fieldsToSave = flushBody()
      const made = edits.current.made
      if (blocked.current) return false
      firstUnsaved.current = null
      // Ctrl+S saves even an unchanged story: the person asked for a checkpoint in the history.
      if (!fieldsToSave || (made === edits.current.saved && !checkpoint)) return true
      setState({ kind: 'saving' })
      let saved = false
      flight.current = (async () => {
        const result = await newsdesk!.stories.save({ id: storyId, baseVersion: version.current, fields: fieldsToSave, checkpoint })
        if (!result.ok) {
          if (result.error.code === 'conflict') blocked.current = true
          setState({ kind: result.error.code === 'conflict' ? 'conflict' : 'error', message: describeFailure(result.error) })
          return
        }
        saved = true
        version.current = result.value.version
        edits.current.saved = made
        setStory(result.value)
        // The main process cleans the slug and makes it unique: show what it stored, unless the
        // person changed the slug again while this save was on its way.
        if (current.current && (!current.current.slugLocked || current.current.slug === fieldsToSave.slug)) {
          current.current = { ...current.current, slug: result.value.slug }
        }
        // The body as stored, and the same object as the story's: holding the sent copy as well kept
        // a second whole body alive for the rest of the session (issue 8, P7). Text typed since is
        // still in the editor, and read again at the next save.
        if (current.current) current.current = { ...current.current, body: result.value.body }
        setFields(current.current)
        setState(edits.current.made === made ? { kind: 'saved', at: new Date() } : { kind: 'dirty' })
      })()
      await flight.current
      flight.current = null
      const pending = edits.current.made !== edits.current.saved
      if (pending && saved) scheduleSave()
      return saved && !pending
    },
    [storyId, scheduleSave, flushBody, setState],
  )
  saveRef.current = saveNow

  const update = useCallback(
    (change: Partial<StoryFields>) => {
      if (!current.current) return
      current.current = { ...current.current, ...change }
      edits.current.made++
      setFields(current.current)
      if (blocked.current) return
      setState({ kind: 'dirty' })
      firstUnsaved.current ??= Date.now()
      scheduleSave()
    },
    [scheduleSave, setState],
  )

  const bodyChanged = useCallback(
    (read: () => BodyJson) => {
      if (!current.current) return
      bodyReader.current = read
      edits.current.made++
      if (blocked.current) return
      if (shown.current !== 'dirty') setState({ kind: 'dirty' })
      firstUnsaved.current ??= Date.now()
      scheduleSave()
    },
    [scheduleSave, setState],
  )

  const currentBody = useCallback((): BodyJson => flushBody()?.body ?? EMPTY_BODY, [flushBody])

  const replace = useCallback(
    (detail: StoryDetail) => {
      adopt(detail)
      setState({ kind: 'saved', at: new Date() })
    },
    [adopt, setState],
  )

  useEffect(() => {
    void reload()
  }, [reload])

  useEffect(() => {
    // Leaving the screen, hiding or closing the window: save what is there.
    const flush = () => void saveNow(false, true)
    const onVisibility = () => document.visibilityState === 'hidden' && flush()
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('beforeunload', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      flush()
    }
  }, [saveNow])

  const settle = useCallback(async () => {
    await saveNow()
    return version.current
  }, [saveNow])

  const refresh = useCallback(async () => {
    const result = await newsdesk!.stories.get({ id: storyId })
    if (result.ok) setStory((current) => (current ? { ...current, openComments: result.value.openComments } : current))
  }, [storyId])

  return { story, fields, state, update, bodyChanged, currentBody, saveNow, replace, reload, settle, refresh }
}
