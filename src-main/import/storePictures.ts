import { ServiceError } from '../app/serviceError'
import type { PictureService } from '../pictures/pictureService'
import type { ImportedStory } from './importedStory'
import type { ImportNotes } from './importNotes'
import type { SourcePicture } from './sourceBlock'

/**
 * Adds the pictures the file carried (Word images, `data:` URIs) to the picture library, before
 * the story is written: the library stores each file once by content, so adding one twice is
 * harmless. A picture the library refuses (an EMF drawing, an SVG, one over the size limit) is
 * left out of the story and the report says why. Returns each stored picture's library id.
 */
export async function storePictures(pictures: PictureService, imported: ImportedStory, notes: ImportNotes): Promise<Map<SourcePicture, string>> {
  const carried = [imported.shape.lead?.picture, ...imported.shape.body.map((block) => block.picture)].filter(
    (picture): picture is SourcePicture & { bytes: Uint8Array } => Boolean(picture?.bytes),
  )
  const ids = new Map<SourcePicture, string>()
  for (const picture of new Set(carried)) {
    try {
      const added = await pictures.add({ name: picture.name.slice(0, 255), bytes: picture.bytes })
      ids.set(picture, added.id)
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error
      notes.look(picture === imported.shape.lead?.picture ? 'lead' : 'body', `A picture (“${picture.name}”) was left out: ${error.message}`)
    }
  }
  return ids
}
