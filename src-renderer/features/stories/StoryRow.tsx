import type { Ref } from 'react'
import type { Story } from '../../../src-shared/domain/story'
import { Snippet } from './Snippet'

/**
 * Times shown in the desk's zone (for now the machine's own), short enough for a narrow column,
 * with the month as a word so no desk misreads it ("4 Jan, 11:58" or "Jan 4, 11:58", never "1/4").
 */
const lastChange = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
/** The full time, with the year, on hover. */
const fullTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' })

/** Where a row sits in the virtual list: its index (0-based) and the measuring ref. */
interface RowPlace {
  index: number
  ref: Ref<HTMLTableRowElement>
}

/** One story in the list; the headline opens it. `assignee` is the assigned person's name, if any. */
export function StoryRow({ story, assignee, onOpen, index, ref }: RowPlace & { story: Story; assignee: string; onOpen: (storyId: string) => void }) {
  return (
    <tr ref={ref} data-index={index} aria-rowindex={index + 2}>
      <td className="story-headline" dir="auto">
        <a href={`#story/${story.id}`} title={story.headline} onClick={(event) => (event.preventDefault(), onOpen(story.id))}>
          {story.headline || <em className="muted">Untitled story</em>}
        </a>
        {story.snippet && <Snippet text={story.snippet} />}
      </td>
      <td dir="auto" title={story.byline}>
        {story.byline}
      </td>
      <td className="story-slug" dir="auto" title={story.slug}>
        {story.slug}
      </td>
      <td dir="auto">{story.section}</td>
      <td className="story-state">
        <span className={`state-badge state-${story.state}`}>{story.state}</span>
      </td>
      <td dir="auto">{assignee}</td>
      <td className="number">
        {story.wordCount}
        {story.wordTarget ? <span className="muted"> / {story.wordTarget}</span> : null}
      </td>
      <td className={story.deadlineAt && Date.parse(story.deadlineAt) < Date.now() ? 'overdue' : undefined}>
        {story.deadlineAt ? <time dateTime={story.deadlineAt} title={fullTime.format(new Date(story.deadlineAt))}>{lastChange.format(new Date(story.deadlineAt))}</time> : null}
      </td>
      <td className="number">{story.openComments > 0 ? story.openComments : ''}</td>
      <td>
        <time dateTime={story.updatedAt} title={fullTime.format(new Date(story.updatedAt))}>{lastChange.format(new Date(story.updatedAt))}</time>
      </td>
    </tr>
  )
}

/** A row whose page is still on its way: the right height, nothing to read yet. */
export function StoryRowPending({ columns, index, ref }: RowPlace & { columns: number }) {
  return (
    <tr ref={ref} data-index={index} aria-rowindex={index + 2} aria-busy="true" className="pending">
      <td colSpan={columns}>
        <span className="muted">Loading…</span>
      </td>
    </tr>
  )
}
