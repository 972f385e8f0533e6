import { useCallback, useEffect, useRef, useState } from 'react'
import { newsdesk } from '../../api/newsdesk'
import { describeFailure } from './describeFailure'
import { EMPTY_BODY, fieldsOf, type BodyJson, type SavedStory, type StoryDetail, type StoryFields } from '../../../src-shared/domain/storyDraft'
import type { BodySnapshot } from '../../editor/bodySnapshot'
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, SAVE_RETRY_MS, SAVED_QUIET_MS, type SaveState } from './saveState'
import { sendChanges } from './sendChanges'
import { useSaveOnLeave } from './useSaveOnLeave'

export interface StoryDraft {
  /** The story as last saved, without its body (the editor holds that). */
  story: SavedStory | null
  /** The body's plain text as the story was opened; the editor's own text takes over as it changes. */
  openedText: string | null
  /** The fields as they are now, but `body`, which is the body as opened (the editor holds the live one). */
  fields: StoryFields | null
  state: SaveState
  /** Changes some fields; an autosave follows `AUTOSAVE_DELAY_MS` after the last change. */
  update: (change: Partial<StoryFields>) => void
  /**
   * The body changed (a key, a paste, a picture): `body` is it as a snapshot (a reference,
   * serialised only when a save needs it). Schedules an autosave as `update` does;
   * re-renders nothing while the status already says unsaved.
   */
  bodyChanged: (body: BodySnapshot) => void
  /** The body as it is now (read from the editor if it changed since the last save). */
  currentBody: () => BodyJson
  /**
   * Saves now if anything changed (blur, leaving the screen); `checkpoint` for Ctrl+S (kept as
   * its own revision). Resolves true when everything typed is stored.
   */
  saveNow: (checkpoint?: boolean) => Promise<boolean>
  /** Replaces the editor's story with one the main process returned (after a restore): text included. */
  replace: (story: StoryDetail) => void
  /**
   * A move or a publish changed the story's state and version, not its text: takes those and
   * keeps the text, including what was typed since the last save.
   */
  moved: (story: StoryDetail) => void
  /** Drops local changes and loads the story as stored (after a conflict). */
  reload: () => Promise<void>
  /** Saves what is unsaved, then gives the story's version as stored (before an export). */
  settle: () => Promise<number>
  /**
   * Saves what is unsaved, then runs `work` with the version as stored while autosaves wait,
   * and resolves with what it gives. For a move or a publish, which bump the version: an
   * autosave landing in between would make the move stale, or itself be refused as stale.
   */
  whileSettled: <T>(work: (version: number) => Promise<T>) => Promise<T>
  /** Re-reads the stored story's list facts (e.g. its open comments) without touching the text. */
  refresh: () => Promise<void>
}

/**
 * The story being edited and its autosave (`stories.saveChanges`). Each save sends the fields
 * with the version they started from, and of the body only the blocks changed since the last
 * save the database took (the first save after opening sends it whole); the answer leaves the
 * body out. Serialising, sending and answering a 36,000-word story on every autosave was most
 * of the page's script time while typing (issue 8, P1). The status says "Saved" only after the
 * main process answered, i.e. after the SQLite transaction committed. A conflict stops
 * autosaving until the person reloads.
 */
