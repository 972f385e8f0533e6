import type { Story } from '../../../src-shared/domain/story'

/** Times shown in the desk's zone: for now the machine's own (a setting later). */
const lastChange = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** One story in the list. */
export function StoryRow({ story }: { story: Story }) {
  return (
    <tr>
      <td className="story-headline">{story.headline || <em className="muted">Untitled story</em>}</td>
      <td>
        <span className={`state-badge state-${story.state}`}>{story.state}</span>
      </td>
      <td>
        <time dateTime={story.updatedAt}>{lastChange.format(new Date(story.updatedAt))}</time>
      </td>
    </tr>
  )
}
