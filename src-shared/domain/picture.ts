import { z } from 'zod'
import { Instant, RowId } from './story'

/** The picture types Newsdesk accepts, by MIME type, detected from the bytes (never the name). */
export const PICTURE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'] as const
export const PictureType = z.enum(PICTURE_TYPES)
export type PictureType = z.infer<typeof PictureType>

/** The default size limit of one picture, in bytes (50 MiB); the `pictures.maxBytes` setting changes it. */
export const DEFAULT_MAX_PICTURE_BYTES = 50 * 1024 * 1024

/** A file to add to the picture library: its name as the person had it, and its bytes. */
export const PictureUpload = z.object({
  name: z.string().max(255).default(''),
  bytes: z.instanceof(Uint8Array, { message: 'must be the file’s bytes' }),
})

/** Where a picture appears: as a story's lead picture, or as a figure in its body. */
export const PictureUse = z.object({ storyId: RowId, headline: z.string(), kind: z.enum(['lead', 'body']) })
export type PictureUse = z.infer<typeof PictureUse>

/**
 * A picture in the library. `description`, `credit` and `copyright` are the picture's lasting
 * metadata (prefilled from its IPTC/XMP/EXIF); the caption of each use lives on the story.
 * `takenAt` is set only when the file says when, with its offset; never guessed.
 */
export const Picture = z.object({
  id: RowId,
  sha256: z.string().length(64),
  mime: PictureType,
  bytes: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  name: z.string(),
  description: z.string(),
  credit: z.string(),
  copyright: z.string(),
  takenAt: Instant.nullable(),
  createdAt: Instant,
  uses: z.array(PictureUse),
})
export type Picture = z.infer<typeof Picture>

/** A story's lead (featured) picture with the caption, alt text and credit of this use. */
export const LeadPicture = z.object({
  pictureId: RowId,
  caption: z.string().trim().max(1000),
  alt: z.string().trim().max(1000),
  credit: z.string().trim().max(200),
})
export type LeadPicture = z.infer<typeof LeadPicture>

/** The URL a picture is served at, relative to the app page (Electron's newsdesk:// protocol, the test host's route). */
export function pictureUrl(pictureId: string): string {
  return `media/${pictureId}`
}
