// The app's lifecycle, and nothing else: everything it starts lives in ./electron and the services.
import { app, dialog } from 'electron'
import { startNewsdesk } from './electron/startNewsdesk'
import { registerAppScheme } from './electron/appProtocol'
import { hardenWebContents } from './electron/hardenWebContents'

registerAppScheme()
hardenWebContents()

if (!app.requestSingleInstanceLock()) {
  // A second Newsdesk on the same data would fight over the database lock; the first one wins.
  app.quit()
} else {
  app.on('window-all-closed', () => app.quit())
  app
    .whenReady()
    .then(startNewsdesk)
    .catch((error: unknown) => {
      // Anything start-up did not foresee (a settings file it cannot read, a data folder that is a file):
      // say what it was, in a window, rather than vanish.
      console.error('[newsdesk] start-up failed', error)
      dialog.showErrorBox('Newsdesk could not start', error instanceof Error ? error.message : String(error))
      app.exit(1)
    })
}
