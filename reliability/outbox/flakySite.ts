import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Random } from '../harness/random'

/** How the site treats one request. */
export type SiteMood = 'reset' | 'error500' | 'stall' | 'cut' | 'accept'

/** Per request, in that order of weight: half accept, the rest split between the four failures. */
const MOODS: readonly [SiteMood, number][] = [['reset', 0.125], ['error500', 0.125], ['stall', 0.125], ['cut', 0.125], ['accept', 0.5]]

/** What the site did with one idempotency key (`<story id>:<version>`). */
export interface KeyRecord {
  /** Times the document was stored: an honest site stores a key once; this must end at 1. */
  stored: number
  /** Requests that carried the key. */
  requests: number
  /** Full 2xx answers sent for it. */
  answered: number
  /** Requests for it that came AFTER a full 2xx answer: the outbox must never resend a sent job. */
  afterAnswered: number
  /** Requests for it after it was stored but before a full answer got through (a stall, a cut): the key kept them from becoming copies. */
  afterStored: number
  document: { version?: string; uri?: string; body_text?: string } | null
  remoteId: string
}

/**
 * R3's receiver on 127.0.0.1: a ninjs endpoint (POST to create, PUT `/<id>` to correct) that
 * keeps Idempotency-Key as a real site should (a repeated key gets the first answer, never a
 * second copy) and misbehaves at random per request: resets the connection before reading it,
 * answers 500, stores the story then never answers (stall: past the client's timeout), stores it
 * then closes mid-answer (cut), or accepts. `down(true)` closes the listening port, so requests
 * are refused (ECONNREFUSED) until `down(false)`.
 */
export async function startFlakySite(random: Random) {
  const keys = new Map<string, KeyRecord>()
  const moods: Record<SiteMood, number> = { reset: 0, error500: 0, stall: 0, cut: 0, accept: 0 }
  const sockets = new Set<Socket>()
  let nextId = 1

  const pickMood = (): SiteMood => {
    let roll = random.next()
    for (const [mood, weight] of MOODS) if ((roll -= weight) < 0) return mood
    return 'accept'
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const key = String(request.headers['idempotency-key'] ?? '')
    const record = keys.get(key) ?? { stored: 0, requests: 0, answered: 0, afterAnswered: 0, afterStored: 0, document: null, remoteId: '' }
    keys.set(key, record)
    record.requests += 1
    if (record.answered > 0) record.afterAnswered += 1
    else if (record.stored > 0) record.afterStored += 1
    const mood = pickMood()
    moods[mood] += 1
    if (mood === 'reset') return void request.socket.resetAndDestroy()
    let body = ''
    for await (const chunk of request) body += String(chunk)
    if (mood === 'error500') return void response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"database down"}')

    // A site stores a new key once; a repeat gets the stored answer.
    if (record.stored === 0 && !(mood === 'stall' && random.next() < 0.5)) {
      record.stored = 1
      record.document = JSON.parse(body) as KeyRecord['document']
      record.remoteId = request.method === 'PUT' ? decodeURIComponent(request.url!.split('/').pop()!) : `site-${nextId++}`
    }
    if (mood === 'stall') return // never answered: the client's timeout ends it
    const answer = JSON.stringify({ id: record.remoteId, url: `https://site.example/${record.remoteId}` })
    if (mood === 'cut') {
      response.writeHead(request.method === 'POST' ? 201 : 200, { 'content-type': 'application/json', 'content-length': String(answer.length) })
      response.write(answer.slice(0, 5))
      return void setImmediate(() => response.socket?.destroy())
    }
    response.on('finish', () => (record.answered += 1))
    response.writeHead(request.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' }).end(answer)
  }

  const server = createServer((request, response) => void handle(request, response).catch(() => response.destroy()))
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  let listening = true

  const closeAll = () =>
    new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => done())
    })

  return {
    url: `http://127.0.0.1:${port}/stories`,
    keys,
    moods,
    /** Takes the site off the network (refusing connections) or puts it back on the same port. */
    async down(isDown: boolean): Promise<void> {
      if (isDown === !listening) return
      listening = !isDown
      if (isDown) await closeAll()
      else await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
    },
    close: () => (listening ? closeAll() : Promise.resolve()),
  }
}
