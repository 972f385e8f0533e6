import { afterEach, describe, expect, it } from 'vitest'
import type { ServerResponse } from 'node:http'
import type { OutboxJob } from '../../src-shared/domain/publishing'
import { fieldsOf, type StoryDetail } from '../../src-shared/domain/storyDraft'
import { validateNinjs } from '../export/validateNinjs'
import { rmSync } from 'node:fs'
import { fixedContext } from '../testing/fixedContext'
import { makeTempDir } from '../testing/tempDir'
import { openTestDesk, type TestDesk } from '../testing/testDesk'
import { DEFAULT_BACKOFF } from './backoff'
import { createOutboxWorker } from './outboxWorker'
import { memorySecretStore } from './secretStore'
import { createHttpTarget } from './targets/httpTarget'
import { startReceiver, type SeenRequest } from './targets/testing/localServers'
import { addHttpTarget, readySeedStory } from './testing/readyStory'

type Receiver = Awaited<ReturnType<typeof startReceiver>>
const opened: { close(): unknown }[] = []
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close()
})

/** A receiver that honours Idempotency-Key as a site should: one stored copy per key, the same answer on a repeat. */
async function idempotentReceiver(misbehave: (seen: SeenRequest, count: number, response: ServerResponse) => boolean = () => false) {
  const accepted = new Map<string, { method: string; body: unknown }>()
  let count = 0
  const receiver: Receiver = await startReceiver((seen, response) => {
    count += 1
    if (misbehave(seen, count, response)) return
    const key = String(seen.headers['idempotency-key'])
    if (!accepted.has(key)) accepted.set(key, { method: seen.method, body: JSON.parse(seen.body) })
    response.writeHead(seen.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'site-42', url: 'https://site.example/pakistan-uk' }))
  })
  opened.push(receiver)
  return { receiver, accepted }
}

async function desk(): Promise<TestDesk> {
  const opened_ = await openTestDesk()
  opened.push(opened_)
  // The worker also runs on its own (kicked by each send); runDue() joins a run already going.
  return opened_
}

/** Runs the worker until the newest job is sent or failed (the fake clock moves 1 s a reading, so even a 10-minute back-off passes). */
async function settle(d: TestDesk): Promise<OutboxJob> {
  for (let round = 0; round < 2_000; round++) {
    await d.workstation.publish.worker.runDue()
    const [job] = await d.value<OutboxJob[]>('outbox:list', {})
    if (job && (job.state === 'sent' || job.state === 'failed')) return job
  }
  throw new Error('the outbox did not settle in 2,000 rounds')
}

