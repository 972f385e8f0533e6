import { useState } from 'react'
import type { StoryFilters, StorySort } from '../../../src-shared/domain/story'
import { StoryFiltersBar } from '../stories/StoryFiltersBar'
import { StoryTable } from '../stories/StoryTable'
import { useStories } from '../stories/useStories'
import { QUEUES, type QueueId } from './queues'

/** The desk queue and its neighbours (Ready, Returned, Published, Spiked, All), as tabs. */
export function QueueView({ onOpen }: { onOpen: (storyId: string) => void }) {
  const [queueId, setQueueId] = useState<QueueId>('desk')
  const queue = QUEUES.find((q) => q.id === queueId)!
  const [sort, setSort] = useState<StorySort | undefined>(undefined)
  const [filters, setFilters] = useState<StoryFilters>({})
  const list = useStories({ states: queue.states, sort, filters })
  const { total, loading, error } = list
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Queue</h1>
        <span className="view-count" data-testid="story-count">
          {total === 1 ? '1 story' : `${total} stories`}
        </span>
      </header>
      <div className="tabs" role="tablist" aria-label="Queues">
        {QUEUES.map((q) => (
          <button key={q.id} type="button" role="tab" aria-selected={q.id === queueId} onClick={() => setQueueId(q.id)}>
            {q.label}
          </button>
        ))}
      </div>
      <StoryFiltersBar filters={filters} onChange={setFilters} />
      {error && <p className="error-banner" role="alert">{error.message}</p>}
      {!loading && total === 0 && !error && <p className="empty-state">{queue.empty}</p>}
      {total > 0 && <StoryTable list={list} onOpen={onOpen} label={queue.label} sort={sort} onSort={setSort} />}
    </section>
  )
}
