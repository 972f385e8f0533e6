import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { StorySort } from '../../../src-shared/domain/story'
import { usePeople } from '../people/usePeople'
import { StoryRow, StoryRowPending } from './StoryRow'
import { SortHeader, type Column } from './SortHeader'
import type { StoriesState } from './useStories'

// Widths are fixed so columns do not jump as rows scroll in and out of the page.
const COLUMNS: Column[] = [
  { label: 'Headline', sort: 'headline', width: '27%' },
  { label: 'Byline', sort: 'byline', width: '10%' },
  { label: 'Slug', sort: 'slug', width: '10%' },
  { label: 'Section', sort: 'section', width: '7%' },
  { label: 'State', sort: 'state', width: '10%' },
  { label: 'Assignee', width: '8%' },
  { label: 'Words', sort: 'words', width: '6%' },
  { label: 'Deadline', sort: 'deadline', width: '9%' },
  { label: '', title: 'Open comments', icon: true, width: '3%' },
  { label: 'Last change', sort: 'updated', width: '10%' },
]

/** A row's height before it is measured, in CSS pixels: one line (cells do not wrap), no snippet. */
const ROW_ESTIMATE = 37

/**
 * A list of stories as the desk reads it, virtualised: only the rows near the screen are in
 * the page (TanStack Virtual), measured as they render, with spacer rows keeping the scroll
 * height of all `total` rows. The view's scroll container (`.shell-main`) scrolls it, so the
 * header and filters scroll away as in a mail client. Column headers sort (again reverses);
 * `sort` undefined means the list's own order (e.g. best match first while searching).
 */
export function StoryTable(props: { list: StoriesState; onOpen: (storyId: string) => void; label: string; sort?: StorySort | undefined; onSort?: (sort: StorySort) => void }) {
  const { list } = props
  const body = useRef<HTMLTableSectionElement>(null)
  const [scroller, setScroller] = useState<HTMLElement | null>(null)
  const [bodyTop, setBodyTop] = useState(0)
  const people = usePeople({ includeInactive: true })
  const names = useMemo(() => new Map(people.map((person) => [person.id, person.name])), [people])

  useLayoutEffect(() => {
    const element = body.current?.closest<HTMLElement>('.shell-main') ?? null
    setScroller(element)
    if (element && body.current) setBodyTop(body.current.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop)
  }, [])

  const virtualizer = useVirtualizer({
    count: list.total,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
    scrollMargin: bodyTop,
  })
  const rows = virtualizer.getVirtualItems()
  const first = rows[0]?.index ?? 0
  const last = rows.at(-1)?.index ?? 0
  const { total, showRows } = list
  useEffect(() => {
    if (total > 0) showRows(first, last)
  }, [total, showRows, first, last])

  const above = rows.length > 0 ? rows[0]!.start - bodyTop : 0
  const below = rows.length > 0 ? virtualizer.getTotalSize() - (rows.at(-1)!.end - bodyTop) : 0
  return (
    <table className="story-table story-list" aria-label={props.label} aria-rowcount={list.total + 1}>
      <colgroup>
        {COLUMNS.map((column) => (
          <col key={column.title ?? column.label} style={{ width: column.width }} />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          {COLUMNS.map((column) => (
            <SortHeader key={column.title ?? column.label} column={column} sort={props.sort} onSort={props.onSort} />
          ))}
        </tr>
      </thead>
      <tbody ref={body}>
        {above > 0 && <tr className="spacer" aria-hidden="true" style={{ height: above }} />}
        {rows.map((row) => {
          const story = list.storyAt(row.index)
          const common = { key: row.key, index: row.index, ref: virtualizer.measureElement }
          return story ? <StoryRow {...common} story={story} assignee={story.assigneeId ? (names.get(story.assigneeId) ?? '') : ''} onOpen={props.onOpen} /> : <StoryRowPending {...common} columns={COLUMNS.length} />
        })}
        {below > 0 && <tr className="spacer" aria-hidden="true" style={{ height: below }} />}
      </tbody>
    </table>
  )
}
