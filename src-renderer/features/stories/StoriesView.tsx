import { Plus, Search } from 'lucide-react'
import { useDebounced } from '../story/useDebounced'
import { useState } from 'react'
import { NewStoryForm } from './NewStoryForm'
import type { StoryFilters, StorySort } from '../../../src-shared/domain/story'
import { StoryFiltersBar } from './StoryFiltersBar'
import { StoryTable } from './StoryTable'
import { useStories } from './useStories'
import { ImportButton } from '../import/ImportButton'
import { ImportForm } from '../import/ImportForm'

/** Every story on this workstation, newest change first, with "New story" and "Import…", which open the new draft. */
export function StoriesView({ onOpen, mine = false }: { onOpen: (storyId: string) => void; mine?: boolean }) {
  const [query, setQuery] = useState('')
  const settledQuery = useDebounced(query, 200)
  const [sort, setSort] = useState<StorySort | undefined>(undefined)
  const [filters, setFilters] = useState<StoryFilters>({})
  const list = useStories({ mine, query: settledQuery, sort, filters })
  const [composing, setComposing] = useState(false)
  const [importing, setImporting] = useState(false)

  const { total, loading, error } = list
  async function createAndOpen(headline: string) {
    const story = await list.create(headline)
    if (story) onOpen(story.id)
    return story
  }

  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">{mine ? 'My stories' : 'Stories'}</h1>
        <span className="view-count" data-testid="story-count">
          {total === 1 ? '1 story' : `${total} stories`}
        </span>
        {!importing && <ImportButton onClick={() => setImporting(true)} />}
        {!composing && (
          <button type="button" className="button primary" onClick={() => setComposing(true)}>
            <Plus size={16} aria-hidden="true" /> New story
          </button>
        )}
      </header>
      <div className="toolbar-row">
        <label className="search">
          <Search size={16} aria-hidden="true" />
          <input type="search" aria-label="Search stories" placeholder="Search headlines, text, bylines, captions" value={query} onChange={(event) => setQuery(event.target.value)} dir="auto" />
        </label>
      </div>
      <StoryFiltersBar filters={filters} onChange={setFilters} />
      {composing && <NewStoryForm onCreate={createAndOpen} onCancel={() => setComposing(false)} />}
      {importing && <ImportForm onImported={onOpen} onCancel={() => setImporting(false)} />}
      {error && (
        <p className="error-banner" role="alert">
          {error.message}
        </p>
      )}
      {!loading && total === 0 && !error && (
        <p className="empty-state">{settledQuery.trim() ? 'No story matches.' : mine ? 'Nothing is assigned to you. Stories you start are assigned to you.' : 'No stories yet. Start one with “New story”, or bring one in with “Import…”.'}</p>
      )}
      {total > 0 && (
        <StoryTable list={list} onOpen={onOpen} label={mine ? 'My stories' : 'Stories'} sort={settledQuery.trim() ? undefined : sort} onSort={setSort} />
      )}
    </section>
  )
}
