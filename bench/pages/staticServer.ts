import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A file the server answers with: its media type and bytes. */
export interface ServedFile {
  type: string
  body: string | Buffer
}

/** A running server: `url` ends with `/`. */
export interface StaticServer {
  url: string
  close(): Promise<void>
}

/**
 * Serves the baseline pages on 127.0.0.1 from memory: `files` by exact path, then
 * `fallback(path)` (e.g. every `/media/<id>` as the one picture). Loopback and no-store, as the
 * test host serves the app, so both sides pay the same for the network.
 */
export async function startStaticServer(files: ReadonlyMap<string, ServedFile>, fallback: (path: string) => ServedFile | undefined = () => undefined): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const file = files.get(path) ?? fallback(path)
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}

/** A page that links the app's stylesheet and loads one module script: the shell of both baselines. */
export function baselineHtml(script: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><meta name="color-scheme" content="light dark"><title>baseline</title>
<link rel="stylesheet" href="./app.css"><script type="module" src="./${script}"></script></head>
<body>${body}</body></html>`
}
