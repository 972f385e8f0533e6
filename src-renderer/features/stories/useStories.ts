import { useCallback, useEffect, useRef, useState } from 'react'
import type { NewsdeskError } from '../../../src-shared/contract/errors'
import type { Story, StoryFilters, StorySort, StoryState } from '../../../src-shared/domain/story'
import { CallFailed, newsdesk, unwrap } from '../../api/newsdesk'

/** Stories fetched per call: about three screens of rows, so scrolling rarely waits. */
export const STORY_PAGE_SIZE = 100

/** The story list as the views need it: a window onto `total` rows, fetched a page at a time. */
export interface StoriesState {
  /** How many stories match, whether fetched yet or not. */
  total: number
  /** The story at a row index (0-based), or undefined while its page is on its way. */
  storyAt: (index: number) => Story | undefined
  /** Asks for the pages covering rows `first..last` (inclusive); pages already asked for are not asked again. */
  showRows: (first: number, last: number) => void
  loading: boolean
  /** The last failure to load or create, shown to the person until the next success. */
  error: NewsdeskError | null
  /** Creates a draft; resolves to the new story, or null if it failed (see `error`). */
  create: (headline: string) => Promise<Story | null>
}

interface ListQuery {
  mine?: boolean
  states?: readonly StoryState[]
  query?: string
  sort?: StorySort | undefined
  filters?: StoryFilters
}

/**
 * A story list (all, mine, some states, a search) paged by offset as rows scroll into view,
 * so 100,000 stories cost the renderer only the rows on screen. Any change to the query
 * starts again from the first page; answers to an older query are dropped.
 */
export function useStories(list: ListQuery = {}): StoriesState {
  const key = JSON.stringify({ mine: false, states: [], query: '', filters: {}, ...list })
  const [pages, setPages] = useState<ReadonlyMap<number, Story[]>>(new Map())
  const [total, setTotal] = useState(0)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<NewsdeskError | null>(null)
  const asked = useRef(new Set<number>())
  const generation = useRef(0)

  const fetchPage = useCallback(
    async (page: number, forGeneration: number) => {
      if (!newsdesk) return
      asked.current.add(page)
      const { sort, ...rest } = JSON.parse(key) as ListQuery
      const result = await newsdesk.stories.list({ ...rest, states: [...(rest.states ?? [])], limit: STORY_PAGE_SIZE, offset: page * STORY_PAGE_SIZE, ...(sort ? { sort } : {}) })
      if (forGeneration !== generation.current) return
      setLoading(false)
      if (!result.ok) {
        asked.current.delete(page)
        return setError(result.error)
      }
      setPages((known) => new Map(known).set(page, result.value.stories))
      setTotal(result.value.total)
      setError(null)
    },
    [key],
  )

  const reload = useCallback(async () => {
    generation.current += 1
    asked.current = new Set()
    setPages(new Map())
    await fetchPage(0, generation.current)
  }, [fetchPage])

  useEffect(() => {
    void reload()
  }, [reload])

  const storyAt = useCallback((index: number) => pages.get(Math.floor(index / STORY_PAGE_SIZE))?.[index % STORY_PAGE_SIZE], [pages])

  const showRows = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / STORY_PAGE_SIZE); page <= Math.floor(last / STORY_PAGE_SIZE); page++) {
        if (!asked.current.has(page)) void fetchPage(page, generation.current)
      }
    },
    [fetchPage],
  )

  const create = useCallback(
    async (headline: string) => {
      if (!newsdesk) return null
      try {
        const story = unwrap(await newsdesk.stories.create({ headline }))
        await reload()
        return story
      } catch (failure) {
        if (!(failure instanceof CallFailed)) throw failure
        setError(failure.error)
        return null
      }
    },
    [reload],
  )

  return { total, storyAt, showRows, loading, error, create }
}
