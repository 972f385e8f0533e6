import { wordsToCheck, type SpellingReport } from '../../src-shared/checks/spelling'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import { dictionariesFor } from './dictionaries'

/** Most misspellings given suggestions per check: Hunspell takes ~20 ms a word to suggest. */
const MAX_SUGGESTED = 30

/** Spelling of story text against the language's dictionary and the newsroom dictionary. */
export interface SpellingService {
  /** What the dictionaries do not know in `text`, most frequent first. */
  check(input: { text: string; language: string }): Promise<SpellingReport>
  /** The newsroom dictionary, A to Z. */
  words(): string[]
  /** Adds a word (no-op if it is there in any case); returns the dictionary. */
  addWord(input: { word: string }): string[]
  /** @throws ServiceError `not_found` if the word is not in the newsroom dictionary. */
  removeWord(input: { word: string }): string[]
}

export function createSpellingService(store: Store, context: ServiceContext): SpellingService {
  const { query } = store
  const words = () => store.all(query.selectFrom('newsroom_words').select('word').where('deleted_at', 'is', null).orderBy('word')).map((row) => row.word)
  let known: Set<string> | null = null
  const newsroom = () => (known ??= new Set(words().map((word) => word.toLocaleLowerCase())))

  return {
    async check({ text, language }) {
      const found = await dictionariesFor(language)
      if (!found) return { dictionary: null, misspellings: [] }
      // Hunspell's dictionaries spell the apostrophe straight; smart typography curls it.
      const correct = (word: string) => newsroom().has(word.toLocaleLowerCase()) || found.dictionaries.some((dictionary) => dictionary.correct(word.replaceAll('’', "'")))
      const unknown = [...wordsToCheck(text, language)].filter(([word]) => !correct(word)).sort((a, b) => b[1] - a[1])
      const misspellings = unknown.map(([word, count], rank) => ({
        word,
        count,
        suggestions: rank < MAX_SUGGESTED ? [...new Set(found.dictionaries.flatMap((dictionary) => dictionary.suggest(word.replaceAll('’', "'"))))].slice(0, 5) : [],
      }))
      return { dictionary: found.name, misspellings }
    },

    words,

    addWord({ word }) {
      const now = context.now().toISOString()
      const actor = context.actor()
      store.transaction(() => {
        store.run(query.insertInto('newsroom_words').values({ id: context.newId(), word, created_at: now, created_by: actor, updated_at: now, updated_by: actor }).onConflict((conflict) => conflict.doNothing()))
      })
      known = null
      return words()
    },

    removeWord({ word }) {
      const now = context.now().toISOString()
      store.transaction(() => {
        // A tombstone, not a delete: a shared desk must learn that the word went.
        const removed = store.run(query.updateTable('newsroom_words').set({ deleted_at: now, updated_at: now, updated_by: context.actor() }).where('word', '=', word).where('deleted_at', 'is', null))
        if (removed.changes === 0) throw new ServiceError('not_found', `“${word}” is not in the newsroom dictionary.`)
      })
      known = null
      return words()
    },
  }
}
