/* The autosave's timing and the states its status shows (useStoryDraft, SaveStatus). */

/** How long after the last change an autosave starts, in ms (issue 3: at most 1 s). */
export const AUTOSAVE_DELAY_MS = 800
/**
 * While changes keep coming without that pause (steady typing), a save still starts this long
 * after the oldest unsaved change, in ms: if the window dies mid-sentence, at most about a second
 * of typing is lost (issue 9, R2; reliability/renderer measures it).
 */
export const AUTOSAVE_MAX_WAIT_MS = 500
/** How long after a save that failed for a passing reason (busy database, no answer) it is tried again, in ms. */
export const SAVE_RETRY_MS = 3_000
/**
 * "Saved" waits this long for the keys to pause, in ms: a fast typist's autosave often lands
 * between two keys, and flashing "Saved" there costs a React commit (see useStoryDraft's saveNow) and says little.
 */
export const SAVED_QUIET_MS = 250

/**
 * Where the story stands against the database. `saved.at` is when SQLite committed. `dirty`:
 * changes are waiting for the autosave or on their way (the screen says "Saving…" for both);
 * `saving`: a save the person asked for (Ctrl+S, leaving) with nothing else unsaved.
 */
export type SaveState =
  | { kind: 'loading' }
  | { kind: 'missing'; message: string }
  | { kind: 'saved'; at: Date }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'conflict'; message: string }
  | { kind: 'error'; message: string }
