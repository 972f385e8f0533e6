import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect } from 'vitest'
import { listChannels } from '../../src-shared/contract/contract'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { APP_PAGE, MAIN_BUNDLE, OUT, PRELOAD_BUNDLE, RENDERER_PAGE, ownFrame, startBuiltApp } from './builtApp'
import { loadBuiltPreload } from './builtPreload'
import { policyOf, strictnessProblems } from './contentSecurityPolicy'

const PICTURE = resolve(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'pictures', 'captioned.jpg')
/** Things that must never be in the main process's code (Electron's security checklist, electronjs.org/docs/latest/tutorial/security). */
const NEVER_IN_MAIN = ['@electron/remote', 'enableRemoteModule', 'nodeIntegration: true', 'contextIsolation: false', 'sandbox: false', 'webSecurity: false', 'allowRunningInsecureContent: true', 'experimentalFeatures: true', 'enableBlinkFeatures', 'registerFileProtocol', 'interceptFileProtocol', 'setCertificateVerifyProc', 'ignore-certificate-errors', 'disable-web-security', 'no-sandbox']

/**
 * R5, asserted on the BUILT app (out/): each function checks one group of the Electron security
 * checklist and returns what it counted, for the figures. Together with
 * e2e/main-bundle/mainBundle.test.ts (the basics), these are the whole list.
 */
export async function checkBuiltMainProcess(): Promise<Record<string, number>> {
  const temp = makeTempDir('newsdesk-r5-')
  const app = await startBuiltApp(temp.dir)
  const { record } = app
  try {
    // 1. Every window: isolated, sandboxed, no Node, web security on, no <webview>, the built preload.
    expect(record.windows.length).toBeGreaterThan(0)
    for (const window of record.windows) {
      const prefs = window.options['webPreferences'] as Record<string, unknown>
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false })
      for (const risky of ['nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures', 'enableRemoteModule']) expect(prefs[risky], risky).toBeFalsy()
      expect(prefs['preload']).toBe(PRELOAD_BUNDLE)
      expect(window.loaded).toEqual([APP_PAGE])
    }

    // 2. Navigation, redirects, <webview> and new windows denied on every web contents; only http(s) goes to the system browser.
    const contents = new app.WebContents()
    app.electron.app.emit('web-contents-created', {}, contents)
    let prevented = 0
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) contents.emit(event, { preventDefault: () => prevented++ }, 'https://evil.example/')
    expect(prevented).toBe(3)
    const tried = ['https://site.example/story', 'http://site.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'newsdesk://app/index.html', 'smb://host/share', 'ms-msdt:/id', 'data:text/html,<script>1</script>', 'mailto:desk@example.com']
    for (const url of tried) expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' })
    expect(record.external).toEqual(['https://site.example/story', 'http://site.example/'])

    // 3. Every permission request and check denied.
    const permissions = ['media', 'geolocation', 'notifications', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'unknown']
    for (const permission of permissions) {
      let granted: boolean | undefined
      record.permissionRequest?.({}, permission, (answer) => (granted = answer))
      expect(granted, permission).toBe(false)
    }
    expect(record.permissionCheck?.({}, 'media', 'newsdesk://app', {})).toBe(false)

    // 4. IPC: one handler per contract channel and no other; every one refuses a foreign frame before any service runs.
    const channels = listChannels().map((entry) => entry.name)
    expect([...record.handlers.keys()].sort()).toEqual([...channels].sort())
    const id = record.windows[0]!.webContentsId
    const foreign = [
      { sender: { id }, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: { id }, senderFrame: { url: APP_PAGE, parent: { url: APP_PAGE } } },
      { sender: { id: id + 100 }, senderFrame: { url: APP_PAGE, parent: null } },
      { sender: { id }, senderFrame: null },
      { sender: { id }, senderFrame: { url: 'file:///home/desk/evil.html', parent: null } },
    ]
    for (const channel of channels) {
      for (const event of foreign) expect(await record.handlers.get(channel)!(event, { headline: 'Foreign' }), channel).toEqual({ ok: false, error: { code: 'forbidden', message: 'This call did not come from the Newsdesk window.' } })
    }
    const listed = (await record.handlers.get('stories:list')!(ownFrame(id), {})) as { value: { total: number } }
    expect(listed.value.total).toBe(0) // no foreign stories:create got through
    // electron-store's own listener (it hands its settings folder and version to a renderer that asks); nothing else.
    expect(record.listeners).toEqual(['electron-store-get-data'])

    // 5. The page and pictures only through newsdesk://app: a picture by id, typed and nosniff; no other host, method or path.
    expect(record.privilegedSchemes).toEqual([{ scheme: 'newsdesk', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect([...record.protocolHandlers.keys()]).toEqual(['newsdesk'])
    const serve = record.protocolHandlers.get('newsdesk')!
    const person = (await record.handlers.get('people:create')!(ownFrame(id), { name: 'Checklist Photographer', roles: ['photographer'] })) as { value: { id: string } }
    await record.handlers.get('profile:set')!(ownFrame(id), { personId: person.value.id })
    const added = (await record.handlers.get('pictures:add')!(ownFrame(id), { name: 'captioned.jpg', bytes: new Uint8Array(readFileSync(PICTURE)) })) as { ok: boolean; value: { id: string } }
    expect(added.ok).toBe(true)
    const picture = await serve(new Request(`newsdesk://app/media/${added.value.id}`))
    expect(picture.status).toBe(200)
    expect(picture.headers.get('content-type')).toBe('image/jpeg')
    expect(picture.headers.get('x-content-type-options')).toBe('nosniff')
    const refused = [`newsdesk://other/media/${added.value.id}`, 'newsdesk://app/media/../../settings.json', 'newsdesk://app/%2e%2e/%2e%2e/newsdesk.sqlite', 'newsdesk://app/..%2f..%2fnewsdesk.sqlite', `newsdesk://app/media/${added.value.id}/../../settings.json`]
    for (const url of refused) expect((await serve(new Request(url))).status, url).not.toBe(200)
    expect((await serve(new Request(`newsdesk://app/media/${added.value.id}`, { method: 'POST', body: 'x' }))).status).toBe(404)
    return { windows: record.windows.length, channelsRefusingForeignFrames: channels.length, foreignFramesTried: foreign.length * channels.length, permissionsDenied: permissions.length, windowOpenUrlsDenied: tried.length, protocolRefusals: refused.length + 1 }
  } finally {
    app.electron.app.emit('will-quit')
    temp.remove()
  }
}

/** The built page's Content-Security-Policy is present and strict, and the page has no inline code. */
export function checkBuiltPage(): Record<string, number> {
  const html = readFileSync(RENDERER_PAGE, 'utf8')
  const policy = policyOf(html)
  expect(policy, 'no Content-Security-Policy in out/renderer/index.html').not.toBeNull()
  expect(strictnessProblems(policy!)).toEqual([])
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/src="\.\/assets\/[^"]+\.js"/)
    expect(body!.trim()).toBe('')
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i)
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i)
  return { directives: policy!.size, scripts: scripts.length }
}

