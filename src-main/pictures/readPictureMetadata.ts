import exifr from 'exifr'

/** What a picture says about itself, as text; empty strings where it says nothing. */
export interface PictureMetadata {
  description: string
  credit: string
  copyright: string
  /** ISO 8601 UTC, only when the file gives the time with its offset. */
  takenAt: string | null
}

type Tags = Record<string, unknown>

/**
 * Reads IPTC, XMP and EXIF with exifr and picks, in order of preference
 * (IPTC Photo Metadata Standard 2023.2, whose Core properties XMP carries):
 * - description: XMP dc:description (IPTC "Description"), IPTC IIM Caption-Abstract, EXIF ImageDescription;
 * - credit: XMP photoshop:Credit (IPTC "Credit Line"), IPTC IIM Credit, dc:creator / By-line, EXIF Artist;
 * - copyright: XMP dc:rights, IPTC IIM CopyrightNotice, EXIF Copyright;
 * - taken: XMP photoshop:DateCreated, or EXIF DateTimeOriginal with OffsetTimeOriginal; a time
 *   without an offset is left out rather than guessed.
 * A file whose metadata cannot be parsed simply has none.
 */
export async function readPictureMetadata(bytes: Uint8Array): Promise<PictureMetadata> {
  let tags: Tags = {}
  try {
    tags = ((await exifr.parse(Buffer.from(bytes), { tiff: true, exif: true, xmp: true, iptc: true, mergeOutput: true, reviveValues: false })) ?? {}) as Tags
  } catch {
    tags = {}
  }
  return {
    description: first(tags, 'description', 'Caption', 'Caption-Abstract', 'ImageDescription'),
    credit: first(tags, 'Credit', 'creator', 'Byline', 'By-line', 'Artist'),
    copyright: first(tags, 'rights', 'CopyrightNotice', 'Copyright'),
    takenAt: takenAt(tags),
  }
}

function first(tags: Tags, ...keys: string[]): string {
  for (const key of keys) {
    const text = textOf(tags[key])
    if (text) return text
  }
  return ''
}

/** XMP alternatives arrive as `{ lang, value }`, sequences as arrays, IPTC as strings. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ')
  if (value && typeof value === 'object' && 'value' in value) return textOf((value as { value: unknown }).value)
  return ''
}

function takenAt(tags: Tags): string | null {
  const xmp = textOf(tags['DateCreated'])
  if (/T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(xmp)) return new Date(xmp).toISOString()
  const exif = textOf(tags['DateTimeOriginal'])
  const offset = textOf(tags['OffsetTimeOriginal'])
  const match = /^(\d{4}):(\d\d):(\d\d) (\d\d:\d\d:\d\d)$/.exec(exif)
  if (!match || !/^[+-]\d\d:\d\d$/.test(offset)) return null
  return new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}${offset}`).toISOString()
}
