import { Plus } from 'lucide-react'
import { useState } from 'react'
import type { StoriesState } from './useStories'
import { NewStoryForm } from './NewStoryForm'
import { StoryRow } from './StoryRow'

/** Every story on this workstation, newest change first, with "New story". */
export function StoriesView({ stories, total, loading, error, create }: StoriesState) {
  const [composing, setComposing] = useState(false)

  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Stories</h1>
        <span className="view-count" data-testid="story-count">
          {total === 1 ? '1 story' : `${total} stories`}
        </span>
        {!composing && (
          <button type="button" className="button primary" onClick={() => setComposing(true)}>
            <Plus size={16} aria-hidden="true" /> New story
          </button>
        )}
      </header>
      {composing && <NewStoryForm onCreate={create} onCancel={() => setComposing(false)} />}
      {error && (
        <p className="error-banner" role="alert">
          {error.message}
        </p>
      )}
      {!loading && stories.length === 0 && !error && (
        <p className="empty-state">No stories yet. Start one with “New story”.</p>
      )}
      {stories.length > 0 && (
        <table className="story-table" aria-label="Stories">
          <thead>
            <tr>
              <th scope="col">Headline</th>
              <th scope="col">State</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {stories.map((story) => (
              <StoryRow key={story.id} story={story} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
