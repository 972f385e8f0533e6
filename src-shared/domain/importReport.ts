import { z } from 'zod'
import { PictureUpload } from './picture'
import { RowId, TimeZone } from './story'
import { StoryDetail } from './storyDraft'

/** The largest file Newsdesk imports, in bytes (50 MiB: a Word file with its pictures). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/**
 * What an imported file was read as: a web page copied as plain text, a saved web page (HTML),
 * a Word document (.docx) or an IPTC ninjs 2.x wire item (JSON).
 */
export const IMPORT_FORMATS = ['text', 'html', 'docx', 'ninjs'] as const
export const ImportFormat = z.enum(IMPORT_FORMATS)
export type ImportFormat = z.infer<typeof ImportFormat>

/** The story fields an import can fill, as the report names them. */
export const IMPORT_FIELDS = ['headline', 'standfirst', 'section', 'tags', 'language', 'slug', 'dateline', 'published', 'byline', 'credit', 'lead', 'body'] as const
export const ImportField = z.enum(IMPORT_FIELDS)
export type ImportField = z.infer<typeof ImportField>

/** A field the import filled: its value as stored, and the source text it came from when that differs ("June 1, 2024 01:23 PM"). */
export const RecognisedItem = z.object({ field: ImportField, value: z.string(), source: z.string() })
export type RecognisedItem = z.infer<typeof RecognisedItem>

/** Source text left out of the story, and why ("share buttons", "“Most Read” list"). */
export const DroppedItem = z.object({ text: z.string(), reason: z.string() })
export type DroppedItem = z.infer<typeof DroppedItem>

/** Something a person should check or finish: a guess, a missing field, a picture not in the file. */
export const LookItem = z.object({ field: ImportField.nullable(), message: z.string() })
export type LookItem = z.infer<typeof LookItem>

/**
 * A picture the source shows but whose file was not in the import (a copied page, a remote
 * `<img>`, a ninjs association): what it said about it, so a person can find and add it.
 * `href` is the picture's address when the source gave one (never fetched: Newsdesk works offline).
 * `attached` turns true once a file was added as the story's lead picture from the report.
 */
export const PictureReference = z.object({
  role: z.enum(['lead', 'body']),
  caption: z.string(),
  alt: z.string(),
  credit: z.string(),
  href: z.string().nullable(),
  attached: z.boolean(),
})
export type PictureReference = z.infer<typeof PictureReference>

/** What an import did with its file, for the person who opens the new draft. */
export const ImportReport = z.object({
  storyId: RowId,
  source: z.object({ name: z.string(), format: ImportFormat }),
  /** The zone times without one were read in (IANA). */
  zone: z.string(),
  recognised: z.array(RecognisedItem),
  dropped: z.array(DroppedItem),
  needsLook: z.array(LookItem),
  pictures: z.array(PictureReference),
})
export type ImportReport = z.infer<typeof ImportReport>

/** The answer of an import: the new draft, and its report. */
export const ImportResult = z.object({ story: StoryDetail, report: ImportReport })
export type ImportResult = z.infer<typeof ImportResult>

/**
 * A file to import: its name as the person had it (the extension is a hint, the bytes decide),
 * its bytes, and the zone to read times in that name none (default: the desk's zone).
 */
export const ImportFile = z.object({
  name: z.string().max(255),
  bytes: z.instanceof(Uint8Array, { message: 'must be the file’s bytes' }),
  zone: TimeZone.optional(),
})

/** A file to make the imported story's lead picture, with the caption the source gave it. */
export const ImportLeadPicture = z.object({ storyId: RowId, picture: PictureUpload.strict() })
