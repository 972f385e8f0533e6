import { ChevronDown, ChevronRight, FileCheck2, ImagePlus, X } from 'lucide-react'
import { useId, useState, type ReactNode } from 'react'
import type { DroppedItem, ImportField, ImportFormat, ImportReport, PictureReference } from '../../../src-shared/domain/importReport'

const FIELD_LABELS: Record<ImportField, string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  section: 'Section',
  tags: 'Tags',
  language: 'Language',
  slug: 'Slug',
  dateline: 'Dateline',
  published: 'Published',
  byline: 'Byline',
  credit: 'Credit',
  lead: 'Lead picture',
  body: 'Body',
}
const FORMAT_LABELS: Record<ImportFormat, string> = { text: 'web page as text', html: 'saved web page', docx: 'Word document', ninjs: 'ninjs wire item' }

/**
 * What the import did with the file: the fields it recognised (and from which text), what it
 * dropped as clutter (and why), what needs a person's look, and pictures the file did not carry
 * (the lead picture can be added here, keeping the caption the source gave it).
 */
export function ImportReportPanel({ report, onAttachLead, onDismiss }: { report: ImportReport; onAttachLead: (file: File) => Promise<string>; onDismiss: () => void }) {
  const [open, setOpen] = useState(true)
  const [error, setError] = useState('')
  const titleId = useId()
  const waitingLead = report.pictures.find((picture) => picture.role === 'lead' && !picture.attached)
  const lookCount = report.needsLook.length + report.pictures.filter((picture) => !picture.attached).length

  async function attach(files: FileList | null) {
    const file = files?.[0]
    if (file) setError(await onAttachLead(file))
  }

  return (
    <section className="import-report" aria-labelledby={titleId} data-testid="import-report">
      <header className="import-report-bar">
        <button type="button" className="import-report-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? <ChevronDown size={16} aria-hidden="true" /> : <ChevronRight size={16} aria-hidden="true" />}
          <FileCheck2 size={16} aria-hidden="true" />
          <span id={titleId}>
            Imported from <strong>{report.source.name}</strong> <span className="muted">({FORMAT_LABELS[report.source.format]})</span>
          </span>
        </button>
        <span className="import-report-counts" data-testid="import-counts">
          {report.recognised.length} recognised · {report.dropped.length} dropped as clutter · {lookCount} to look at
        </span>
        {waitingLead && (
          <label className="button file-button">
            <ImagePlus size={16} aria-hidden="true" /> Add lead picture…
            <input type="file" aria-label="Lead picture for the import" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" onChange={(event) => void attach(event.target.files)} />
          </label>
        )}
        <button type="button" className="button icon-only" aria-label="Close the import report" title="Close the import report" onClick={onDismiss}>
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {error && (
        <p className="error-banner" role="alert">
          {error}
        </p>
      )}
      {open && (
        <div className="import-report-body">
          <ReportList title="Recognised" testId="import-recognised" empty="Nothing was recognised.">
            {report.recognised.map((item, index) => (
              <li key={index}>
                <span className="import-field">{FIELD_LABELS[item.field]}</span>
                <span className="import-value" dir="auto">{item.value}</span>
                {item.source && <span className="import-source muted" dir="auto">from “{item.source}”</span>}
              </li>
            ))}
            {report.pictures.filter((picture) => picture.attached).map((picture, index) => (
              <PictureItem key={`picture-${index}`} picture={picture} />
            ))}
          </ReportList>
          <ReportList title="Needs a look" testId="import-needs-look" empty="Nothing: every field was found.">
            {report.needsLook.map((item, index) => (
              <li key={index}>
                {item.field && <span className="import-field">{FIELD_LABELS[item.field]}</span>}
                <span dir="auto">{item.message}</span>
              </li>
            ))}
            {report.pictures.filter((picture) => !picture.attached).map((picture, index) => (
              <PictureItem key={`picture-${index}`} picture={picture} />
            ))}
          </ReportList>
          <ReportList title="Dropped as clutter" testId="import-dropped" empty="Nothing was dropped." count={report.dropped.length}>
            {groupByReason(report.dropped).map((group, index) => (
              <li key={index} title={group.texts.join('\n')}>
                <span className="import-reason">
                  {group.reason}
                  {group.texts.length > 1 && <span className="muted"> ({group.texts.length})</span>}
                </span>
                <span className="import-dropped-text" dir="auto">
                  {group.texts.join(' · ')}
                </span>
              </li>
            ))}
          </ReportList>
        </div>
      )}
    </section>
  )
}

/** Consecutive lines dropped for the same reason (a menu, a "Most Read" list) shown as one entry. */
function groupByReason(dropped: DroppedItem[]): { reason: string; texts: string[] }[] {
  const groups: { reason: string; texts: string[] }[] = []
  for (const item of dropped) {
    const last = groups.at(-1)
    if (last?.reason === item.reason) last.texts.push(item.text)
    else groups.push({ reason: item.reason, texts: [item.text] })
  }
  return groups
}

function ReportList({ title, testId, empty, count, children }: { title: string; testId: string; empty: string; count?: number; children: ReactNode[] }) {
  const headingId = useId()
  const items = children.flat().filter(Boolean)
  return (
    <section className="import-report-list" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId}>
        {title} <span className="muted">{count ?? items.length}</span>
      </h3>
      {items.length > 0 ? <ul>{items}</ul> : <p className="muted">{empty}</p>}
    </section>
  )
}

function PictureItem({ picture }: { picture: PictureReference }) {
  const what = picture.role === 'lead' ? 'Lead picture' : 'Picture'
  return (
    <li>
      <span className="import-field">{what}</span>
      <span dir="auto">
        {picture.attached ? 'added: ' : 'not in the file: '}
        {picture.caption ? `“${picture.caption}”` : 'no caption'}
        {picture.credit ? ` (${picture.credit})` : ''}
      </span>
      {picture.href && (
        <a className="import-source" href={picture.href} target="_blank" rel="noopener noreferrer">
          {picture.href}
        </a>
      )}
    </li>
  )
}
