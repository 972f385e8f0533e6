import type { Selectable } from 'kysely'
import { PictureType, type Picture, type PictureUse } from '../../src-shared/domain/picture'
import type { PicturesTable } from '../db/schema'
import type { Store } from '../db/store'

/** Where each of `pictureIds` is used, by picture id (live stories only). */
export function usesOf(store: Store, pictureIds: string[]): Map<string, PictureUse[]> {
  const uses = new Map<string, PictureUse[]>()
  if (pictureIds.length === 0) return uses
  const rows = store.all(
    store.query
      .selectFrom('picture_uses')
      .innerJoin('stories', 'stories.id', 'picture_uses.story_id')
      .select(['picture_uses.picture_id', 'picture_uses.story_id', 'picture_uses.kind', 'stories.headline'])
      .where('picture_uses.picture_id', 'in', pictureIds)
      .where('stories.deleted_at', 'is', null)
      .orderBy('stories.updated_at', 'desc'),
  )
  for (const row of rows) {
    const list = uses.get(row.picture_id) ?? []
    list.push({ storyId: row.story_id, headline: row.headline, kind: row.kind })
    uses.set(row.picture_id, list)
  }
  return uses
}

/** Maps a `pictures` row to the domain `Picture`. */
export function toPicture(row: Selectable<PicturesTable>, uses: Map<string, PictureUse[]>): Picture {
  return {
    id: row.id,
    sha256: row.sha256,
    mime: PictureType.parse(row.mime),
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    name: row.original_name,
    description: row.description,
    credit: row.credit,
    copyright: row.copyright,
    takenAt: row.taken_at,
    createdAt: row.created_at,
    uses: uses.get(row.id) ?? [],
  }
}
