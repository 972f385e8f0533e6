import { ImagePlus, Search } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import { pictureUrl, type Picture } from '../../../src-shared/domain/picture'
import { newsdesk } from '../../api/newsdesk'
import { addPictureFile } from './addPictureFile'

/** The picture library: thumbnails, search by description/credit, where each picture is used, and adding files. */
export function PicturesView({ onOpen }: { onOpen: (storyId: string) => void }) {
  const [query, setQuery] = useState('')
  const [pictures, setPictures] = useState<Picture[]>([])
  const [errors, setErrors] = useState<string[]>([])

  const load = useCallback(async () => {
    const result = await newsdesk!.pictures.list({ query })
    if (result.ok) setPictures(result.value)
  }, [query])

  useEffect(() => {
    void load()
  }, [load])

  async function add(files: FileList | null) {
    const failures: string[] = []
    for (const file of files ?? []) {
      const result = await addPictureFile(file)
      if (!result.ok) failures.push(result.error.message)
    }
    setErrors(failures)
    await load()
  }

  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Pictures</h1>
        <span className="view-count">{pictures.length === 1 ? '1 picture' : `${pictures.length} pictures`}</span>
        <label className="button primary file-button">
          <ImagePlus size={16} aria-hidden="true" /> Add pictures
          <input type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" multiple onChange={(event) => void add(event.target.files)} />
        </label>
      </header>
      <div className="toolbar-row">
        <label className="search">
          <Search size={16} aria-hidden="true" />
          <input type="search" aria-label="Search pictures" placeholder="Description, credit or file name" value={query} onChange={(event) => setQuery(event.target.value)} />
        </label>
      </div>
      {errors.map((error) => (
        <p key={error} className="error-banner" role="alert">
          {error}
        </p>
      ))}
      {pictures.length === 0 ? (
        <p className="empty-state">{query ? 'No picture matches.' : 'No pictures yet. Add them here or drop them into a story.'}</p>
      ) : (
        <ul className="picture-grid" aria-label="Pictures">
          {pictures.map((picture) => (
            <li key={picture.id} className="picture-card">
              <img src={pictureUrl(picture.id)} alt={picture.description || picture.name} loading="lazy" />
              <div className="picture-facts">
                <strong dir="auto">{picture.description || <span className="muted">No description</span>}</strong>
                {picture.credit && <span dir="auto">{picture.credit}</span>}
                <span className="muted">
                  {picture.width}×{picture.height} · {picture.mime.replace('image/', '').toUpperCase()} · {Math.ceil(picture.bytes / 1024)} KB
                </span>
                {picture.uses.length === 0 ? (
                  <span className="muted">Not used yet</span>
                ) : (
                  <ul className="picture-uses" aria-label="Used in">
                    {picture.uses.map((use) => (
                      <li key={`${use.storyId}-${use.kind}`}>
                        <a href={`#story/${use.storyId}`} onClick={(event) => (event.preventDefault(), onOpen(use.storyId))} dir="auto">
                          {use.headline || 'Untitled story'}
                        </a>{' '}
                        <span className="muted">({use.kind === 'lead' ? 'lead picture' : 'in the text'})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
