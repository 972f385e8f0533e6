import { imageSize } from 'image-size'
import type { PictureType } from '../../src-shared/domain/picture'
import { ServiceError } from '../app/serviceError'

const ACCEPTED: Record<string, PictureType> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
}

/** What the bytes are: the accepted type and the pixel size. */
export interface SniffedPicture {
  mime: PictureType
  width: number
  height: number
}

/**
 * Detects the picture type from the bytes (their signatures, via image-size), never from the
 * file name: a text file named `photo.jpg` is refused. SVG is refused too (it can carry script).
 * @throws ServiceError `invalid_input` naming the file and what it is.
 */
export function sniffPicture(bytes: Uint8Array, name: string): SniffedPicture {
  let found: { type?: string | undefined; width?: number | undefined; height?: number | undefined }
  try {
    found = imageSize(bytes)
  } catch {
    found = {}
  }
  const mime = found.type ? ACCEPTED[found.type] : undefined
  if (!mime) {
    const what = found.type ? `a ${found.type.toUpperCase()} file` : 'not a picture'
    throw new ServiceError('invalid_input', `“${name || 'This file'}” is ${what}. Newsdesk accepts JPEG, PNG, WebP, GIF and AVIF pictures.`)
  }
  if (!found.width || !found.height) throw new ServiceError('invalid_input', `“${name || 'This file'}” is a damaged picture: its size cannot be read.`)
  return { mime, width: found.width, height: found.height }
}
