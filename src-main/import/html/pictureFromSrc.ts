import { PICTURE_TYPES } from '../../../src-shared/domain/picture'
import type { SourcePicture } from '../sourceBlock'

const DATA_URI = /^data:(?<type>image\/[\w.+-]+)(?:;[\w-]+=[^;,]*)*;base64,(?<data>[A-Za-z0-9+/=\s]+)$/u

/**
 * The picture an `<img src>` names: a `data:` URI of a picture type carries its bytes (stored
 * in the library on import); an http(s) address, or a relative one made absolute with the
 * page's address, is a reference a person must fetch (Newsdesk does not go to the network).
 * Anything else (`javascript:`, `file:`, a `data:` URI that is not a picture) is left out: null.
 */
export function pictureFromSrc(src: string, name: string, baseUrl = ''): SourcePicture | null {
  const value = src.trim()
  if (!value) return null
  const data = DATA_URI.exec(value)
  if (data?.groups) {
    if (!(PICTURE_TYPES as readonly string[]).includes(data.groups['type']!)) return null
    const bytes = new Uint8Array(Buffer.from(data.groups['data']!.replace(/\s+/g, ''), 'base64'))
    return { name: `${name || 'picture'}.${data.groups['type']!.split('/')[1]}`, bytes, href: null, alt: '', caption: '', credit: '' }
  }
  if (/^data:/i.test(value)) return null
  let href: string | null = null
  try {
    const url = new URL(value, baseUrl || undefined)
    href = /^https?:$/.test(url.protocol) ? url.href : null
  } catch {
    href = null
  }
  if (!href && /^[a-z][a-z0-9+.-]*:/i.test(value)) return null
  return { name: name || 'picture', bytes: null, href, alt: '', caption: '', credit: '' }
}
