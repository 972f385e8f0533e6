import { FileInput } from 'lucide-react'
import { useId, useState } from 'react'
import { TIME_ZONES } from '../story/choices'
import { IMPORT_ACCEPT, importFile, importZone, rememberImportZone } from './importFile'
import './importReport.css'

/**
 * "Import…" on the Stories view: the zone for times the file gives without one, and the file
 * picker. Choosing a file imports it; the new draft opens with its report. A refused file says why.
 */
export function ImportForm({ onImported, onCancel }: { onImported: (storyId: string) => void; onCancel: () => void }) {
  const [zone, setZone] = useState(importZone)
  const [busy, setBusy] = useState('')
  const [error, setError] = useState('')
  const zoneId = useId()

  async function pick(files: FileList | null) {
    const file = files?.[0]
    if (!file || busy) return
    setBusy(file.name)
    setError('')
    const result = await importFile(file, zone)
    setBusy('')
    if (!result.ok) return setError(result.error.message)
    onImported(result.value.story.id)
  }

  return (
    <section className="import-form" aria-label="Import a story" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <p className="import-form-intro">A web page (copied as text, or saved as HTML), a Word document (.docx) or a ninjs wire item becomes a new draft with a report of what was recognised.</p>
      <div className="import-form-row">
        <label htmlFor={zoneId}>Times without a zone are in</label>
        <select id={zoneId} value={zone} onChange={(event) => (setZone(event.target.value), rememberImportZone(event.target.value))}>
          {(TIME_ZONES.includes(zone) ? TIME_ZONES : [zone, ...TIME_ZONES]).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label className={`button primary file-button${busy ? ' busy' : ''}`}>
          <FileInput size={16} aria-hidden="true" /> {busy ? `Importing ${busy}…` : 'Choose file…'}
          <input type="file" aria-label="File to import" accept={IMPORT_ACCEPT} disabled={Boolean(busy)} autoFocus onChange={(event) => void pick(event.target.files)} />
        </label>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p className="error-banner" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
