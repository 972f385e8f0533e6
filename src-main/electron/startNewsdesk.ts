import { app, dialog, ipcMain, net, type BrowserWindow } from 'electron'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import { systemContext } from '../app/serviceContext'
import { openWorkstation, type Workstation } from '../app/workstation'
import { DatabaseOpenError } from '../db/databaseOpenError'
import { DATA_DIR_ENV, resolveDataDir } from '../settings/dataDir'
import { appFrameCheck, bindContract } from './bindContract'
import { openElectronSettings } from './electronSettings'
import { APP_PAGE, serveAppScheme } from './appProtocol'
import { createMainWindow, rendererSource } from './mainWindow'
import { sqliteBindingForElectron } from './sqliteBinding'
import { attachSpellchecker } from './spellchecker'
import { safeSecretStore } from './safeSecrets'
import { installAppMenu } from './appMenu'

/**
 * Starts the workstation once Electron is ready: settings, data folder, database, IPC, window.
 * A database that cannot be opened (newer version, not SQLite, unreadable) is reported in a
 * dialog with the reason and the app quits without touching the file. A damaged settings file
 * does not stop it: it is kept as a dated backup, defaults load, and a dialog says so.
 */
export async function startNewsdesk(): Promise<void> {
  const userData = app.getPath('userData')
  // Settings follow NEWSDESK_DATA_DIR too, so a relocated profile is complete and self-contained.
  const settings = openElectronSettings(process.env[DATA_DIR_ENV]?.trim() || userData)
  const dataDir = resolveDataDir({ env: process.env, configured: settings.get('dataDir'), platformDefault: userData })

  let workstation: Workstation
  try {
    const binding = sqliteBindingForElectron(app.getAppPath())
    workstation = openWorkstation({
      dataDir: dataDir.dir,
      dataDirSource: dataDir.source,
      appVersion: app.getVersion(),
      runtime: 'electron',
      settings,
      context: systemContext(() => `local:${userInfo().username}`),
      reportBug: (message, error) => console.error(`[newsdesk] ${message}`, error),
      secrets: safeSecretStore(settings),
      online: () => net.isOnline(),
      ...(binding ? { nativeBinding: binding } : {}),
    })
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error
    dialog.showErrorBox('Newsdesk cannot open its database', error.message)
    app.exit(2)
    return
  }
  app.on('will-quit', () => workstation.close())

  const outDir = join(__dirname, '..')
  serveAppScheme(join(outDir, 'renderer'), workstation.pictures)
  const source = rendererSource(app.isPackaged, APP_PAGE)
  let window: BrowserWindow | undefined
  bindContract(ipcMain, workstation.dispatch, appFrameCheck(() => window?.webContents.id, new URL(source.url)))
  window = createMainWindow(source, join(outDir, 'preload', 'index.js'))
  attachSpellchecker(window, workstation.spelling)
  installAppMenu(window, workstation.dispatch, { pageUrl: source.url, developer: !app.isPackaged })
  // A damaged settings file was set aside and defaults loaded: say so, over the window, once.
  if (settings.recovered) void dialog.showMessageBox(window, { type: 'warning', title: 'Settings were reset', message: 'Newsdesk started with default settings', detail: settings.recovered.message })
}
