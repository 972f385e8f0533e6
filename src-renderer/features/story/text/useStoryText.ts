import { useCallback, useEffect, useRef, useState } from 'react'
import { checkStoryText } from './checkStoryText'
import type { StoryTextReport } from './readStoryText'

/** How long the body must stay unchanged before its text is read, counted and checked, in ms. */
export const TEXT_SETTLE_MS = 300

/** The body's plain text once typing pauses, and what reading it found. */
export interface StoryText {
  /** The text as last read (the stored text until the first change); null before the story opens. Stable. */
  text: () => string | null
  /** Changes whenever `text()` does (a number, so React's state and effects never hold a copy of the text). */
  version: number
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
  // In a ref, not state: React keeps the previous render's state and effect inputs too, and
  // a long story's text is 200 kB a copy (issue 8, P7).
  const textRef = useRef<string | null>(storedText)
  const [version, setVersion] = useState(0)
  const [report, setReport] = useState<StoryTextReport | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const started = useRef<number | null>(storedText === null ? null : generation)

  useEffect(() => {
    if (storedText === null || started.current === generation) return
    started.current = generation
    clearTimeout(timer.current)
    textRef.current = storedText
    setVersion((n) => n + 1)
  }, [storedText, generation])

  useEffect(() => {
    const text = textRef.current
    if (text === null) return
    let current = true
    void checkStoryText(text, language).then((answer) => current && setReport(answer))
    return () => {
      current = false
    }
  }, [version, language])

  useEffect(() => () => clearTimeout(timer.current), [])

  const changed = useCallback((read: () => string) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      textRef.current = read()
      setVersion((n) => n + 1)
    }, TEXT_SETTLE_MS)
  }, [])
  const text = useCallback(() => textRef.current, [])

  return { text, version, report, changed }
}
