import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { createHttpTarget } from './httpTarget'
import type { Delivery } from './publishTarget'
import { PublishFailure } from './publishFailure'
import { closedPortUrl, startHttpsRedirect, startReceiver, startSelfSignedServer, startServer, type LocalServer, type SeenRequest } from './testing/localServers'

const TOKEN = 'desk-token-123'
const servers: LocalServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

function delivery(action: Delivery['action'], version: number, remote: Delivery['remote'] = null): Delivery {
  const storyId = '0190aaaa-0000-7000-8000-000000000001'
  return {
    action,
    storyId,
    version,
    idempotencyKey: `${storyId}:${version}`,
    ninjs: { uri: `urn:newsdesk:story:${storyId}`, version: String(version), pubstatus: 'usable', headlines: [{ role: 'main', value: 'Flood relief reaches Sukkur' }] },
    post: { title: 'Flood relief reaches Sukkur', contentHtml: '<p>Lead.</p>', excerpt: '', slug: 'flood-relief', dateGmt: null, pictures: [], leadPictureId: null },
    remote,
  }
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}

async function receiver(answer: (seen: SeenRequest, response: ServerResponse) => void) {
  const server = await startReceiver(answer)
  servers.push(server)
  return server
}

async function failureOf(promise: Promise<unknown>): Promise<PublishFailure> {
  const error = await promise.then(() => null, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(PublishFailure)
  return error as PublishFailure
}

describe('the HTTP target against a receiver on 127.0.0.1', () => {
  it('publishes with POST, corrects with PUT on the same id, unpublishes with pubstatus canceled', async () => {
    const stored = new Map<string, unknown>()
    const server = await receiver((seen, response) => {
      if (seen.method === 'POST') {
        stored.set('r-17', JSON.parse(seen.body))
        return json(response, 201, { id: 'r-17', url: 'https://site.example/r-17' })
      }
      stored.set(decodeURIComponent(seen.url.split('/').pop() ?? ''), JSON.parse(seen.body))
      json(response, 200, {})
    })
    const target = createHttpTarget({ url: `${server.url}/stories/`, token: TOKEN })

    const published = await target.send(delivery('publish', 1))
    expect(published).toEqual({ remoteId: 'r-17', remoteUrl: 'https://site.example/r-17' })
    const corrected = await target.send(delivery('correct', 2, { id: published.remoteId, url: published.remoteUrl }))
    expect(corrected).toEqual({ remoteId: 'r-17', remoteUrl: 'https://site.example/r-17' })
    const unpublished = await target.send(delivery('unpublish', 3, { id: 'r-17', url: published.remoteUrl }))
    expect(unpublished).toEqual({ remoteId: 'r-17', remoteUrl: null })

    expect(server.seen.map((seen) => `${seen.method} ${seen.url}`)).toEqual(['POST /stories', 'PUT /stories/r-17', 'PUT /stories/r-17'])
    expect(server.seen.map((seen) => seen.headers['idempotency-key'])).toEqual([1, 2, 3].map((version) => `0190aaaa-0000-7000-8000-000000000001:${version}`))
    for (const seen of server.seen) {
      expect(seen.headers.authorization).toBe(`Bearer ${TOKEN}`)
      expect(seen.headers['content-type']).toBe('application/json')
    }
    expect(stored.get('r-17')).toMatchObject({ version: '3', pubstatus: 'canceled' })
  })

  it('reads the remote id from a Location header when the answer has no JSON id', async () => {
    const server = await receiver((_seen, response) => json(response, 201, {}, { location: '/stories/item%2042' }))
    const target = createHttpTarget({ url: `${server.url}/stories`, token: TOKEN })
    expect(await target.send(delivery('publish', 1))).toEqual({ remoteId: 'item 42', remoteUrl: null })
  })

  it('counts an unpublish of a story the receiver no longer has as done', async () => {
    const server = await receiver((_seen, response) => json(response, 410, { error: 'gone' }))
    const target = createHttpTarget({ url: server.url, token: TOKEN })
    expect(await target.send(delivery('unpublish', 2, { id: 'r-1', url: null }))).toEqual({ remoteId: 'r-1', remoteUrl: null })
  })

  it('calls a 500 a retryable server failure, with the same idempotency key on the retry', async () => {
    let calls = 0
    const server = await receiver((_seen, response) => (++calls === 1 ? json(response, 500, { error: 'database down' }) : json(response, 201, { id: 7 })))
    const target = createHttpTarget({ url: server.url, token: TOKEN })
    const failure = await failureOf(target.send(delivery('publish', 4)))
    expect(failure).toMatchObject({ reason: 'server', retryable: true, status: 500 })
    expect(failure.message).toContain('database down')
    expect(await target.send(delivery('publish', 4))).toEqual({ remoteId: '7', remoteUrl: null })
    expect(server.seen.map((seen) => seen.headers['idempotency-key'])).toEqual(['0190aaaa-0000-7000-8000-000000000001:4', '0190aaaa-0000-7000-8000-000000000001:4'])
  })

  it('gives up on a receiver that stalls past the time limit: timeout, retryable', async () => {
    const server = await startServer(() => undefined)
    servers.push(server)
    const started = Date.now()
    const failure = await failureOf(createHttpTarget({ url: server.url, token: TOKEN, timeoutMs: 300 }).send(delivery('publish', 1)))
    expect(failure).toMatchObject({ reason: 'timeout', retryable: true })
    expect(failure.message).toContain('0.3 s')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('times out a receiver that sends its headers and then stalls in the body', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/json' })
      response.write('{"id":')
    })
    servers.push(server)
    const failure = await failureOf(createHttpTarget({ url: server.url, token: TOKEN, timeoutMs: 300 }).send(delivery('publish', 1)))
    expect(failure).toMatchObject({ reason: 'timeout', retryable: true })
  })

  it('calls a socket closed mid-answer retryable, before or after the headers', async () => {
    const midBody = await startServer((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/json', 'content-length': '100' })
      response.write('{"id":')
      setTimeout(() => response.socket?.destroy(), 20)
    })
    const beforeHeaders = await startServer((request) => request.socket.destroy())
    servers.push(midBody, beforeHeaders)
    for (const server of [midBody, beforeHeaders]) {
      const failure = await failureOf(createHttpTarget({ url: server.url, token: TOKEN }).send(delivery('publish', 1)))
      expect(failure).toMatchObject({ reason: 'bad_response', retryable: true })
      expect(failure.message).toContain('closed the connection')
    }
  })

  it('names 401 and 403 and does not retry them; 429 is retried, 422 is not', async () => {
    const answers: Record<string, number> = { '1': 401, '2': 403, '3': 429, '4': 422 }
    const server = await receiver((seen, response) => json(response, answers[String(seen.headers['idempotency-key']).split(':')[1] ?? ''] ?? 500, { message: 'nope' }))
    const target = createHttpTarget({ url: server.url, token: TOKEN })
    expect(await failureOf(target.send(delivery('publish', 1)))).toMatchObject({ reason: 'unauthorized', retryable: false })
    expect(await failureOf(target.send(delivery('publish', 2)))).toMatchObject({ reason: 'forbidden', retryable: false })
    expect(await failureOf(target.send(delivery('publish', 3)))).toMatchObject({ reason: 'rejected', retryable: true })
    expect(await failureOf(target.send(delivery('publish', 4)))).toMatchObject({ reason: 'rejected', retryable: false })
  })

  it('calls a refused connection unreachable, retryable', async () => {
    const failure = await failureOf(createHttpTarget({ url: await closedPortUrl(), token: TOKEN }).send(delivery('publish', 1)))
    expect(failure).toMatchObject({ reason: 'unreachable', retryable: true })
    expect(failure.message).toContain('ECONNREFUSED')
  })

  it('tests the connection and names what is wrong', async () => {
    const good = await receiver((seen, response) => json(response, seen.headers.authorization === `Bearer ${TOKEN}` ? 200 : 401, []))
    const redirect = await startHttpsRedirect()
    const selfSigned = await startSelfSignedServer()
    servers.push(redirect, selfSigned)
    expect(await createHttpTarget({ url: good.url, token: TOKEN }).testConnection()).toMatchObject({ ok: true })
    expect(await createHttpTarget({ url: good.url, token: 'wrong' }).testConnection()).toMatchObject({ ok: false, reason: 'unauthorized' })
    expect(await createHttpTarget({ url: await closedPortUrl(), token: TOKEN }).testConnection()).toMatchObject({ ok: false, reason: 'unreachable' })
    const moved = await createHttpTarget({ url: redirect.url, token: TOKEN }).testConnection()
    expect(moved).toMatchObject({ ok: false, reason: 'redirect' })
    expect(moved.message).toContain('redirects to https://127.0.0.1:1 (301)')
    const tls = await createHttpTarget({ url: selfSigned.url, token: TOKEN }).testConnection()
    expect(tls).toMatchObject({ ok: false, reason: 'tls' })
    expect(tls.message).toContain('SELF_SIGNED')
    expect(await createHttpTarget({ url: 'stories on the desk', token: TOKEN }).testConnection()).toMatchObject({ ok: false, reason: 'rejected' })
    const plainOnHttps = await createHttpTarget({ url: good.url.replace('http:', 'https:'), token: TOKEN }).testConnection()
    expect(plainOnHttps).toMatchObject({ ok: false, reason: 'tls' })
  })
})
