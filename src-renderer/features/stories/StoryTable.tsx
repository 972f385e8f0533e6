import type { Story } from '../../../src-shared/domain/story'
import { StoryRow } from './StoryRow'

/** A list of stories as the desk reads it: headline, byline, slug, state, words, deadline, last change. */
export function StoryTable({ stories, onOpen, label }: { stories: Story[]; onOpen: (storyId: string) => void; label: string }) {
  return (
    <table className="story-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Headline</th>
          <th scope="col">Byline</th>
          <th scope="col">Slug</th>
          <th scope="col">State</th>
          <th scope="col">Words</th>
          <th scope="col">Deadline</th>
          <th scope="col">Comments</th>
          <th scope="col">Last change</th>
        </tr>
      </thead>
      <tbody>
        {stories.map((story) => (
          <StoryRow key={story.id} story={story} onOpen={onOpen} />
        ))}
      </tbody>
    </table>
  )
}
