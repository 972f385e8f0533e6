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
 * Asks the main process about the story's `headline`, `standfirst` and body text (already
 * debounced by the caller; null: not yet) in `language`, as one text with blank lines between;
 * a newer text or language replaces an older answer still on its way. The body comes from
 * `readBody` whenever `bodyVersion` changes, and the joined text lives only as long as the
 * call: kept in React, each would be one more copy of a long story's text.
 */
export function useSpelling(headline: string | null, standfirst: string | null, readBody: () => string | null, bodyVersion: number, language: string): Spelling {
  const [report, setReport] = useState<SpellingReport | null>(null)
  const [round, setRound] = useState(0)
  useEffect(() => {
    const body = readBody()
    if (headline === null || standfirst === null || body === null || !newsdesk) return
    let current = true
    void newsdesk.spelling.check({ text: [headline, standfirst, body].join('\n\n'), language }).then((result) => current && setReport(result.ok ? result.value : null))
    return () => {
      current = false
    }
  }, [headline, standfirst, readBody, bodyVersion, language, round])
  const addWord = useCallback(async (word: string) => {
    const result = await newsdesk?.spelling.addWord({ word })
    if (result?.ok) setRound((n) => n + 1)
  }, [])
  return { report, addWord }
}
