import Database from 'better-sqlite3'
import { beforeEach, describe, expect, it } from 'vitest'
import { RowId } from '../../src-shared/domain/story'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import { fixedContext } from '../testing/fixedContext'
import { storyServiceForEachTest } from '../testing/storyServiceForEachTest'
import type { StoryService } from './storyService'

const opened = storyServiceForEachTest(() => fixedContext({ actor: 'person:awais', start: '2024-06-01T08:23:00.000Z' }))
let store: Store
let stories: StoryService
beforeEach(() => void ({ store, stories } = opened))

describe('StoryService', () => {
  it('creates a draft at version 1, stamped with who and when, and reads it back from the file', () => {
    const story = stories.create({ headline: 'Pakistan to welcome UK support in tackling cybercrimes: Minister' })
    expect(RowId.safeParse(story.id).success).toBe(true)
    expect(story).toMatchObject({
      headline: 'Pakistan to welcome UK support in tackling cybercrimes: Minister',
      state: 'draft',
      version: 1,
      createdAt: '2024-06-01T08:23:00.000Z',
      createdBy: 'person:awais',
      updatedAt: '2024-06-01T08:23:00.000Z',
      updatedBy: 'person:awais',
    })

    const file = new Database(store.path, { readonly: true })
    const row = file.prepare('SELECT * FROM stories WHERE id = ?').get(story.id)
    file.close()
    expect(row).toMatchObject({ headline: story.headline, state: 'draft', version: 1, deleted_at: null })
    expect(stories.get({ id: story.id })).toEqual(story)
  })

  it('lists live stories most recently changed first, with the total, in pages', () => {
    const made = ['First', 'Second', 'Third'].map((headline) => stories.create({ headline }))
    const page = stories.list({ limit: 2, offset: 0 })
    expect(page.total).toBe(3)
    expect(page.stories.map((s) => s.headline)).toEqual(['Third', 'Second'])
    expect(stories.list({ limit: 2, offset: 2 }).stories.map((s) => s.id)).toEqual([made[0]!.id])
  })

  it('leaves soft-deleted stories out of the list and out of get', () => {
    const kept = stories.create({ headline: 'Kept' })
    const gone = stories.create({ headline: 'Gone' })
    store.sqlite.prepare('UPDATE stories SET deleted_at = ? WHERE id = ?').run('2024-06-02T00:00:00.000Z', gone.id)
    const page = stories.list({ limit: 50, offset: 0 })
    expect(page.total).toBe(1)
    expect(page.stories.map((s) => [s.id, s.headline])).toEqual([[kept.id, 'Kept']])
    expect(() => stories.get({ id: gone.id })).toThrow(ServiceError)
  })

  it('reports an unknown id as not_found with a message for a person', () => {
    try {
      stories.get({ id: '0190c3e2-7b1a-7cc3-9d2e-123456789abc' })
      expect.unreachable('get should have thrown')
    } catch (error) {
      expect(error).toBeInstanceOf(ServiceError)
      expect((error as ServiceError).code).toBe('not_found')
      expect((error as ServiceError).message).toBe('That story does not exist, or it was deleted.')
    }
  })
})
