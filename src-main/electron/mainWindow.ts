import { BrowserWindow, type WebPreferences } from 'electron'

/** Where the renderer page comes from: the dev server in `npm run dev`, the app's own scheme otherwise. */
export type RendererSource = { kind: 'dev'; url: string } | { kind: 'app'; url: string }

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

/**
 * The renderer page for this run: `ELECTRON_RENDERER_URL` (set by electron-vite dev; pictures
 * do not show there, the dev server does not serve the library) or `newsdesk://app/index.html`.
 */
export function rendererSource(isPackaged: boolean, appPage: string): RendererSource {
  const devUrl = process.env['ELECTRON_RENDERER_URL']
  if (!isPackaged && devUrl) return { kind: 'dev', url: devUrl }
  return { kind: 'app', url: appPage }
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
  void window.loadURL(source.url)
  return window
}
