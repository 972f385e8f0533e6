import { useCallback, useEffect, useRef, useState } from 'react'
import { checkStoryText } from './checkStoryText'
import type { StoryTextReport } from './readStoryText'

/** How long the body must stay unchanged before its text is read, counted and checked, in ms. */
export const TEXT_SETTLE_MS = 300

/** The body's plain text once typing pauses, and what reading it found. */
export interface StoryText {
  /** The text as last read (the stored text until the first change); null before the story opens. */
  text: string | null
  /** Counts and text checks of `text`; null until the first answer. */
  report: StoryTextReport | null
  /** Call on every change of the body: `read` gives its plain text, and is called once the changes pause. */
  changed: (read: () => string) => void
}

/**
 * The story body's plain text, read `TEXT_SETTLE_MS` after the last change rather than on every
 * key (reading walks the whole document), then counted and checked in a worker
 * (`checkStoryText`). Starts from `storedText` (the text the main process stored) and starts
 * again from it whenever `generation` changes (a reload, a restored revision).
 */
export function useStoryText(storedText: string | null, language: string, generation: number): StoryText {
  const [text, setText] = useState<string | null>(storedText)
  const [report, setReport] = useState<StoryTextReport | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const started = useRef<number | null>(storedText === null ? null : generation)

  useEffect(() => {
    if (storedText === null || started.current === generation) return
    started.current = generation
    clearTimeout(timer.current)
    setText(storedText)
  }, [storedText, generation])

  useEffect(() => {
    if (text === null) return
    let current = true
    void checkStoryText(text, language).then((answer) => current && setReport(answer))
    return () => {
      current = false
    }
  }, [text, language])

  useEffect(() => () => clearTimeout(timer.current), [])

  const changed = useCallback((read: () => string) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setText(read()), TEXT_SETTLE_MS)
  }, [])

  return { text, report, changed }
}
