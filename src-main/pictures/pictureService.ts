import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Picture, PictureType } from '../../src-shared/domain/picture'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import { containsText } from '../db/containsText'
import type { Store } from '../db/store'
import { readPictureMetadata } from './readPictureMetadata'
import { sniffPicture } from './sniffPicture'
import { toPicture, usesOf } from './pictureRow'

export interface PictureServiceOptions {
  /** The folder files are stored in, named by their SHA-256 (`<data>/pictures`). */
  folder: string
  /** The largest file accepted, in bytes (read on every add, so the setting applies at once). */
  maxBytes: () => number
}

/** The picture library: add (content-addressed, deduplicated), list with search, and files for serving. */
export interface PictureService {
  /**
   * Adds a file: type from its bytes, size limit, stored once by SHA-256 (the same bytes again
   * return the existing picture), metadata prefilled from IPTC/XMP/EXIF.
   * @throws ServiceError `invalid_input` for an empty, oversized or non-picture file.
   */
  add(input: { name: string; bytes: Uint8Array }): Promise<Picture>
  /** Pictures newest first; `query` matches description, credit, copyright or file name. */
  list(input: { query: string; limit: number }): Picture[]
  /** @throws ServiceError `not_found`. */
  get(input: { id: string }): Picture
  /** Where a picture's bytes are, for the media protocol; undefined for an unknown id. */
  file(id: string): { path: string; mime: PictureType } | undefined
}

export function createPictureService(store: Store, context: ServiceContext, options: PictureServiceOptions): PictureService {
  const { query } = store

  function find(id: string): Picture | undefined {
    const row = store.first(query.selectFrom('pictures').selectAll().where('id', '=', id).where('deleted_at', 'is', null))
    return row ? toPicture(row, usesOf(store, [row.id])) : undefined
  }

  return {
    async add({ name, bytes }) {
      const label = name || 'This file'
      if (bytes.length === 0) throw new ServiceError('invalid_input', `“${label}” is empty.`)
      const max = options.maxBytes()
      if (bytes.length > max) {
        throw new ServiceError('invalid_input', `“${label}” is ${formatBytes(bytes.length)}; pictures may be at most ${formatBytes(max)}.`)
      }
      const sniffed = sniffPicture(bytes, name)
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const existing = store.first(query.selectFrom('pictures').select('id').where('sha256', '=', sha256).where('deleted_at', 'is', null))
      if (existing) return find(existing.id)!

      storeFile(options.folder, sha256, bytes)
      const metadata = await readPictureMetadata(bytes)
      const id = context.newId()
      const now = context.now().toISOString()
      const actor = context.actor()
      store.transaction(() => {
        // Another add of the same bytes may have finished while metadata was read.
        if (store.first(query.selectFrom('pictures').select('id').where('sha256', '=', sha256).where('deleted_at', 'is', null))) return
        store.run(
          query.insertInto('pictures').values({
            id,
            sha256,
            mime: sniffed.mime,
            bytes: bytes.length,
            width: sniffed.width,
            height: sniffed.height,
            original_name: name.slice(0, 255),
            description: metadata.description,
            credit: metadata.credit,
            copyright: metadata.copyright,
            taken_at: metadata.takenAt,
            created_at: now,
            created_by: actor,
            updated_at: now,
            updated_by: actor,
          }),
        )
      })
      const row = store.first(query.selectFrom('pictures').select('id').where('sha256', '=', sha256).where('deleted_at', 'is', null))
      return find(row!.id)!
    },

    list({ query: text, limit }) {
      let select = query.selectFrom('pictures').selectAll().where('deleted_at', 'is', null)
      const needle = text.trim()
      if (needle) select = select.where(containsText(['description', 'credit', 'copyright', 'original_name'], needle))
      const rows = store.all(select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit))
      const uses = usesOf(store, rows.map((row) => row.id))
      return rows.map((row) => toPicture(row, uses))
    },

    get({ id }) {
      const picture = find(id)
      if (!picture) throw new ServiceError('not_found', 'That picture is not in the library.')
      return picture
    },

    file(id) {
      const row = store.first(query.selectFrom('pictures').select(['sha256', 'mime']).where('id', '=', id).where('deleted_at', 'is', null))
      if (!row) return undefined
      return { path: join(options.folder, row.sha256), mime: row.mime as PictureType }
    },
  }
}

/** Writes the file once, atomically (temp file, then rename), so a crash never leaves half a picture under its hash. */
function storeFile(folder: string, sha256: string, bytes: Uint8Array): void {
  const target = join(folder, sha256)
  if (existsSync(target)) return
  mkdirSync(folder, { recursive: true })
  const temp = `${target}.${process.pid}.tmp`
  writeFileSync(temp, bytes)
  renameSync(temp, target)
}

/** A size for people: `812 bytes`, `1.4 KB`, `61.2 MB` (binary units, one decimal at most). */
function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB']
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`
}
