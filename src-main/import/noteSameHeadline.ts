import type { Store } from '../db/store'
import type { ImportNotes } from './importNotes'

/**
 * Importing the same file twice makes two drafts, and a desk should not find the twin only
 * when both are published: when live stories already carry the imported headline (exactly),
 * the report asks for a look and names them by slug and state. The draft is still made: a
 * follow-up or a second version may rightly share a headline. Uses the headline sort index.
 */
export function noteSameHeadline(store: Store, headline: string, notes: ImportNotes): void {
  if (!headline) return
  const twins = store.sqlite
    .prepare('SELECT slug, state FROM stories WHERE headline = ? AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 3')
    .all(headline) as { slug: string; state: string }[]
  if (twins.length === 0) return
  const named = twins.map((twin) => `“${twin.slug}” (${twin.state})`).join(', ')
  notes.look('headline', `A story with this headline is already on the desk: ${named}. Is this the same file imported again?`)
}
