import { afterEach, expect, it } from 'vitest'
import { join } from 'node:path'
import { DATABASE_FILE_NAME, openDatabase } from '../db/openDatabase'
import { MIGRATIONS } from '../db/migrations'
import { makeTempDir } from '../testing/tempDir'
import { indexStory } from './indexStory'
import { searchStories } from './searchStories'

const temp = makeTempDir()
afterEach(() => temp.remove())
const now = () => new Date('2024-06-01T08:00:00.000Z')
const story = (id: string, headline: string) => ({ id, headline, standfirst: '', bodyText: `${headline} body`, credits: [], captions: [] })

it('an index written before migration 7 keeps working: old rows are found once, and a re-save replaces, not adds', () => {
  const path = join(temp.dir, DATABASE_FILE_NAME)
  const before = openDatabase(path, { appVersion: 'test', now, migrations: MIGRATIONS.filter((m) => m.version <= 6) }).store
  before.sqlite.prepare("INSERT INTO stories (id, headline, created_at, created_by, updated_at, updated_by) VALUES ('s1', 'Flood relief', ?, 'a', ?, 'a')").run(now().toISOString(), now().toISOString())
  // What version 6 wrote on a save: a row found later by its story_id.
  before.sqlite.prepare("INSERT INTO story_search (story_id, headline, standfirst, body, credits, captions, cjk) VALUES ('s1', 'flood relief', '', 'sukkur', '', '', '')").run()
  before.close()

  const after = openDatabase(path, { appVersion: 'test', now }).store
  const scope = { limit: 10, offset: 0, states: [] }
  expect(searchStories(after, '"sukkur"', scope).stories.map((s) => s.id)).toEqual(['s1'])

  after.transaction(() => indexStory(after, story('s1', 'Flood relief reaches Sukkur')))
  after.transaction(() => indexStory(after, story('s1', 'Flood relief reaches Sukkur again')))
  expect(after.sqlite.prepare('SELECT count(*) FROM story_search').pluck().get()).toBe(1)
  expect(searchStories(after, '"again"', scope).total).toBe(1)
  expect(searchStories(after, '"flood"', scope).total).toBe(1)
  after.close()
})
