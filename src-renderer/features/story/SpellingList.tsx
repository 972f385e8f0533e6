import { SpellCheck } from 'lucide-react'
import type { Spelling } from './useSpelling'

/**
 * Words the dictionaries do not know, most frequent first, each with suggestions, "Show"
 * (selects it in the text) and "Add to dictionary" (the newsroom dictionary, for everyone).
 */
export function SpellingList({ spelling, onShow }: { spelling: Spelling; onShow: (word: string) => void }) {
  const { report } = spelling
  if (!report) return null
  if (!report.dictionary) return <p className="muted spelling-note">No spelling dictionary for this story’s language.</p>
  if (report.misspellings.length === 0) return <p className="muted spelling-note">Spelling: nothing unknown to the {report.dictionary} dictionary.</p>
  return (
    <ul className="check-list" aria-label="Spelling">
      {report.misspellings.map((misspelling) => (
        <li key={misspelling.word} className="check spelling">
          <SpellCheck size={16} aria-hidden="true" />
          <span>
            <strong dir="auto">{misspelling.word}</strong>
            {misspelling.count > 1 ? ` (${misspelling.count}×)` : ''} is not in the dictionary.
            {misspelling.suggestions.length > 0 && <span className="muted"> Perhaps: {misspelling.suggestions.join(', ')}</span>}
          </span>
          <span className="check-actions">
            <button type="button" className="link-button" onClick={() => onShow(misspelling.word)}>
              Show
            </button>
            <button type="button" className="link-button" onClick={() => void spelling.addWord(misspelling.word)}>
              Add to dictionary
            </button>
          </span>
        </li>
      ))}
    </ul>
  )
}
