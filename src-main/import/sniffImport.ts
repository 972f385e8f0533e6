import { MAX_IMPORT_BYTES, type ImportFormat } from '../../src-shared/domain/importReport'
import { ServiceError } from '../app/serviceError'

/** A file identified for import: its format, and its text when it is a text format (decoded, BOM removed). */
export type SniffedImport = { format: 'docx'; bytes: Uint8Array } | { format: Exclude<ImportFormat, 'docx'>; text: string; encoding: string }

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]
const PICTURES: [number[], string][] = [
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x52, 0x49, 0x46, 0x46], 'RIFF (WebP or a sound)'],
]
// Control characters other than tab, line feed, form feed and carriage return: text does not have them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g
/** Share of control characters above which a file is binary, not text… */
const BINARY_SHARE = 0.01
/** …once there are more than this many: a stray BEL or ESC in a short note does not make it binary. */
const BINARY_MIN_CONTROLS = 3
/** Extensions that name a text format outright, before any sniffing of the content. */
const FORMAT_BY_EXTENSION: Record<string, Exclude<ImportFormat, 'docx'>> = { txt: 'text', text: 'text', md: 'text', html: 'html', htm: 'html', xhtml: 'html', json: 'ninjs' }

/**
 * Decides what a file is: binary formats by their bytes; among text, the extension first
 * (.txt/.md text, .html/.htm HTML, .json ninjs), else by content: a JSON object is ninjs, markup
 * is HTML, other text is a copied page. Stray control characters (up to 3, or 1% of a longer
 * text) are dropped from the text; more make the file binary.
 * Text is UTF-8 (a UTF-8 or UTF-16 BOM is honoured); text that is not valid UTF-8 but has no
 * control characters is read as Windows-1252, the usual legacy encoding of saved pages.
 * @throws ServiceError `invalid_input` for an empty or oversized file, binary data, a PDF,
 * a picture, a Word 97–2003 `.doc`, or a `.docx` that is not a zip.
 */
export function sniffImport(name: string, bytes: Uint8Array): SniffedImport {
  const label = name || 'The file'
  const refuse = (why: string) => new ServiceError('invalid_input', `“${label}” ${why}`)
  if (bytes.length === 0) throw refuse('is empty.')
  if (bytes.length > MAX_IMPORT_BYTES) throw refuse(`is ${Math.round(bytes.length / 1048576)} MB; an import may be at most ${MAX_IMPORT_BYTES / 1048576} MB.`)
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  if (startsWith(bytes, ZIP)) return { format: 'docx', bytes }
  if (extension === 'docx') throw refuse('is not a Word document: a .docx file is a zip archive, and this one is not.')
  if (startsWith(bytes, OLE)) throw refuse('is a Word 97–2003 document (.doc), which cannot be read: open it in Word and save it as .docx.')
  if (startsWith(bytes, PDF)) throw refuse('is a PDF, which cannot be imported: copy its text into a file, or save it as .docx.')
  const picture = PICTURES.find(([magic]) => startsWith(bytes, magic))
  if (picture) throw refuse(`is a picture (${picture[1]}), not a story: add it in Pictures or to a story.`)

  const decoded = decode(bytes)
  if (!decoded) throw refuse('is not text, HTML, a Word document or a ninjs item: it looks like binary data.')
  const text = decoded.text.trim()
  if (!text) throw refuse('has no text in it.')
  // The extension is the person's word for what the file is: a .txt note may start with "{Editor's note}".
  const format = FORMAT_BY_EXTENSION[extension] ?? (looksLikeJson(text) ? 'ninjs' : isHtml(text) ? 'html' : 'text')
  return { format, text: decoded.text.replace(CONTROL, ''), encoding: decoded.encoding }
}

function decode(bytes: Uint8Array): { text: string; encoding: string } | null {
  const attempt = (encoding: string, start: number): string | null => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start))
    } catch {
      return null
    }
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? ['utf-8', 3] : startsWith(bytes, [0xff, 0xfe]) ? ['utf-16le', 2] : startsWith(bytes, [0xfe, 0xff]) ? ['utf-16be', 2] : null
  const [encoding, start] = (bom ?? ['utf-8', 0]) as [string, number]
  let text = attempt(encoding, start)
  let used = encoding
  if (text === null && !bom) {
    text = windows1252(bytes)
    used = 'windows-1252'
  }
  if (text === null) return null
  const controls = text.match(CONTROL)?.length ?? 0
  const binary = text.includes('\u0000') || (controls > BINARY_MIN_CONTROLS && controls / text.length > BINARY_SHARE)
  return binary ? null : { text, encoding: used }
}

// Windows-1252's 0x80–0x9F (curly quotes, dashes, €…), which Node's TextDecoder reads as C1 controls. Undefined bytes stay U+FFFD.
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ'

/** Decodes Windows-1252 (the WHATWG mapping): Latin-1, except 0x80–0x9F. */
function windows1252(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
  return text
}

function isHtml(text: string): boolean {
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<\?xml[^>]*>\s*<html)/i.test(text.trimStart().slice(0, 200)) || (/^</.test(text.trimStart()) && /<\/(?:p|div|article|body)>/i.test(text))
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte)
}

/** A JSON object, not just text that opens with a brace ("{Corrected} The mayor said…"). */
function looksLikeJson(text: string): boolean {
  if (!text.startsWith('{')) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
