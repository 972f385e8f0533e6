import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateStories } from '../../scripts/desk/storyGenerator'
import { STORY_SORT_COLUMNS, type Story, type StoryPage, type StorySort } from '../../src-shared/domain/story'
import { memorySecretStore } from '../publish/secretStore'
import { fixedContext } from '../testing/fixedContext'
import { makeTempDir } from '../testing/tempDir'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { applySort } from './listQuery'

const COUNT = 240
const temp = makeTempDir()
let desk: TestDesk
beforeAll(async () => {
  generateStories(temp.dir, { count: COUNT, seed: 7 })
  desk = await openTestDesk(fixedContext(), { dataDir: temp.dir, secrets: memorySecretStore() })
})
afterAll(() => {
  desk.close()
  temp.remove()
})

/** Every story of a list, read a page of 50 at a time, as the virtual list reads them. */
async function pages(input: Record<string, unknown>): Promise<Story[]> {
  const all: Story[] = []
  for (let offset = 0; ; offset += 50) {
    const page = await desk.value<StoryPage>('stories:list', { ...input, limit: 50, offset })
    all.push(...page.stories)
    if (page.stories.length < 50) return all
  }
}

const KEY: Record<StorySort['column'], (story: Story) => string | number> = {
  updated: (s) => s.updatedAt,
  headline: (s) => s.headline,
  byline: (s) => s.byline,
  slug: (s) => s.slug,
  section: (s) => s.section,
  state: (s) => s.state,
  words: (s) => s.wordCount,
  deadline: (s) => s.deadlineAt ?? '',
}

/** The order the lists promise, written out plainly (SQLite compares text by bytes, as here). */
function expectedOrder(stories: Story[], { column, direction }: StorySort): string[] {
  const sign = direction === 'asc' ? 1 : -1
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0)
  return [...stories]
    .sort((a, b) => {
      if (column === 'deadline' && !a.deadlineAt !== !b.deadlineAt) return a.deadlineAt ? -1 : 1
      const first = sign * compare(KEY[column](a), KEY[column](b))
      if (first !== 0) return first
      // Within a state the newest change comes first; otherwise the id breaks ties.
      return column === 'state' ? -sign * compare(a.updatedAt + a.id, b.updatedAt + b.id) : sign * compare(a.id, b.id)
    })
    .map((story) => story.id)
}

describe('the story lists, paged and sorted at the database', () => {
  it.each(STORY_SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => ({ column, direction }))))('pages through all stories in $column $direction order', async (sort) => {
    const listed = await pages({ sort })
    expect(listed).toHaveLength(COUNT)
    expect(listed.map((story) => story.id)).toEqual(expectedOrder(listed, sort))
  })

  it('a queue tab (a state filter) pages newest change first', async () => {
    const listed = await pages({ states: ['submitted', 'editing'] })
    expect(listed.length).toBeGreaterThan(20)
    expect(listed.every((story) => story.state === 'submitted' || story.state === 'editing')).toBe(true)
    expect(listed.map((story) => story.id)).toEqual(expectedOrder(listed, { column: 'updated', direction: 'desc' }))
  })

  it('gives each list the total that count(*) gives, from story_counts when narrowed by state alone (migration 11)', async () => {
    const { sqlite } = desk.workstation.store
    const real = (where: string, ...values: string[]) => sqlite.prepare(`SELECT count(*) FROM stories WHERE deleted_at IS NULL ${where}`).pluck().get(...values)
    expect((await desk.value<StoryPage>('stories:list', { limit: 5, offset: 0 })).total).toBe(COUNT)
    const queue = await desk.value<StoryPage>('stories:list', { states: ['submitted', 'editing'], limit: 5, offset: 0 })
    expect(queue.total).toBe(real("AND state IN ('submitted', 'editing')"))
    const section = (await pages({})).find((story) => story.section)!.section
    const filtered = await desk.value<StoryPage>('stories:list', { states: ['submitted', 'editing'], filters: { section }, limit: 5, offset: 0 })
    expect(filtered.total).toBe(real("AND state IN ('submitted', 'editing') AND section = ?", section))
  })

  it('reads every sorted page from an index, never sorting the table (migration 10)', () => {
    const { store } = desk.workstation
    for (const column of STORY_SORT_COLUMNS) {
      const compiled = applySort(store.query.selectFrom('stories').where('deleted_at', 'is', null).select('id'), { column, direction: 'asc' }).limit(50).compile()
      const plan = (store.sqlite.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[]).map((row) => row.detail).join(' | ')
      expect(plan, column).toMatch(/USING (COVERING )?INDEX/)
      expect(plan, column).not.toMatch(/TEMP B-TREE/)
    }
  })
})
