import { app, session, type WebContents } from 'electron'

/**
 * Applies the fixed security rules to every web page Newsdesk ever creates (DESIGN.md,
 * "Security settings"): no navigation away from the app's page, no new windows, no
 * <webview>, and every permission request (camera, notifications, …) denied.
 */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
  }, () => undefined)
}
