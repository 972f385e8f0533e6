import type { Story, StorySort } from '../../../src-shared/domain/story'
import { StoryRow } from './StoryRow'

const COLUMNS: { label: string; sort?: StorySort['column'] }[] = [
  { label: 'Headline', sort: 'headline' },
  { label: 'Byline', sort: 'byline' },
  { label: 'Slug', sort: 'slug' },
  { label: 'Section', sort: 'section' },
  { label: 'State', sort: 'state' },
  { label: 'Words', sort: 'words' },
  { label: 'Deadline', sort: 'deadline' },
  { label: 'Comments' },
  { label: 'Last change', sort: 'updated' },
]

/**
 * A list of stories as the desk reads it. Column headers sort (click again to reverse);
 * `sort` undefined means the list's own order (e.g. best match first while searching).
 */
export function StoryTable(props: { stories: Story[]; onOpen: (storyId: string) => void; label: string; sort?: StorySort | undefined; onSort?: (sort: StorySort) => void }) {
  const { sort, onSort } = props
  return (
    <table className="story-table" aria-label={props.label}>
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const active = column.sort !== undefined && sort?.column === column.sort
            return (
              <th key={column.label} scope="col" aria-sort={active ? (sort!.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                {column.sort && onSort ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort({ column: column.sort!, direction: active && sort!.direction === 'asc' ? 'desc' : 'asc' })}
                  >
                    {column.label}
                    {active ? (sort!.direction === 'asc' ? ' ↑' : ' ↓') : ''}
                  </button>
                ) : (
                  column.label
                )}
              </th>
            )
          })}
        </tr>
      </thead>
      <tbody>
        {props.stories.map((story) => (
          <StoryRow key={story.id} story={story} onOpen={props.onOpen} />
        ))}
      </tbody>
    </table>
  )
}
