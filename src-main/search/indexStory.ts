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
  const { key, remove, insert } = statementsFor(store)
  key.run(story.id)
  remove.run(story.id)
  insert.run(story.id, story.id, foldForSearch(fields.headline), foldForSearch(fields.standfirst), foldForSearch(fields.body), foldForSearch(fields.credits), foldForSearch(fields.captions), cjkUnigrams(everything))
}

interface IndexStatements {
  key: Statement
  remove: Statement
  insert: Statement
}
const statements = new WeakMap<Store, IndexStatements>()

// The index row is addressed by its rowid, the story's key in story_search_keys (migration 7):
// looking it up by story_id would scan the whole index on every save.
const KEY_OF = '(SELECT search_rowid FROM story_search_keys WHERE story_id = ?)'

/** The statements of an index write, prepared once per open database. */
function statementsFor(store: Store): IndexStatements {
  let prepared = statements.get(store)
  if (!prepared) {
    prepared = {
      key: store.sqlite.prepare('INSERT OR IGNORE INTO story_search_keys (story_id) VALUES (?)'),
      remove: store.sqlite.prepare(`DELETE FROM story_search WHERE rowid = ${KEY_OF}`),
      insert: store.sqlite.prepare(`INSERT INTO story_search (rowid, story_id, headline, standfirst, body, credits, captions, cjk) VALUES (${KEY_OF}, ?, ?, ?, ?, ?, ?, ?)`),
    }
    statements.set(store, prepared)
  }
  return prepared
}
