import { join } from 'node:path'
import { v7 as uuidv7 } from 'uuid'
import { DATABASE_FILE_NAME, openDatabase } from '../../src-main/db/openDatabase'
import { indexStory } from '../../src-main/search/indexStory'
import { STORY_STATES } from '../../src-shared/domain/story'
import { renderByline } from '../../src-shared/text/byline'
import { slugify } from '../../src-shared/text/slugify'
import { mulberry32 } from '../../src-main/testing/mulberry32'

/** How many stories to write and from which seed (the same seed gives the same stories). */
export interface GeneratorOptions {
  count: number
  seed?: number
  /** Called after each batch with the number written so far. */
  onProgress?: (written: number) => void
}


const PLACES = ['Islamabad', 'Karachi', 'Lahore', 'Peshawar', 'Quetta', 'London', 'Dubai', 'Kabul', 'Delhi', 'Beijing']
const SUBJECTS = ['Minister', 'Court', 'Police', 'Cabinet', 'Senate', 'Board', 'Council', 'Union', 'Bank', 'University']
const VERBS = ['approves', 'rejects', 'announces', 'delays', 'reviews', 'welcomes', 'questions', 'expands', 'cuts', 'launches']
const OBJECTS = ['budget plan', 'flood relief', 'cybercrime unit', 'power tariffs', 'cricket board reforms', 'new bus route', 'tax on farmhouses', 'school fees', 'rain emergency', 'trade deal']
const SECTIONS = ['News', 'Business', 'Sport', 'World', 'Opinion']
const WORDS = 'the of and to in a said on for that with was as by at from officials government people city year week new minister police report meeting plan would could more than after before during under'.split(' ')
const BATCH = 2_000

/**
 * Fills the database in `dataDir` (created and migrated if missing) with `count` generated
 * stories: headlines, standfirsts, 3–8 paragraphs, a desk or agency byline, a state and
 * half of them a deadline; one story a minute from 2024-01-01T00:00Z. Rows go in through the
 * real schema and search index, 2,000 per transaction; not through the editor.
 * @returns how long it took, in ms.
 */
export function generateStories(dataDir: string, { count, seed = 42, onProgress }: GeneratorOptions): number {
  const rnd = mulberry32(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(rnd() * 14) }, () => pick(WORDS))
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1)
    return `${words.join(' ')}.`
  }

  const { store } = openDatabase(join(dataDir, DATABASE_FILE_NAME), { appVersion: 'generator' })
  const insert = store.sqlite.prepare(`
    INSERT INTO stories (id, headline, standfirst, slug, section, language, state, version, body_json, body_html, body_text,
                         word_count, char_count, credits_json, byline, deadline_at, created_at, created_by, updated_at, updated_by)
    VALUES (@id, @headline, @standfirst, @slug, @section, 'en', @state, 1, @body_json, @body_html, @body_text,
            @word_count, @char_count, @credits_json, @byline, @deadline_at, @at, 'generator', @at, 'generator')`)
  const started = Date.now()
  const base = Date.parse('2024-01-01T00:00:00.000Z')
  try {
    for (let done = 0; done < count; done += BATCH) {
      store.transaction(() => {
        for (let i = done; i < Math.min(count, done + BATCH); i++) {
          const headline = `${pick(PLACES)}: ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`
          const paragraphs = Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, sentence).join(' '))
          const text = paragraphs.join('\n\n')
          const credits = [{ personId: null, name: pick(['News Desk', 'Staff Reporter', 'AP', 'Reuters']), role: 'author' as const }]
          const id = uuidv7()
          const at = new Date(base + i * 60_000).toISOString()
          insert.run({
            id,
            headline,
            standfirst: sentence(),
            slug: `${slugify(headline)}-${i}`,
            section: pick(SECTIONS),
            state: pick(STORY_STATES),
            body_json: JSON.stringify({ type: 'doc', content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })) }),
            body_html: paragraphs.map((p) => `<p dir="ltr">${p}</p>`).join(''),
            body_text: text,
            // The generated text is ASCII words and single spaces: counting it needs no segmenter.
            word_count: text.split(/\s+/).filter(Boolean).length,
            char_count: text.length,
            credits_json: JSON.stringify(credits),
            byline: renderByline(credits),
            deadline_at: rnd() < 0.5 ? new Date(base + i * 60_000 + rnd() * 86_400_000).toISOString() : null,
            at,
          })
          indexStory(store, { id, headline, standfirst: '', bodyText: text, credits, captions: [] })
        }
      })
      onProgress?.(Math.min(count, done + BATCH))
    }
  } finally {
    store.close()
  }
  return Date.now() - started
}
