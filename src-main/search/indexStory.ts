import type { Credit } from '../../src-shared/domain/credit'
import { cjkUnigrams, foldForSearch } from '../../src-shared/text/searchText'
import type { Statement } from 'better-sqlite3'
import type { Store } from '../db/store'

/** What of a story is searchable. */
export interface SearchableStory {
  id: string
  headline: string
  standfirst: string
  bodyText: string
  credits: readonly Credit[]
  /** The lead picture's caption and every figure caption. */
  captions: readonly string[]
}

/** Rewrites a story's row in the search index, inside the caller's transaction. */
export function indexStory(store: Store, story: SearchableStory): void {
  const fields = {
    headline: story.headline,
    standfirst: story.standfirst,
    body: story.bodyText,
    credits: story.credits.map((credit) => credit.name).join('\n'),
    captions: story.captions.join('\n'),
  }
  const everything = Object.values(fields).join('\n')
  const { remove, insert } = statementsFor(store)
  remove.run(story.id)
  insert.run(story.id, foldForSearch(fields.headline), foldForSearch(fields.standfirst), foldForSearch(fields.body), foldForSearch(fields.credits), foldForSearch(fields.captions), cjkUnigrams(everything))
}

const statements = new WeakMap<Store, { remove: Statement; insert: Statement }>()

/** The two statements of an index write, prepared once per open database. */
function statementsFor(store: Store): { remove: Statement; insert: Statement } {
  let prepared = statements.get(store)
  if (!prepared) {
    prepared = {
      remove: store.sqlite.prepare('DELETE FROM story_search WHERE story_id = ?'),
      insert: store.sqlite.prepare('INSERT INTO story_search (story_id, headline, standfirst, body, credits, captions, cjk) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    }
    statements.set(store, prepared)
  }
  return prepared
}