/** The bundles: the preload requires only electron and exposes only window.newsdesk; the main process code has none of the forbidden switches. */
export async function checkBuiltBundles(): Promise<Record<string, number>> {
  const preload = loadBuiltPreload()
  expect(preload.required).toEqual(['electron'])
  expect(preload.exposed.map((entry) => entry.key)).toEqual(['newsdesk'])
  const api = preload.exposed[0]!.api as Record<string, Record<string, (payload: unknown) => Promise<unknown>>>
  const exposed = Object.entries(api).flatMap(([namespace, methods]) => Object.entries(methods).map(([method, fn]) => ({ name: `${namespace}:${method}`, fn })))
  expect(exposed.map((entry) => entry.name).sort()).toEqual(listChannels().map((entry) => entry.name).sort())
  for (const { name, fn } of exposed) {
    expect(typeof fn).toBe('function')
    await fn({})
    expect(preload.invoked.at(-1)?.channel).toBe(name) // each function calls its own channel, nothing generic
  }
  const main = readFileSync(MAIN_BUNDLE, 'utf8')
  for (const needle of NEVER_IN_MAIN) expect(main.includes(needle), needle).toBe(false)
  const renderer = readdirSync(join(OUT, 'renderer', 'assets')).filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(OUT, 'renderer', 'assets', name), 'utf8')).join('\n')
  expect(renderer).not.toContain('file://')
  expect(renderer).not.toMatch(/require\(["']electron["']\)/)
  return { preloadFunctions: exposed.length, forbiddenStringsAbsent: NEVER_IN_MAIN.length }
}
