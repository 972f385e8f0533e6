import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { makeTempDir } from '../../../testing/tempDir'

/** A server a test started on 127.0.0.1 (never `localhost`: it may resolve to ::1 first). */
export interface LocalServer {
  url: string
  port: number
  close(): Promise<void>
}

/** A request as a test receiver saw it, body read to the end. */
export interface SeenRequest {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
}

/** Starts a node:http server on 127.0.0.1 with a random port; `close` also drops open sockets (stalled tests). */
export async function startServer(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<LocalServer> {
  return listen(http.createServer(handler), 'http')
}

/** A receiver that records each request (body included) and answers with `answer`. */
export async function startReceiver(answer: (seen: SeenRequest, response: ServerResponse) => void): Promise<LocalServer & { seen: SeenRequest[] }> {
  const seen: SeenRequest[] = []
  const server = await startServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => {
      const one = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body }
      seen.push(one)
      answer(one, response)
    })
  })
  return { ...server, seen }
}

/** A port on 127.0.0.1 where nothing listens (bound, then closed), for "connection refused". */
export async function closedPortUrl(): Promise<string> {
  const server = await startServer(() => undefined)
  await server.close()
  return server.url
}

/**
 * A reverse proxy to `target` that drops the Authorization header, as Apache with PHP over
 * CGI/FastCGI does unless told to pass it on. Everything else, body included, goes through;
 * `blockXmlRpc` answers 403 for /xmlrpc.php, as many hosts do.
 */
export async function startStrippingProxy(target: string, options: { blockXmlRpc?: boolean } = {}): Promise<LocalServer> {
  const to = new URL(target)
  return startServer((request, response) => {
    if (options.blockXmlRpc && request.url?.startsWith('/xmlrpc.php')) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('XML-RPC is blocked here')
      return
    }
    const headers = { ...request.headers, host: to.host }
    delete headers.authorization
    const upstream = http.request({ host: to.hostname, port: to.port, method: request.method, path: request.url, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
    })
    upstream.on('error', () => response.destroy())
    request.pipe(upstream)
  })
}

/** An http:// site that moved to https:// (301 for every path), like most hosts today. */
export async function startHttpsRedirect(): Promise<LocalServer> {
  return startServer((request, response) => {
    response.writeHead(301, { location: `https://127.0.0.1:1${request.url ?? '/'}` })
    response.end()
  })
}

/** An https:// server with a fresh self-signed certificate (made with the openssl command). */
export async function startSelfSignedServer(): Promise<LocalServer> {
  const temp = makeTempDir('newsdesk-tls-')
  try {
    const key = join(temp.dir, 'key.pem')
    const cert = join(temp.dir, 'cert.pem')
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' })
    const server = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_request, response) => response.end('{}'))
    return await listen(server, 'https')
  } finally {
    temp.remove()
  }
}

async function listen(server: http.Server, scheme: 'http' | 'https'): Promise<LocalServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
