import { MessageSquare } from 'lucide-react'
import type { StorySort } from '../../../src-shared/domain/story'

/** A column of the story table; `sort` names the list order it stands for, if it can sort. */
export interface Column {
  label: string
  sort?: StorySort['column']
  /** Its share of the table's width (CSS length). */
  width: string
  /** The name shown on hover and read by screen readers when the header is an icon. */
  title?: string
  /** Shows the comment icon instead of a label (a narrow column of counts). */
  icon?: boolean
}

/** A column header: a button that sorts by the column (ascending first, again to reverse) when the list can sort. */
export function SortHeader({ column, sort, onSort }: { column: Column; sort?: StorySort | undefined; onSort?: ((sort: StorySort) => void) | undefined }) {
  const active = column.sort !== undefined && sort?.column === column.sort
  const ascending = active && sort!.direction === 'asc'
  return (
    <th scope="col" title={column.title} aria-label={column.title} aria-sort={active ? (ascending ? 'ascending' : 'descending') : undefined}>
      {column.sort && onSort ? (
        <button type="button" className="sort-button" onClick={() => onSort({ column: column.sort!, direction: ascending ? 'desc' : 'asc' })}>
          {column.label}
          {active ? (ascending ? ' ↑' : ' ↓') : ''}
        </button>
      ) : column.icon ? (
        <MessageSquare size={14} aria-hidden="true" />
      ) : (
        column.label
      )}
    </th>
  )
}
