import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { resolveAsset } from '../media/resolveAsset'
import type { PictureService } from '../pictures/pictureService'

/** The app's own scheme: the page is `newsdesk://app/index.html`, pictures `newsdesk://app/media/<id>`. */
export const APP_SCHEME = 'newsdesk'
export const APP_PAGE = `${APP_SCHEME}://app/index.html`

/**
 * Declares the scheme before the app is ready (Electron requires it then): standard and
 * secure, so the page has a real origin, CSP `'self'` means this scheme, and fetch works.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/**
 * Serves the built renderer and the picture library through the scheme (`protocol.handle`),
 * instead of `file://`: no other file on the disk can be reached from the page.
 */
export function serveAppScheme(rendererDir: string, pictures: PictureService): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== 'app' || request.method !== 'GET') return new Response('not found', { status: 404 })
    const asset = resolveAsset(rendererDir, pictures, url.pathname)
    if (asset.status !== 200) return new Response(null, { status: asset.status })
    try {
      const body = await readFile(asset.file)
      return new Response(new Uint8Array(body), { headers: { 'content-type': asset.type, 'x-content-type-options': 'nosniff' } })
    } catch {
      return new Response(null, { status: 404 })
    }
  })
}
