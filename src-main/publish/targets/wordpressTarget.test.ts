import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { Delivery, DeliveryPicture } from './publishTarget'
import { PublishFailure } from './publishFailure'
import { startServer, type LocalServer } from './testing/localServers'
import { peerRest, useWordpressPeer } from './testing/wordpressPeer'
import { createWordpressTarget } from './wordpressTarget'

// Against the real WordPress 6.1 peer (site zone Asia/Karachi): fails, never skips, when it is not up.
const peer = useWordpressPeer()
const storyIds: string[] = []

afterAll(async () => {
  if (!peer.url) return
  // Force-delete everything the tests made (found by the story mark), so reruns stay tidy.
  for (const storyId of storyIds) {
    const search = `newsdesk-story:${storyId}`
    const posts = await peerRest(peer, 'GET', '/wp/v2/posts', { query: { search, status: 'publish,future,draft,pending,private,trash', context: 'edit', _fields: 'id' } })
    const media = await peerRest(peer, 'GET', '/wp/v2/media', { query: { search, context: 'edit', _fields: 'id' } })
    for (const post of posts.json ?? []) await peerRest(peer, 'DELETE', `/wp/v2/posts/${post.id}`, { query: { force: 'true' } })
    for (const item of media.json ?? []) await peerRest(peer, 'DELETE', `/wp/v2/media/${item.id}`, { query: { force: 'true' } })
  }
})

const fixture = (name: string) => fileURLToPath(new URL(`../../../e2e/fixtures/pictures/${name}`, import.meta.url))
const lead: DeliveryPicture = { pictureId: 'pic-lead', filePath: fixture('captioned.jpg'), fileName: 'naqvi-london.jpg', mime: 'image/jpeg', caption: 'File photo', alt: 'Mohsin Naqvi at a lectern', credit: 'News Desk' }
const inBody: DeliveryPicture = { pictureId: 'pic-body', filePath: fixture('plain.png'), fileName: 'sukkur-camp.png', mime: 'image/png', caption: 'Relief camp in Sukkur', alt: 'Tents beside a canal', credit: 'AP' }

function story(): Delivery {
  const storyId = randomUUID()
  storyIds.push(storyId)
  return {
    action: 'publish',
    storyId,
    version: 1,
    idempotencyKey: `${storyId}:1`,
    ninjs: {},
    post: {
      title: 'Flood relief reaches Sukkur',
      contentHtml: [
        '<p>Relief convoys reached Sukkur on Sunday.</p>',
        '<img src="newsdesk-picture:pic-body">',
        '<figure data-picture-id="pic-lead"><img src="newsdesk-picture:pic-lead" alt="Naqvi speaking"><figcaption>The minister in London</figcaption></figure>',
      ].join('\n'),
      excerpt: 'Convoys carry food and tents to the camps',
      slug: `flood-relief-${storyId.slice(0, 8)}`,
      // 10 March 2024 09:00 in Karachi, as a desk in UTC stores it.
      dateGmt: '2024-03-10T04:00:00.000Z',
      pictures: [lead, inBody],
      leadPictureId: 'pic-lead',
    },
    remote: null,
  }
}

async function postsOf(storyId: string): Promise<number[]> {
  const found = await peerRest(peer, 'GET', '/wp/v2/posts', { query: { search: `newsdesk-story:${storyId}`, status: 'publish,future,draft,pending,private,trash', context: 'edit', _fields: 'id' } })
  return (found.json as Array<{ id: number }>).map((post) => post.id)
}

async function mediaOf(storyId: string): Promise<number[]> {
  const found = await peerRest(peer, 'GET', '/wp/v2/media', { query: { search: `newsdesk-story:${storyId}`, context: 'edit', _fields: 'id' } })
  return (found.json as Array<{ id: number }>).map((item) => item.id).sort()
}