export function useStoryDraft(storyId: string): StoryDraft {
  const [story, setStory] = useState<SavedStory | null>(null)
  const [openedText, setOpenedText] = useState<string | null>(null)
  const [fields, setFields] = useState<StoryFields | null>(null)
  const [state, showState] = useState<SaveState>({ kind: 'loading' })
  // What the status says, read without a render: a key that finds it already "unsaved" re-renders nothing.
  const shown = useRef<SaveState['kind']>('loading')
  const setState = useCallback((next: SaveState) => {
    shown.current = next.kind
    showState(next)
  }, [])
  /** The body as the editor last reported it; null until the first change after opening (the body is `current.body`). */
  const latestBody = useRef<BodySnapshot | null>(null)
  /** The body the database holds at `version`, as the editor had it; null when it is the body as opened. */
  const storedBody = useRef<BodySnapshot | null>(null)
  const current = useRef<StoryFields | null>(null)
  const version = useRef(0)
  const edits = useRef({ made: 0, saved: 0 })
  const flight = useRef<Promise<void> | null>(null)
  const blocked = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  /** When the oldest change not yet sent was made (ms since epoch), or null when all were sent. */
  const firstUnsaved = useRef<number | null>(null)
  /** The answer of a save made while the person kept typing: shown with the save that catches up. */
  const unshown = useRef<SavedStory | null>(null)
  /** Waits for the keys to pause before saying "Saved" (SAVED_QUIET_MS). */
  const quiet = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  /** How many moves or publishes are under way (`whileSettled`): autosaves wait for them. */
  const held = useRef(0)

  const adopt = useCallback((detail: StoryDetail) => {
    version.current = detail.version
    current.current = fieldsOf(detail)
    edits.current = { made: 0, saved: 0 }
    blocked.current = false
    latestBody.current = storedBody.current = unshown.current = null
    clearTimeout(quiet.current)
    const { body: _body, bodyHtml: _html, bodyText, ...saved } = detail
    setStory(saved)
    setOpenedText(bodyText)
    setFields(current.current)
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
      // A move or publish is under way; it schedules the save when it is done.
      if (held.current > 0 && !unloading) return false
      if (flight.current) {
        // A page going away cannot wait: the save under way still reaches SQLite, and sending the
        // same text again from an old version would only make a false conflict copy.
        if (unloading) return false
        await flight.current
        return saveNow(checkpoint)
      }
      const fieldsToSave = current.current
      const body = latestBody.current
      const made = edits.current.made
      if (blocked.current) return false
      firstUnsaved.current = null
      // Ctrl+S saves even an unchanged story: the person asked for a checkpoint in the history.
      if (!fieldsToSave || (made === edits.current.saved && !checkpoint)) return true
      // Every React commit walks the whole DOM of the focused editor (React saves the selection
      // around each commit), so while the person types the status changes twice: at their first key
      // ("Saving…") and when everything is stored, not at each autosave (issue 8, P1).
      if (shown.current !== 'dirty') setState({ kind: 'saving' })
      let saved = false
      let retry = false
      flight.current = (async () => {
        const result = await sendChanges({ id: storyId, baseVersion: version.current, fields: fieldsToSave, body, stored: storedBody.current, checkpoint })
        if (!result.ok) {
          if (unshown.current) setStory(unshown.current)
          unshown.current = null
          // Stale, or taken over by an editor (`forbidden`): the text is kept as a conflict copy, and
          // autosave stops until the person opens the story as it now is.
          const stopped = result.error.code === 'conflict' || result.error.code === 'forbidden'
          if (stopped) blocked.current = true
          retry = result.error.code === 'unavailable' || result.error.code === 'internal'
          setState({ kind: stopped ? 'conflict' : 'error', message: describeFailure(result.error) })
          return
        }
        saved = true
        version.current = result.value.version
        edits.current.saved = made
        if (body) storedBody.current = body
        // The main process cleans the slug and makes it unique: show what it stored, unless the
        // person changed the slug again while this save was on its way.
        const slug = result.value.slug
        if (current.current && current.current.slug !== slug && (!current.current.slugLocked || current.current.slug === fieldsToSave.slug)) {
          current.current = { ...current.current, slug }
          setFields(current.current)
        }
        // Still typing: the next save is coming, and the story is shown as saved once it is all in.
        unshown.current = result.value
        const at = new Date()
        clearTimeout(quiet.current)
        quiet.current = setTimeout(() => {
          if (edits.current.made !== made || !unshown.current) return
          setStory(unshown.current)
          unshown.current = null
          setState({ kind: 'saved', at })
        }, SAVED_QUIET_MS)
      })()
      await flight.current
      flight.current = null
      const pending = edits.current.made !== edits.current.saved
      if (pending && saved) scheduleSave()
      // Nothing was stored: try again without waiting for the next key (the status says why meanwhile).
      else if (pending && retry) timer.current = setTimeout(() => void saveRef.current(), SAVE_RETRY_MS)
      return saved && !pending
    },
    [storyId, scheduleSave, setState],
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
    (body: BodySnapshot) => {
      if (!current.current) return
      latestBody.current = body
      edits.current.made++
      if (blocked.current) return
      if (shown.current !== 'dirty') setState({ kind: 'dirty' })
      firstUnsaved.current ??= Date.now()
      scheduleSave()
    },
    [scheduleSave, setState],
  )

  const currentBody = useCallback((): BodyJson => latestBody.current?.json() ?? current.current?.body ?? EMPTY_BODY, [])

  const replace = useCallback(
    (detail: StoryDetail) => {
      adopt(detail)
      setState({ kind: 'saved', at: new Date() })
    },
    [adopt, setState],
  )

  const moved = useCallback((detail: StoryDetail) => {
    // The database holds the same text at the new version (a move changes the state alone), so
    // `storedBody` still stands and what was typed meanwhile goes out as a patch from here.
    version.current = detail.version
    clearTimeout(quiet.current)
    unshown.current = null
    const { body: _body, bodyHtml: _html, bodyText: _text, ...saved } = detail
    setStory(saved)
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  useSaveOnLeave(saveNow)

  const settle = useCallback(async () => {
    await saveNow()
    return version.current
  }, [saveNow])

  const whileSettled = useCallback(
    async <T,>(work: (version: number) => Promise<T>): Promise<T> => {
      await saveNow()
      held.current++
      try {
        return await work(version.current)
      } finally {
        held.current--
        if (held.current === 0 && edits.current.made !== edits.current.saved) scheduleSave()
      }
    },
    [saveNow, scheduleSave],
  )

  const refresh = useCallback(async () => {
    const result = await newsdesk!.stories.get({ id: storyId })
    if (result.ok) setStory((current) => (current ? { ...current, openComments: result.value.openComments } : current))
  }, [storyId])

  return { story, openedText, fields, state, update, bodyChanged, currentBody, saveNow, replace, moved, reload, settle, whileSettled, refresh }
}
