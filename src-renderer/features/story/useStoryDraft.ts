import { useCallback, useEffect, useRef, useState } from 'react'
import { newsdesk } from '../../api/newsdesk'
import { fieldsOf, type StoryDetail, type StoryFields } from '../../../src-shared/domain/storyDraft'

/** How long after the last change an autosave starts, in ms (issue 3: at most 1 s). */
export const AUTOSAVE_DELAY_MS = 800

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
  /** Saves now if anything changed (blur, leaving the screen); `checkpoint` for Ctrl+S (kept as its own revision). */
  saveNow: (checkpoint?: boolean) => Promise<void>
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
 */
export function useStoryDraft(storyId: string): StoryDraft {
  const [story, setStory] = useState<StoryDetail | null>(null)
  const [fields, setFields] = useState<StoryFields | null>(null)
  const [state, setState] = useState<SaveState>({ kind: 'loading' })
  const current = useRef<StoryFields | null>(null)
  const version = useRef(0)
  const edits = useRef({ made: 0, saved: 0 })
  const flight = useRef<Promise<void> | null>(null)
  const blocked = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const adopt = useCallback((detail: StoryDetail) => {
    version.current = detail.version
    current.current = fieldsOf(detail)
    edits.current = { made: 0, saved: 0 }
    blocked.current = false
    setStory(detail)
    setFields(current.current)
  }, [])

  const reload = useCallback(async () => {
    const result = await newsdesk!.stories.get({ id: storyId })
    if (!result.ok) return setState({ kind: 'missing', message: result.error.message })
    adopt(result.value)
    setState({ kind: 'saved', at: new Date(result.value.updatedAt) })
  }, [storyId, adopt])

  const saveNow = useCallback(async (checkpoint = false): Promise<void> => {
    clearTimeout(timer.current)
    if (flight.current) {
      await flight.current
      return saveNow(checkpoint)
    }
    const fieldsToSave = current.current
    const made = edits.current.made
    // Ctrl+S saves even an unchanged story: the person asked for a checkpoint in the history.
    if (!fieldsToSave || blocked.current || (made === edits.current.saved && !checkpoint)) return
    setState({ kind: 'saving' })
    flight.current = (async () => {
      const result = await newsdesk!.stories.save({ id: storyId, baseVersion: version.current, fields: fieldsToSave, checkpoint })
      if (!result.ok) {
        if (result.error.code === 'conflict') blocked.current = true
        setState({ kind: result.error.code === 'conflict' ? 'conflict' : 'error', message: result.error.message })
        return
      }
      version.current = result.value.version
      edits.current.saved = made
      setStory(result.value)
      if (current.current && !current.current.slugLocked) {
        // The slug follows the headline on the main side (made unique there): show what it chose.
        current.current = { ...current.current, slug: result.value.slug }
        setFields(current.current)
      }
      setState(edits.current.made === made ? { kind: 'saved', at: new Date() } : { kind: 'dirty' })
    })()
    await flight.current
    flight.current = null
    if (edits.current.made !== edits.current.saved && !blocked.current) timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS)
  }, [storyId])

  const update = useCallback(
    (change: Partial<StoryFields>) => {
      if (!current.current) return
      current.current = { ...current.current, ...change }
      edits.current.made++
      setFields(current.current)
      if (blocked.current) return
      setState({ kind: 'dirty' })
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS)
    },
    [saveNow],
  )

  const replace = useCallback(
    (detail: StoryDetail) => {
      adopt(detail)
      setState({ kind: 'saved', at: new Date() })
    },
    [adopt],
  )

  useEffect(() => {
    void reload()
  }, [reload])

  useEffect(() => {
    // Leaving the screen, hiding or closing the window: save what is there.
    const flush = () => void saveNow()
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

  return { story, fields, state, update, saveNow, replace, reload, settle, refresh }
}
