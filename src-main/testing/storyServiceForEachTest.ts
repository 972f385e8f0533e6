import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { ServiceContext } from '../app/serviceContext'
import { openDatabase } from '../db/openDatabase'
import type { Store } from '../db/store'
import { createStoryService, type StoryService } from '../stories/storyService'
import { makeTempDir } from './tempDir'

/** What `storyServiceForEachTest` gives each test: the service and its database. */
export interface StoryServiceUnderTest {
  readonly stories: StoryService
  readonly store: Store
}

/**
 * Registers vitest hooks that open a story service on a fresh SQLite file in a temp folder
 * before each test of the file (with a new `context()`), and close and remove it after. Read
 * `stories` and `store` inside the tests: they are the current test's.
 */
export function storyServiceForEachTest(context: () => ServiceContext): StoryServiceUnderTest {
  let current: { stories: StoryService; store: Store; remove: () => void } | undefined
  beforeEach(() => {
    const temp = makeTempDir()
    const store = openDatabase(join(temp.dir, 'newsdesk.sqlite'), { appVersion: 'test' }).store
    current = { stories: createStoryService(store, context()), store, remove: temp.remove }
  })
  afterEach(() => {
    current?.store.close()
    current?.remove()
    current = undefined
  })
  const opened = () => {
    if (!current) throw new Error('the story service is open only inside a test')
    return current
  }
  return {
    get stories() {
      return opened().stories
    },
    get store() {
      return opened().store
    },
  }
}
