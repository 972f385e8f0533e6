import type { Result } from '../../../src-shared/contract/errors'
import type { Picture } from '../../../src-shared/domain/picture'
import { newsdesk } from '../../api/newsdesk'

/**
 * Sends a dropped, pasted or picked file's bytes to the picture library. The main process
 * decides what it is from the bytes; the file's path never leaves the browser sandbox.
 */
export async function addPictureFile(file: File): Promise<Result<Picture>> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  return newsdesk!.pictures.add({ name: file.name, bytes })
}
