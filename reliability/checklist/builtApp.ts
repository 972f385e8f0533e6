import { join } from 'node:path'
import { BUNDLE, OUT, PAGE, ownFrameEvent, startBundle } from '../../e2e/main-bundle/startBundle'

/** The build `npm run build` made: what R5 asserts on. */
export { OUT }
export const MAIN_BUNDLE = BUNDLE
export const PRELOAD_BUNDLE = join(OUT, 'preload', 'index.js')
export const RENDERER_PAGE = join(OUT, 'renderer', 'index.html')
/** The page the window must load. */
export const APP_PAGE = PAGE

/**
 * Starts the BUILT main bundle (out/main/index.js) under plain Node against a fresh stand-in
 * `electron` with `dataDir` as its data folder, and resolves once it opened its window or gave
 * up (a dialog and an exit code). The loader e2e/main-bundle uses for the basics; the
 * reliability suite adds the whole checklist on top.
 */
export const startBuiltApp = startBundle

/** The IPC event of a call from the app's own window (top frame, app page). */
export function ownFrame(webContentsId: number) {
  return ownFrameEvent(webContentsId)
}
