// P4's baseline, run in the browser: a minimal React page that fetches one page of stories
// and renders it as one table, with the app's own stylesheet and row markup.
import { createElement as h, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'

interface ListRow {
  id: string
  headline: string
  byline: string
  slug: string
  section: string
  state: string
  wordCount: number
  updatedAt: string
}

function List() {
  const [rows, setRows] = useState<ListRow[]>([])
  useEffect(() => {
    void fetch('./rows.json')
      .then((response) => response.json() as Promise<ListRow[]>)
      .then(setRows)
  }, [])
  const cells = (row: ListRow) => [
    h('td', { key: 'h', className: 'story-headline' }, h('a', { href: `#story/${row.id}` }, row.headline)),
    h('td', { key: 'b' }, row.byline),
    h('td', { key: 'sl', className: 'story-slug' }, row.slug),
    h('td', { key: 'se' }, row.section),
    h('td', { key: 'st' }, row.state),
    h('td', { key: 'w', className: 'number' }, row.wordCount),
    h('td', { key: 'u' }, row.updatedAt),
  ]
  return h('table', { className: 'story-table story-list' }, h('tbody', null, rows.map((row) => h('tr', { key: row.id }, cells(row)))))
}

createRoot(document.getElementById('root')!).render(h(List))
