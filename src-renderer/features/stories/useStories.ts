import { useCallback, useEffect, useState } from 'react'
import type { NewsdeskError } from '../../../src-shared/contract/errors'
import type { Story, StoryFilters, StorySort, StoryState } from '../../../src-shared/domain/story'
import { CallFailed, newsdesk, unwrap } from '../../api/newsdesk'

/** The story list as the Stories view needs it. */
export interface StoriesState {
  stories: Story[]
  total: number
  loading: boolean
  /** The last failure to load or create, shown to the person until the next success. */
  error: NewsdeskError | null
  /** Creates a draft; resolves to the new story, or null if it failed (see `error`). */
  create: (headline: string) => Promise<Story | null>
}

const PAGE_SIZE = 100

/** Loads the first page of stories (all, mine, or in some states) and creates new ones. */
export function useStories({
  mine = false,
  states = [],
  query = '',
  sort,
  filters = {},
}: { mine?: boolean; states?: readonly StoryState[]; query?: string; sort?: StorySort | undefined; filters?: StoryFilters } = {}): StoriesState {
  const stateKey = states.join(',')
  const viewKey = JSON.stringify({ sort, filters })
  const [stories, setStories] = useState<Story[]>([])
  const [total, setTotal] = useState(0)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<NewsdeskError | null>(null)

  const reload = useCallback(async () => {
    if (!newsdesk) return
    const { sort: order, filters: narrow } = JSON.parse(viewKey) as { sort?: StorySort; filters: StoryFilters }
    const result = await newsdesk.stories.list({
      limit: PAGE_SIZE,
      mine,
      query,
      states: stateKey ? (stateKey.split(',') as StoryState[]) : [],
      filters: narrow,
      ...(order ? { sort: order } : {}),
    })
    setLoading(false)
    if (!result.ok) return setError(result.error)
    setStories(result.value.stories)
    setTotal(result.value.total)
    setError(null)
  }, [mine, stateKey, query, viewKey])

  useEffect(() => {
    void reload()
  }, [reload])

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

  return { stories, total, loading, error, create }
}
