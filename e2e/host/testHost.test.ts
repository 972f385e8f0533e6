import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { startTestHost, type TestHost } from './testHost'

// The test host is test infrastructure, but it listens on a port: it must not leak files or
// take orders from other pages. Needs `npm run build` and `npm run build:bridge`.
const temp = makeTempDir()
let host: TestHost
beforeAll(async () => {
  host = await startTestHost({ dataDir: temp.dir })
})
afterAll(async () => {
  await host.close()
  temp.remove()
})

const rpc = (channel: string, body: string, headers: Record<string, string> = {}) =>
  fetch(new URL(`__newsdesk/rpc/${channel}`, host.url), { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })

describe('the test host', () => {
  it('serves the page with the bridge before the app script', async () => {
    const page = await (await fetch(host.url)).text()
    expect(page.indexOf('__newsdesk/bridge.js')).toBeGreaterThan(0)
    expect(page.indexOf('__newsdesk/bridge.js')).toBeLessThan(page.indexOf('</head>'))
  })

  it.each(['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%E0%A4%A'])('never serves a file outside the build for %s', async (path) => {
    const response = await fetch(`${host.url.replace(/\/$/, '')}${path}`)
    expect([400, 403, 404]).toContain(response.status)
    expect(await response.text()).not.toContain('"name": "newsdesk"')
  })

  it('answers RPC with typed results, and refuses other origins, bad JSON, bad names and GET', async () => {
    expect(await (await rpc('app:info', '{}')).json()).toMatchObject({ ok: true, value: { runtime: 'test-host' } })
    expect(await (await rpc('app:info', '{}', { origin: 'http://evil.example' })).json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await (await rpc('stories:create', '{"headline":')).json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const badName = await rpc('%E0%A4%A', '{}')
    expect(badName.status).toBe(400)
    expect(await badName.json()).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    expect((await fetch(new URL('__newsdesk/rpc/app:info', host.url))).status).toBe(405)
  })
})
