import { diffWords } from 'diff'
import DOMPurify from 'dompurify'
import { useState } from 'react'
import type { Revision } from '../../../src-shared/domain/storyDraft'
import { directionOf } from '../../../src-shared/text/direction'

/**
 * A revision, read-only, over the story screen: its headline, standfirst and body, or a
 * word-by-word comparison with the current body. "Restore" makes it the newest version.
 */
export function RevisionView({ revision, currentHtml, onRestore, onClose }: { revision: Revision; currentHtml: string; onRestore: () => void; onClose: () => void }) {
  const [compare, setCompare] = useState(false)
  const dir = directionOf(revision.fields.language)
  return (
    <div className="revision-view" role="dialog" aria-label="Revision" aria-modal="false" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="revision-actions">
        <label>
          <input type="checkbox" checked={compare} onChange={(event) => setCompare(event.target.checked)} /> Compare with current
        </label>
        <button type="button" className="button primary" onClick={onRestore}>
          Restore this version
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <article className="revision-copy" dir={dir} lang={revision.fields.language} data-testid="revision-copy">
        <h2>{revision.fields.headline}</h2>
        {revision.fields.standfirst && <p className="standfirst">{revision.fields.standfirst}</p>}
        {compare ? <Comparison before={revision.bodyHtml} after={currentHtml} /> : <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(revision.bodyHtml) }} />}
      </article>
    </div>
  )
}

/** Words removed since the revision are struck through; words added are underlined. */
function Comparison({ before, after }: { before: string; after: string }) {
  const parts = diffWords(textOf(before), textOf(after))
  return (
    <div className="comparison" data-testid="comparison">
      {parts.map((part, index) =>
        part.added ? <ins key={index}>{part.value}</ins> : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>,
      )}
    </div>
  )
}

function textOf(html: string): string {
  const doc = new DOMParser().parseFromString(DOMPurify.sanitize(html), 'text/html')
  return [...doc.body.children].map((block) => block.textContent ?? '').join('\n\n')
}
