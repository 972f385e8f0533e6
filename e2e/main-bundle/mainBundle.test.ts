import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listChannels } from '../../src-shared/contract/contract'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { OUT, PAGE, ownFrameEvent, startBundle, startBundleForSuite } from './startBundle'

describe('the built main bundle under a stand-in electron', () => {
  const bundle = startBundleForSuite()

  it('opens one window, with the fixed security webPreferences, on the built page', () => {
    const { windows } = bundle.standIn.record
    expect(windows).toHaveLength(1)
    const prefs = windows[0]!.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(prefs['preload']).toBe(join(OUT, 'preload', 'index.js'))
    expect(existsSync(prefs['preload'] as string)).toBe(true)
    expect(windows[0]!.loaded).toEqual([PAGE])
  })

  it('serves the page and the picture library through its own privileged scheme, nothing else', async () => {
    expect(bundle.standIn.record.privilegedSchemes).toEqual([{ scheme: 'newsdesk', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    const serve = bundle.standIn.record.protocolHandlers.get('newsdesk')!
    const page = await serve(new Request(PAGE))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toContain('Content-Security-Policy')
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json']) {
      expect((await serve(new Request(`newsdesk://app${path}`))).status, path).not.toBe(200)
    }
    expect((await serve(new Request('newsdesk://other/index.html'))).status).toBe(404)
    expect((await serve(new Request('newsdesk://app/media/0190c3e2-7b1a-7cc3-9d2e-123456789abc'))).status).toBe(404)
  })

  it('registers a handler for every contract channel, and no other', () => {
    expect([...bundle.standIn.record.handlers.keys()].sort()).toEqual(listChannels().map((c) => c.name).sort())
  })

  it('answers calls from its own page, and refuses other frames with a typed error', async () => {
    const id = bundle.standIn.record.windows[0]!.webContentsId
    const info = bundle.standIn.record.handlers.get('app:info')!
    expect(await info(ownFrameEvent(id), {})).toMatchObject({ ok: true, value: { runtime: 'electron', dataDir: bundle.dir, dataDirSource: 'env' } })

    const forbidden = { ok: false, error: { code: 'forbidden', message: 'This call did not come from the Newsdesk window.' } }
    expect(await info(ownFrameEvent(id, 'https://evil.example/'), {})).toEqual(forbidden)
    expect(await info(ownFrameEvent(id, PAGE, { url: PAGE }), {})).toEqual(forbidden) // an iframe
    expect(await info(ownFrameEvent(id + 100), {})).toEqual(forbidden) // another webContents
    expect(await info({ sender: { id }, senderFrame: null }, {})).toEqual(forbidden)
  })

  it('validates payloads: a malformed one gets invalid_input, a good one reaches SQLite', async () => {
    const id = bundle.standIn.record.windows[0]!.webContentsId
    const create = bundle.standIn.record.handlers.get('stories:create')!
    expect(await create(ownFrameEvent(id), { headline: 7 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await create(ownFrameEvent(id), { headline: 'From the bundle' })).toMatchObject({ ok: true, value: { version: 1 } })
    const list = bundle.standIn.record.handlers.get('stories:list')!
    expect(await list(ownFrameEvent(id), {})).toMatchObject({ ok: true, value: { total: 1 } })
  })

  it('gives the spellchecker a context menu whose "Add to newsroom dictionary" stores the word for every story', async () => {
    const { record } = bundle.standIn
    const window = record.windows[0]!
    expect(record.spellchecker.languages).toEqual(process.platform === 'darwin' ? [] : ['en-GB', 'en-US'])
    const contents = bundle.standIn.webContents(window.webContentsId)!
    contents.emit('context-menu', {}, { misspelledWord: 'Naqvi', dictionarySuggestions: ['Navi', 'Nave'], isEditable: true, selectionText: '' })
    const menu = record.menus.at(-1)!
    expect(menu.map((item) => item.label ?? item.role ?? item.type)).toEqual(['Navi', 'Nave', 'separator', 'Add “Naqvi” to newsroom dictionary', 'separator', 'cut', 'copy', 'paste'])
    menu[0]!.click!()
    expect(record.replacements).toEqual(['Navi'])
    menu[3]!.click!()
    expect(record.spellchecker.words).toEqual(['Naqvi'])
    const words = await record.handlers.get('spelling:words')!(ownFrameEvent(window.webContentsId), {})
    expect(words).toEqual({ ok: true, value: ['Naqvi'] })
  })

  it('keeps a publish secret only as safeStorage ciphertext in the settings file', async () => {
    const window = bundle.standIn.record.windows[0]!
    const call = (channel: string, payload: unknown) => bundle.standIn.record.handlers.get(channel)!(ownFrameEvent(window.webContentsId), payload)
    const publisher = (await call('people:create', { name: 'Desk Publisher', roles: ['publisher'] })) as { value: { id: string } }
    await call('profile:set', { personId: publisher.value.id })
    const saved = (await call('publish:saveTarget', { kind: 'wordpress', name: 'Website', url: 'https://news.example', user: 'desk', secret: 'abcd efgh ijkl mnop qrst uvwx' })) as { ok: boolean; value: { id: string; hasSecret: boolean } }
    expect(saved).toMatchObject({ ok: true, value: { hasSecret: true } })
    const settingsFile = readdirSync(bundle.dir).filter((name) => name.endsWith('.json')).map((name) => readFileSync(join(bundle.dir, name), 'utf8')).join('\n')
    expect(settingsFile).toContain('https://news.example')
    expect(settingsFile).not.toContain('abcd efgh')
    expect(settingsFile).toContain(saved.value.id)
  })

  it('denies navigation, new windows and every permission request', () => {
    const contents = new bundle.standIn.WebContents()
    bundle.standIn.electron.app.emit('web-contents-created', {}, contents)
    let prevented = 0
    contents.emit('will-navigate', { preventDefault: () => prevented++ })
    contents.emit('will-attach-webview', { preventDefault: () => prevented++ })
    expect(prevented).toBe(2)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/story' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(bundle.standIn.record.external).toEqual(['https://example.com/story']) // a story's link, in the system browser

    let granted: boolean | undefined
    bundle.standIn.record.permissionRequest?.({}, 'media', (answer) => (granted = answer))
    expect(granted).toBe(false)
    expect(bundle.standIn.record.permissionCheck?.()).toBe(false)
  })
})

describe('the built main bundle on a refused database', () => {
  it('shows the reason in a dialog and exits without opening a window or touching the file', async () => {
    const temp = makeTempDir()
    const garbage = 'not a database '.repeat(20)
    writeFileSync(join(temp.dir, 'newsdesk.sqlite'), garbage)
    const standIn = await startBundle(temp.dir)
    expect(standIn.record.windows).toHaveLength(0)
    expect(standIn.record.exitCode).toBe(2)
    expect(standIn.record.errorBoxes).toEqual([
      { title: 'Newsdesk cannot open its database', content: expect.stringContaining('is not a Newsdesk database') },
    ])
    temp.remove()
  })
})

describe('the built main bundle when start-up fails unexpectedly', () => {
  it('shows what went wrong in a dialog and exits with code 1', async () => {
    const temp = makeTempDir()
    // Not damage Newsdesk can repair (a damaged file is set aside: reliability/settings): a folder where the file should be.
    mkdirSync(join(temp.dir, 'settings.json'))
    const standIn = await startBundle(temp.dir)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(standIn.record.windows).toHaveLength(0)
    expect(standIn.record.exitCode).toBe(1)
    expect(standIn.record.errorBoxes).toHaveLength(1)
    expect(standIn.record.errorBoxes[0]!.title).toBe('Newsdesk could not start')
    temp.remove()
  })
})
