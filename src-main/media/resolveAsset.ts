import { extname, join, normalize, sep } from 'node:path'
import type { PictureService } from '../pictures/pictureService'

/** Content types of the files a built renderer has. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** What a request path of the app's page maps to: a file and its type, or a refusal. */
export type Asset = { status: 200; file: string; type: string } | { status: 400 | 403 | 404 }

/**
 * Maps a path of the app (`/index.html`, `/assets/…`, `/media/<picture id>`) to a file, for
 * Electron's `newsdesk://app` protocol and the test host alike. Renderer files come only from
 * `rendererDir` (no `..` escapes, also when percent-encoded); pictures only by library id,
 * served with their sniffed type. The renderer never sees a file path.
 */
export function resolveAsset(rendererDir: string, pictures: PictureService, pathname: string): Asset {
  let path: string
  try {
    path = decodeURIComponent(pathname)
  } catch {
    return { status: 400 }
  }
  const media = /^\/media\/([0-9a-f-]{36})$/i.exec(path)
  if (media) {
    const picture = pictures.file(media[1]!)
    return picture ? { status: 200, file: picture.path, type: picture.mime } : { status: 404 }
  }
  const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path))
  if (!file.startsWith(rendererDir + sep)) return { status: 403 }
  return { status: 200, file, type: TYPES[extname(file)] ?? 'application/octet-stream' }
}