describe('the WordPress target against the real WordPress peer', () => {
  it('publishes a story with its pictures, lead picture and time, then corrects the same post and takes it down', async () => {
    const target = createWordpressTarget({ siteUrl: peer.url, user: peer.user, appPassword: peer.appPassword })
    const delivery = story()
    const published = await target.send(delivery)
    expect(published.remoteUrl).toMatch(new RegExp(`^${peer.url}/`))
    const mediaIds = published.mediaIds ?? {}
    expect(Object.keys(mediaIds).sort()).toEqual(['pic-body', 'pic-lead'])

    const post = (await peerRest(peer, 'GET', `/wp/v2/posts/${published.remoteId}`, { query: { context: 'edit' } })).json
    expect(post.title.raw).toBe('Flood relief reaches Sukkur')
    expect(post.excerpt.raw).toBe('Convoys carry food and tents to the camps')
    expect(post.status).toBe('publish')
    expect(post.link).toBe(published.remoteUrl)
    expect([post.date, post.date_gmt]).toEqual(['2024-03-10T09:00:00', '2024-03-10T04:00:00'])
    expect(post.featured_media).toBe(Number(mediaIds['pic-lead']))

    const leadMedia = (await peerRest(peer, 'GET', `/wp/v2/media/${mediaIds['pic-lead']}`, { query: { context: 'edit' } })).json
    expect(leadMedia.caption.raw).toBe('File photo')
    expect(leadMedia.alt_text).toBe('Mohsin Naqvi at a lectern')
    expect(leadMedia.description.raw).toContain('Credit: News Desk')
    const bodyMedia = (await peerRest(peer, 'GET', `/wp/v2/media/${mediaIds['pic-body']}`, { query: { context: 'edit' } })).json
    expect(bodyMedia.caption.raw).toBe('Relief camp in Sukkur')
    expect(bodyMedia.alt_text).toBe('Tents beside a canal')
    const served = await fetch(bodyMedia.source_url)
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/png'])

    const content: string = post.content.raw
    expect(content).not.toContain('newsdesk-picture:pic')
    expect(content).toContain(`<figure class="wp-block-image"><img src="${bodyMedia.source_url}" alt="Tents beside a canal" class="wp-image-${mediaIds['pic-body']}"/><figcaption>Relief camp in Sukkur <small class="credit">AP</small></figcaption></figure>`)
    expect(content).toContain(`<figure data-picture-id="pic-lead"><img src="${leadMedia.source_url}" alt="Naqvi speaking" class="wp-image-${mediaIds['pic-lead']}"/><figcaption>The minister in London</figcaption></figure>`)

    // Correct: the same post and the same media, new words; no second post, no second upload.
    const correction: Delivery = {
      ...delivery,
      action: 'correct',
      version: 2,
      idempotencyKey: `${delivery.storyId}:2`,
      post: { ...delivery.post, title: 'Flood relief reaches Sukkur and Larkana', pictures: [{ ...lead, caption: 'File photo (2023)' }, inBody] },
      remote: { id: published.remoteId, url: published.remoteUrl, mediaIds },
    }
    const corrected = await target.send(correction)
    expect(corrected).toEqual({ remoteId: published.remoteId, remoteUrl: published.remoteUrl, mediaIds })
    const after = (await peerRest(peer, 'GET', `/wp/v2/posts/${published.remoteId}`, { query: { context: 'edit' } })).json
    expect(after.title.raw).toBe('Flood relief reaches Sukkur and Larkana')
    expect([after.date, after.date_gmt]).toEqual(['2024-03-10T09:00:00', '2024-03-10T04:00:00'])
    expect((await peerRest(peer, 'GET', `/wp/v2/media/${mediaIds['pic-lead']}`, { query: { context: 'edit' } })).json.caption.raw).toBe('File photo (2023)')
    expect(await postsOf(delivery.storyId)).toEqual([Number(published.remoteId)])
    const slugged = await peerRest(peer, 'GET', '/wp/v2/posts', { query: { slug: delivery.post.slug, _fields: 'id' } })
    expect(slugged.json).toHaveLength(1)
    expect(await mediaOf(delivery.storyId)).toHaveLength(2)

    // Unpublish: to the trash; a second unpublish (410 already trashed) is done too.
    const unpublish: Delivery = { ...correction, action: 'unpublish', version: 3, idempotencyKey: `${delivery.storyId}:3`, remote: { id: corrected.remoteId, url: corrected.remoteUrl, mediaIds } }
    expect(await target.send(unpublish)).toEqual({ remoteId: published.remoteId, remoteUrl: null, mediaIds })
    expect((await peerRest(peer, 'GET', `/wp/v2/posts/${published.remoteId}`, { query: { context: 'edit' } })).json.status).toBe('trash')
    expect(await target.send(unpublish)).toMatchObject({ remoteId: published.remoteId })
  })

  it('finds its own post and pictures after an answer was lost, instead of making a second post', async () => {
    const target = createWordpressTarget({ siteUrl: peer.url, user: peer.user, appPassword: peer.appPassword })
    const delivery = story()
    const first = await target.send(delivery)
    // The outbox never stored `first` (say the answer was lost): it sends the same version again with no remote copy.
    const again = await target.send({ ...delivery, remote: null })
    expect(again).toEqual(first)
    expect(await postsOf(delivery.storyId)).toEqual([Number(first.remoteId)])
    expect(await mediaOf(delivery.storyId)).toEqual(Object.values(first.mediaIds ?? {}).map(Number).sort())
  })

  it('schedules a story whose time is ahead: WordPress makes it future', async () => {
    const target = createWordpressTarget({ siteUrl: peer.url, user: peer.user, appPassword: peer.appPassword })
    const delivery = story()
    const scheduled = await target.send({ ...delivery, post: { ...delivery.post, dateGmt: '2030-01-01T00:00:00Z', pictures: [], leadPictureId: null, contentHtml: '<p>Later.</p>' } })
    const post = (await peerRest(peer, 'GET', `/wp/v2/posts/${scheduled.remoteId}`, { query: { context: 'edit' } })).json
    expect([post.status, post.date, post.date_gmt, post.featured_media]).toEqual(['future', '2030-01-01T05:00:00', '2030-01-01T00:00:00', 0])
  })

  it('refuses a body that shows a picture the story does not list, before uploading anything', async () => {
    const target = createWordpressTarget({ siteUrl: peer.url, user: peer.user, appPassword: peer.appPassword })
    const delivery = story()
    const error = await target.send({ ...delivery, post: { ...delivery.post, contentHtml: '<img src="newsdesk-picture:nowhere">' } }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PublishFailure)
    expect(error).toMatchObject({ reason: 'rejected', retryable: false })
    expect(await postsOf(delivery.storyId)).toEqual([])
    expect(await mediaOf(delivery.storyId)).toEqual([])
  })
})

