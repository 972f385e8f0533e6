import { ImagePlus } from 'lucide-react'
import { useState } from 'react'
import { pictureUrl, type LeadPicture } from '../../../src-shared/domain/picture'
import { addPictureFile } from '../pictures/addPictureFile'
import { TextField } from './TextField'

/** The story's lead picture with the caption, alt text and credit of this use; missing alt text is flagged. */
export function LeadPictureEditor({ lead, onChange, onBlur }: { lead: LeadPicture | null; onChange: (lead: LeadPicture | null) => void; onBlur: () => void }) {
  const [error, setError] = useState('')

  async function pick(files: FileList | null) {
    const file = files?.[0]
    if (!file) return
    const result = await addPictureFile(file)
    if (!result.ok) return setError(result.error.message)
    setError('')
    // The picture's lasting description and credit start this use's caption and credit.
    onChange({ pictureId: result.value.id, caption: result.value.description, alt: '', credit: result.value.credit })
  }

  return (
    <section className="side-section" aria-labelledby="lead-title">
      <h2 id="lead-title">Lead picture</h2>
      {lead ? (
        <>
          <img className="lead-preview" src={pictureUrl(lead.pictureId)} alt={lead.alt} />
          <TextField label="Caption" multiline value={lead.caption} onChange={(caption) => onChange({ ...lead, caption })} onBlur={onBlur} />
          <TextField label="Alt text" multiline value={lead.alt} onChange={(alt) => onChange({ ...lead, alt })} onBlur={onBlur} hint="What the picture shows, for readers who cannot see it." />
          {!lead.alt.trim() && (
            <p className="field-warning" role="status">
              The lead picture has no alt text.
            </p>
          )}
          <TextField label="Picture credit" value={lead.credit} onChange={(credit) => onChange({ ...lead, credit })} onBlur={onBlur} />
          <button type="button" className="link-button danger" onClick={() => onChange(null)}>
            Remove lead picture
          </button>
        </>
      ) : (
        <label className="button file-button">
          <ImagePlus size={16} aria-hidden="true" /> Add lead picture
          <input type="file" aria-label="Lead picture file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" onChange={(event) => void pick(event.target.files)} />
        </label>
      )}
      {error && (
        <p className="error-banner" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
