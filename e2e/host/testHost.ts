import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { failure } from '../../src-shared/contract/errors'
import { systemContext } from '../../src-main/app/serviceContext'
import { openWorkstation, type Workstation } from '../../src-main/app/workstation'
import { resolveAsset } from '../../src-main/media/resolveAsset'
import { openNodeSettings } from '../../src-main/settings/nodeSettings'

const ROOT = resolve(__dirname, '..', '..')
/** Path prefix of everything the host adds to the app: the bridge script and the RPC route. */
export const HOST_PREFIX = '/__newsdesk'
const MAX_BODY_BYTES = 80 * 1024 * 1024 // a 50 MB picture, base64-encoded

export interface TestHostOptions {
  /** The workstation's data folder (a temp folder per test). */
  dataDir: string
  /** Where settings.json (who is working here) lives; the data folder unless given, so two hosts can share one database as two people. */
  settingsDir?: string
  /** 0 (the default) picks a free port. */
  port?: number
  rendererDir?: string
  bridgeFile?: string
}

/** A running host: the page at `url`, the same services the app runs, over loopback HTTP. */
export interface TestHost {
  url: string
  dataDir: string
  workstation: Workstation
  close(): Promise<void>
}

/**
 * Serves the built renderer on 127.0.0.1 with `window.newsdesk` bound to the real services
 * (DESIGN.md, "Testing without the Electron binary"). The bridge script is added to the page
 * before the app's own module runs; each contract call is a POST to `/__newsdesk/rpc/<channel>`
 * answered by the same dispatcher the Electron adapter uses. Calls whose Origin is not the
 * host's own are refused, so another local page cannot drive the desk.
 */
export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const rendererDir = options.rendererDir ?? join(ROOT, 'out', 'renderer')
  const bridgeFile = options.bridgeFile ?? join(ROOT, 'out', 'test-host', 'bridge.js')
  const [page, bridge] = await Promise.all([
    readFile(join(rendererDir, 'index.html'), 'utf8'),
    readFile(bridgeFile, 'utf8'),
  ]).catch((error: unknown) => {
    throw new Error(`The test host needs a build: run \`npm run build\` and \`npm run build:bridge\` (${String(error)})`)
  })
  const indexHtml = page.replace('</head>', `  <script src="./${HOST_PREFIX.slice(1)}/bridge.js"></script>\n  </head>`)

  const workstation = openWorkstation({
    settings: await openNodeSettings(options.settingsDir ?? options.dataDir),
    dataDir: options.dataDir,
    dataDirSource: 'host',
    appVersion: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    runtime: 'test-host',
    context: systemContext(() => 'local:test-host'),
    reportBug: (message, error) => console.error(`[test-host] ${message}`, error),
    // Specs that watch retries shorten the outbox's back-off (5 s doubling in the app).
    ...(process.env['NEWSDESK_OUTBOX_BASE_DELAY_MS'] ? { backoff: { baseMs: Number(process.env['NEWSDESK_OUTBOX_BASE_DELAY_MS']) } } : {}),
  })

  let origin = ''
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[test-host] request failed', error)
      if (!response.headersSent) send(response, 500, 'text/plain', 'test host error')
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin)
    if (url.pathname.startsWith(`${HOST_PREFIX}/rpc/`)) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only')
      let channel: string
      try {
        channel = decodeURIComponent(url.pathname.slice(`${HOST_PREFIX}/rpc/`.length))
      } catch {
        return sendJson(response, failure('unknown_channel', 'The channel name is not valid percent-encoding.'), 400)
      }
      const callerOrigin = request.headers.origin
      if (callerOrigin !== undefined && callerOrigin !== origin) {
        return sendJson(response, failure('forbidden', 'This call did not come from the Newsdesk page.'))
      }
      const body = await readBody(request).catch(() => null)
      if (body === null) return sendJson(response, failure('invalid_input', `The request is larger than ${MAX_BODY_BYTES} bytes.`), 413)
      let payload: unknown
      try {
        payload = body.length === 0 ? undefined : JSON.parse(body, decodeBytes)
      } catch {
        return sendJson(response, failure('invalid_input', 'The request body is not JSON.'))
      }
      return sendJson(response, await workstation.dispatch(channel, payload))
    }
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'method not allowed')
    if (url.pathname === '/' || url.pathname === '/index.html') return send(response, 200, 'text/html; charset=utf-8', indexHtml)
    if (url.pathname === `${HOST_PREFIX}/bridge.js`) return send(response, 200, 'text/javascript; charset=utf-8', bridge)
    const asset = resolveAsset(rendererDir, workstation.pictures, url.pathname)
    if (asset.status !== 200) return send(response, asset.status, 'text/plain', 'not served')
    const body = await readFile(asset.file).catch(() => null)
    if (!body) return send(response, 404, 'text/plain', 'not found')
    return send(response, 200, asset.type, body)
  }

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: `${origin}/`,
    dataDir: options.dataDir,
    workstation,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
      workstation.close()
    },
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true // keep reading (and dropping) so the answer can be sent
      else chunks.push(chunk)
    })
    request.on('end', () => (tooLarge ? fail(new Error('request body too large')) : done(Buffer.concat(chunks).toString('utf8'))))
    request.on('error', fail)
  })
}

/** The bridge's encoding of bytes (a Uint8Array becomes `{ "$bytes": base64 }`), undone. */
function decodeBytes(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const bytes = (value as { $bytes?: unknown }).$bytes
  return typeof bytes === 'string' && Object.keys(value).length === 1 ? new Uint8Array(Buffer.from(bytes, 'base64')) : value
}

function sendJson(response: ServerResponse, value: unknown, status = 200): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value))
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
  response.end(body)
}
