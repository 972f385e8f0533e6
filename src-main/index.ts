// The app's lifecycle, and nothing else: everything it starts lives in ./electron and the services.
import { app } from 'electron'
import { startNewsdesk } from './electron/startNewsdesk'
import { hardenWebContents } from './electron/hardenWebContents'

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
      console.error('[newsdesk] start-up failed', error)
      app.exit(1)
    })
}
