import { app, session, shell, type WebContents } from 'electron'

/**
 * Applies the fixed security rules to every web page Newsdesk ever creates (DESIGN.md,
 * "Security settings"): no navigation away from the app's page, no new windows, no
 * <webview>, and every permission request (camera, notifications, …) denied. An http(s)
 * link that asks for a new window (a story's address on the site) goes to the system browser.
 */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      // A link to a published story opens in the person's browser, never in an app window.
      if (/^https?:\/\//i.test(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
  }, () => undefined)
}
