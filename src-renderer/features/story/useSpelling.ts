import { useCallback, useEffect, useState } from 'react'
import type { SpellingReport } from '../../../src-shared/checks/spelling'
import { newsdesk } from '../../api/newsdesk'

/** The spelling of a story's settled text, and a way to teach the newsroom dictionary a word. */
export interface Spelling {
  /** Null until the first answer (or when the check failed: spelling is advice, never a blocker). */
  report: SpellingReport | null
  /** Adds the word to the newsroom dictionary and checks again. */
  addWord: (word: string) => Promise<void>
}

/**
 * Asks the main process about `text` (already debounced by the caller) in `language`; a newer
 * text or language replaces an older answer still on its way.
 */
export function useSpelling(text: string | null, language: string): Spelling {
  const [report, setReport] = useState<SpellingReport | null>(null)
  const [round, setRound] = useState(0)
  useEffect(() => {
    if (text === null || !newsdesk) return
    let current = true
    void newsdesk.spelling.check({ text, language }).then((result) => current && setReport(result.ok ? result.value : null))
    return () => {
      current = false
    }
  }, [text, language, round])
  const addWord = useCallback(async (word: string) => {
    const result = await newsdesk?.spelling.addWord({ word })
    if (result?.ok) setRound((n) => n + 1)
  }, [])
  return { report, addWord }
}
