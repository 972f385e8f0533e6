import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the receiver got: method, path, headers and body as text. */
export interface ReceivedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
}

/** How the receiver answers a POST or PUT: take it (201 with an id), or fail with a 5xx. */
export type ReceiverMode = 'accept' | 'fail'

/**
 * A stand-in for the site's ingest API on 127.0.0.1 (a real node:http server): it records every
 * request; GET answers 200 (what "Test connection" asks); POST answers 201 `{"id","url"}` when
 * accepting, 500 when `mode` is 'fail'; PUT answers 200 with the same id.
 */
export async function startSiteReceiver(mode: ReceiverMode = 'accept') {
  const requests: ReceivedRequest[] = []
  const state = { mode, stored: 0 }
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const received = { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') }
      requests.push(received)
      const answer = (status: number, value: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' })
        response.end(JSON.stringify(value))
      }
      if (received.method === 'GET') return answer(200, { stories: state.stored })
      if (state.mode === 'fail') return answer(500, { error: 'The database is restarting' })
      if (received.method === 'POST') {
        state.stored++
        const id = `story-${state.stored}`
        return answer(201, { id, url: `https://site.example/news/${id}` })
      }
      const id = received.path.split('/').pop()
      return answer(200, { id, url: `https://site.example/news/${id}` })
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    /** The collection address to give the target, e.g. http://127.0.0.1:PORT/stories. */
    url: `${origin}/stories`,
    requests,
    /** Only the deliveries (POST and PUT), not connection tests. */
    deliveries: () => requests.filter((request) => request.method === 'POST' || request.method === 'PUT'),
    setMode: (next: ReceiverMode) => void (state.mode = next),
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((done) => server.close(() => done()))
    },
  }
}
