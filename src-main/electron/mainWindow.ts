import { BrowserWindow, type WebPreferences } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Where the renderer page comes from: the dev server in `npm run dev`, the built file otherwise. */
export type RendererSource = { kind: 'url'; url: string } | { kind: 'file'; path: string }

/** The fixed webPreferences of every Newsdesk window (DESIGN.md, "Security settings"). */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  }
}

/** The renderer page for this run: `ELECTRON_RENDERER_URL` (set by electron-vite dev) or the built file. */
export function rendererSource(isPackaged: boolean, outDir: string): RendererSource {
  const devUrl = process.env['ELECTRON_RENDERER_URL']
  if (!isPackaged && devUrl) return { kind: 'url', url: devUrl }
  return { kind: 'file', path: join(outDir, 'renderer', 'index.html') }
}

/** The URL the renderer page has once loaded; IPC from any other page is refused. */
export function rendererUrl(source: RendererSource): URL {
  return source.kind === 'url' ? new URL(source.url) : pathToFileURL(source.path)
}

/** Opens the main window on the renderer page; it is shown once painted, to avoid a white flash. */
export function createMainWindow(source: RendererSource, preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Newsdesk',
    webPreferences: secureWebPreferences(preload),
  })
  window.once('ready-to-show', () => window.show())
  if (source.kind === 'url') void window.loadURL(source.url)
  else void window.loadFile(source.path)
  return window
}