describe('the WordPress target against a stand-in that drops the lead picture', () => {
  let standIn: LocalServer
  afterAll(() => standIn?.close())

  it('checks featured_media in the answer: WordPress answers 201 even when it dropped it', async () => {
    standIn = await startServer((request, response) => {
      const route = new URL(request.url ?? '/', 'http://x').searchParams.get('rest_route')
      const answers: Record<string, [number, unknown]> = {
        'GET /wp/v2/posts': [200, []],
        'GET /wp/v2/media': [200, []],
        'POST /wp/v2/media': [201, { id: 31, source_url: 'http://127.0.0.1/wp-content/uploads/lead.jpg' }],
        'POST /wp/v2/posts': [201, { id: 77, link: 'http://127.0.0.1/flood-relief/', featured_media: 0 }],
      }
      const [status, body] = answers[`${request.method} ${route}`] ?? [404, { code: 'rest_no_route' }]
      request.resume().on('end', () => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)))
    })
    const delivery = story()
    const error = await createWordpressTarget({ siteUrl: standIn.url, user: 'desk', appPassword: 'x' }).send(delivery).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PublishFailure)
    expect(error).toMatchObject({ reason: 'bad_response', retryable: false })
    expect((error as Error).message).toContain('did not keep its lead picture (featured_media is 0, expected 31)')
  })
})
