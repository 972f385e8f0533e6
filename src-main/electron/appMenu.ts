import { dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_IMPORT_BYTES, type ImportResult } from '../../src-shared/domain/importReport'
import type { Dispatch } from '../ipc/dispatch'

/** The file types "Import…" offers first (every file can still be chosen; the bytes decide what it is). */
export const IMPORT_EXTENSIONS = ['txt', 'html', 'htm', 'docx', 'json']

/**
 * The application menu: File (Import…, then Close or Quit), Edit and Window with the platform's
 * standard items, View with zoom and full screen (reload and developer tools only in a build that
 * is not packaged), and the app menu on macOS. Import… is Ctrl/Cmd+O: Ctrl+I is italic in the text.
 */
export function appMenuTemplate(actions: { importFile: () => void }, platform: { mac: boolean; developer: boolean }): MenuItemConstructorOptions[] {
  return [
    ...(platform.mac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [{ label: 'Import…', accelerator: 'CmdOrCtrl+O', click: actions.importFile }, { type: 'separator' }, platform.mac ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(platform.developer ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { role: 'windowMenu' },
  ]
}

/**
 * Installs the menu. File › Import… asks for a file, reads it here in the main process (the page
 * never names a path), sends its bytes to the import service through the same dispatcher the IPC
 * channels use, then opens the new draft in the window (`#story/<id>`, where the report shows).
 * A refused file is explained in a dialog.
 */
export function installAppMenu(window: BrowserWindow, dispatch: Dispatch, options: { pageUrl: string; developer: boolean }): void {
  const importFile = () => void importFromDialog(window, dispatch, options.pageUrl)
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ importFile }, { mac: process.platform === 'darwin', developer: options.developer })))
}

async function importFromDialog(window: BrowserWindow, dispatch: Dispatch, pageUrl: string): Promise<void> {
  const chosen = await dialog.showOpenDialog(window, {
    title: 'Import a story',
    buttonLabel: 'Import',
    properties: ['openFile'],
    filters: [
      { name: 'Stories (text, web page, Word, ninjs)', extensions: IMPORT_EXTENSIONS },
      { name: 'All files', extensions: ['*'] },
    ],
  })
  const path = chosen.filePaths[0]
  if (chosen.canceled || !path) return
  const name = basename(path)
  const refuse = (detail: string) => void dialog.showMessageBox(window, { type: 'error', message: `Newsdesk could not import “${name}”`, detail })
  try {
    // Checked before reading: a huge file is refused without loading it into memory.
    if ((await stat(path)).size > MAX_IMPORT_BYTES) return refuse(`The file is larger than ${MAX_IMPORT_BYTES / 1048576} MB.`)
    const bytes = new Uint8Array(await readFile(path))
    const result = await dispatch('import:file', { name, bytes })
    if (!result.ok) return refuse(result.error.message)
    const { story } = result.value as ImportResult
    const page = new URL(pageUrl)
    page.hash = `story/${story.id}`
    // Only the fragment changes: the page stays loaded and its router opens the draft.
    await window.loadURL(page.href)
  } catch (error) {
    refuse(error instanceof Error ? error.message : String(error))
  }
}