describe('the outbox (a real HTTP receiver on 127.0.0.1)', () => {
  it('publishes the seed story once as valid ninjs, corrects it as version 2 with the same uri, and unpublishes it', async () => {
    const d = await desk()
    const { receiver, accepted } = await idempotentReceiver()
    const { story } = await readySeedStory(d)
    const targetId = await addHttpTarget(d, `${receiver.url}/stories`)

    // A file export numbers versions as the site does, not by the story's saves.
    const exportedVersion = async () => (JSON.parse((await d.value<{ content: string }>('publish:export', { storyId: story.id, format: 'ninjs' })).content) as { version: string }).version
    expect(story.version).toBeGreaterThan(1)
    expect(await exportedVersion()).toBe('1')
    const job = await d.value<OutboxJob>('publish:send', { storyId: story.id, targetId, action: 'publish' })
    expect(job).toMatchObject({ state: 'queued', version: 1, action: 'publish', targetName: 'Website' })
    // Asking again for the same version is a no-op: the same job comes back.
    expect((await d.value<OutboxJob>('publish:send', { storyId: story.id, targetId, action: 'publish' })).id).toBe(job.id)
    await settle(d)

    const first = receiver.seen[0]!
    expect(first.method).toBe('POST')
    expect(first.headers['authorization']).toBe('Bearer desk-token-123')
    expect(first.headers['idempotency-key']).toBe(`${story.id}:1`)
    const ninjs = JSON.parse(first.body) as Record<string, unknown>
    expect(validateNinjs(ninjs)).toEqual({ valid: true })
    expect(ninjs).toMatchObject({ uri: `urn:uuid:${story.id}`, version: '1', pubstatus: 'usable', by: 'News Desk', firstcreated: '2024-06-01T13:23:00+05:00' })
    expect(JSON.stringify(ninjs)).toContain('Reporter: Awais Kiyani')

    const published = await d.value<StoryDetail>('stories:get', { id: story.id })
    expect(published.state).toBe('published')
    expect(await exportedVersion()).toBe('1')
    expect(await d.value('publish:publications', { storyId: story.id })).toEqual([expect.objectContaining({ targetId, remoteId: 'site-42', remoteUrl: 'https://site.example/pakistan-uk', version: 1, canceled: false })])
    expect((await d.value<OutboxJob[]>('outbox:list', {}))[0]).toMatchObject({ state: 'sent', attempts: 1, remoteUrl: 'https://site.example/pakistan-uk' })

    // A correction needs a changed text: the same text again is the job already sent.
    expect((await d.value<OutboxJob>('publish:send', { storyId: story.id, targetId, action: 'correct' })).id).toBe(job.id)
    const body = JSON.parse(JSON.stringify(published.body).replace('SAtuday', 'Saturday')) as StoryDetail['body']
    await d.value('stories:save', { id: story.id, baseVersion: published.version, fields: { ...fieldsOf(published), body } })
    expect(await exportedVersion()).toBe('2') // what the correction will be
    const correction = await d.value<OutboxJob>('publish:send', { storyId: story.id, targetId, action: 'correct' })
    expect(correction.version).toBe(2)
    await settle(d)
    expect(receiver.seen[1]).toMatchObject({ method: 'PUT', url: '/stories/site-42' })
    expect(JSON.parse(receiver.seen[1]!.body)).toMatchObject({ uri: `urn:uuid:${story.id}`, version: '2' })
    expect(receiver.seen[1]!.body).toContain('Saturday')

    await d.value<OutboxJob>('publish:send', { storyId: story.id, targetId, action: 'unpublish' })
    await settle(d)
    expect(JSON.parse(receiver.seen[2]!.body)).toMatchObject({ version: '2', pubstatus: 'canceled' })
    expect(receiver.seen[2]!.headers['idempotency-key']).toBe(`${story.id}:2:unpublish`)
    expect((await d.value<StoryDetail>('stories:get', { id: story.id })).state).toBe('unpublished')
    expect([...accepted.keys()]).toEqual([`${story.id}:1`, `${story.id}:2`, `${story.id}:2:unpublish`])
    const moves = await d.value<{ to: string }[]>('desk:moves', { storyId: story.id })
    expect(moves.map((move) => move.to)).toEqual(expect.arrayContaining(['published', 'corrected', 'unpublished']))
  })

  it('500, then a timeout, then a closed socket, then accepted: one copy, the same key on every try', async () => {
    const d = await desk()
    const { receiver, accepted } = await idempotentReceiver((_seen, count, response) => {
      if (count === 1) response.writeHead(500).end('{"error":"database down"}')
      if (count === 3) response.socket?.destroy()
      // The second request is never answered: it stalls past the 1 s timeout (close() drops it).
      return count <= 3
    })
    const { story } = await readySeedStory(d)
    const targetId = await addHttpTarget(d, receiver.url)
    await d.value('publish:send', { storyId: story.id, targetId, action: 'publish' })
    await settle(d)

    expect(receiver.seen).toHaveLength(4)
    expect(new Set(receiver.seen.map((seen) => seen.headers['idempotency-key']))).toEqual(new Set([`${story.id}:1`]))
    expect(accepted.size).toBe(1)
    const [job] = await d.value<OutboxJob[]>('outbox:list', {})
    expect(job).toMatchObject({ state: 'sent', attempts: 4 })
  })

  it('gives up after the allowed attempts with the error shown; "Retry now" sends it', async () => {
    const d = await desk()
    let refuse = true
    const { receiver } = await idempotentReceiver((_seen, _count, response) => (refuse ? (response.writeHead(503).end(), true) : false))
    const { story } = await readySeedStory(d)
    const targetId = await addHttpTarget(d, receiver.url)
    const job = await d.value<OutboxJob>('publish:send', { storyId: story.id, targetId, action: 'publish' })
    const failed = await settle(d)
    expect(failed).toMatchObject({ state: 'failed', attempts: 8, lastReason: 'server' })
    expect(failed.lastError).toMatch(/503/)

    refuse = false
    await d.value('outbox:retry', { id: job.id })
    expect(await settle(d)).toMatchObject({ state: 'sent', attempts: 1 })
    expect(receiver.seen).toHaveLength(9)
  })

  it('a workstation closed mid-send sends the job again when it reopens, with the same key: one copy on the site', async () => {
    const place = { dataDir: makeTempDir().dir, secrets: memorySecretStore() }
    opened.push({ close: () => rmSync(place.dataDir, { recursive: true, force: true }) })
    let first: TestDesk | undefined
    const { receiver, accepted } = await idempotentReceiver((_seen, count) => {
      if (count > 1) return false
      first!.close() // the app quits while the site has the request; the answer never comes
      return true
    })
    first = await openTestDesk(fixedContext(), place)
    const { story } = await readySeedStory(first)
    const targetId = await addHttpTarget(first, receiver.url)
    await first.value('publish:send', { storyId: story.id, targetId, action: 'publish' })
    await new Promise((resolve) => setTimeout(resolve, 1_500)) // the abandoned request times out, unrecorded

    const second = await openTestDesk(fixedContext({ start: '2024-06-01T09:00:00.000Z' }), place)
    opened.push(second)
    expect(await settle(second)).toMatchObject({ state: 'sent', attempts: 2 })
    expect(receiver.seen.map((seen) => seen.headers['idempotency-key'])).toEqual([`${story.id}:1`, `${story.id}:1`])
    expect(accepted.size).toBe(1)
    expect((await second.value<StoryDetail>('stories:get', { id: story.id })).state).toBe('published')
  })

  it('offline, jobs wait without spending attempts, and go when the network is back', async () => {
    let online = false
    const { receiver } = await idempotentReceiver()
    const temp = makeTempDir()
    opened.push({ close: temp.remove })
    const d = await openTestDesk(fixedContext(), { dataDir: temp.dir, secrets: memorySecretStore() })
    opened.push(d)
    d.workstation.publish.worker.stop()
    const worker = createOutboxWorker({ store: d.workstation.store, context: fixedContext({ start: '2024-06-02T00:00:00.000Z' }), client: () => createHttpTarget({ url: receiver.url, token: 't' }), online: () => online, backoff: () => DEFAULT_BACKOFF, offlinePollMs: 20 })
    const { story } = await readySeedStory(d)
    const targetId = await addHttpTarget(d, receiver.url)
    await d.value('publish:send', { storyId: story.id, targetId, action: 'publish' })
    expect(await worker.runDue()).toBe(0)
    expect((await d.value<OutboxJob[]>('outbox:list', {}))[0]).toMatchObject({ state: 'queued', attempts: 0 })
    online = true
    expect(await worker.runDue()).toBe(1)
    expect((await d.value<OutboxJob[]>('outbox:list', {}))[0]).toMatchObject({ state: 'sent', attempts: 1 })
    expect(receiver.seen).toHaveLength(1)
    worker.stop()
  })

  it('only a publisher changes sites or publishes; a story not yet ready cannot be published', async () => {
    const d = await desk()
    const { story } = await readySeedStory(d)
    const reporter = await d.value<{ id: string }>('people:create', { name: 'Only Reporter', roles: ['reporter'] })
    const targetId = await addHttpTarget(d, 'http://127.0.0.1:9/')
    await d.value('profile:set', { personId: reporter.id })
    const refused = await d.call('publish:saveTarget', { kind: 'http', name: 'Mine', url: 'http://127.0.0.1:9/', secret: 'x' })
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'forbidden', message: 'Only a publisher can change where stories are published; Only Reporter is not one.' })
    const send = await d.call('publish:send', { storyId: story.id, targetId, action: 'publish' })
    expect(send.ok ? null : send.error.code).toBe('forbidden')
    const draft = await d.value<StoryDetail>('stories:create', { headline: 'Not ready' })
    await d.value('profile:set', { personId: (await d.value<{ id: string }[]>('people:list', {})).find((p) => p.id !== reporter.id)!.id })
    const early = await d.call('publish:send', { storyId: draft.id, targetId, action: 'publish' })
    expect(early.ok ? null : early.error.message).toBe('“Publish” is for a story that is ready; this one is draft.')
    expect(await d.value('outbox:list', {})).toEqual([])
  })

  it('a refusal retrying cannot fix (401) fails at once, with the reason', async () => {
    const d = await desk()
    const { receiver } = await idempotentReceiver((_seen, _count, response) => (response.writeHead(401).end(), true))
    const { story } = await readySeedStory(d)
    const targetId = await addHttpTarget(d, receiver.url)
    await d.value('publish:send', { storyId: story.id, targetId, action: 'publish' })
    expect(await settle(d)).toMatchObject({ state: 'failed', attempts: 1, lastReason: 'unauthorized' })
    expect((await d.value<StoryDetail>('stories:get', { id: story.id })).state).toBe('ready')
  })
})
