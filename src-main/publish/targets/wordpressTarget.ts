import type { Delivered, Delivery, PublishTarget } from './publishTarget'
import { PublishFailure } from './publishFailure'
import { createWordpressApi, type WordpressApi, type WordpressSettings } from './wordpressApi'
import { testWordpressConnection } from './wordpressConnection'
import { picturesShown, postContent, storyMark, type MediaOnSite } from './wordpressContent'
import { putPicturesOnSite } from './wordpressPictures'

export type { WordpressSettings } from './wordpressApi'

/** A post as the REST API answers it (`/wp/v2/posts`), the fields read here. */
interface PostItem {
  id?: unknown
  link?: unknown
  featured_media?: unknown
  content?: { raw?: unknown }
}

/**
 * WordPress through its REST API (`/wp/v2`) with an application password.
 * - publish / correct: pictures to the media library (see `putPicturesOnSite`), then one post:
 *   `POST /wp/v2/posts` the first time, `POST /wp/v2/posts/<id>` after (the same post, never a second);
 *   `status: "publish"` (WordPress itself makes it `future` when `date_gmt` is ahead) and
 *   `date_gmt` in UTC without offset, so the desk's and the site's time zones never shift the time.
 * - unpublish: `DELETE /wp/v2/posts/<id>` moves the post to the trash; 410 (already trashed) and
 *   404 (deleted for good) count as done. Pictures stay in the media library.
 * WordPress has no idempotency key, so the post content carries a mark (an HTML comment with the
 * story id): when no earlier delivery was stored (an answer lost mid-send), the post is looked up by its mark first.
 */
export function createWordpressTarget(settings: WordpressSettings): PublishTarget {
  const api = createWordpressApi(settings)
  return {
    kind: 'wordpress',
    send: (delivery) => sendToWordpress(api, delivery),
    testConnection: () => testWordpressConnection(api, settings),
  }
}

async function sendToWordpress(api: WordpressApi, delivery: Delivery): Promise<Delivered> {
  if (delivery.action !== 'unpublish') checkPictures(delivery)
  const postId = delivery.remote?.id ?? (await findMarkedPost(api, delivery.storyId))
  if (delivery.action === 'unpublish') return trashPost(api, postId, delivery)
  const onSite = await putPicturesOnSite(api, delivery)
  const fields = postFields(delivery, onSite)
  const answer = await api.call('POST', postId ? `/wp/v2/posts/${postId}` : '/wp/v2/posts', { json: fields, allow: [404] })
  if (answer.status === 404) {
    throw new PublishFailure('rejected', `The post of this story (id ${postId}) is no longer on ${api.site}: it was deleted there for good. Newsdesk will not make a second post on its own: ask the site's administrator whether the story should go back up.`, false, 404)
  }
  const post = answer.json as PostItem | undefined
  if (typeof post?.id !== 'number') throw new PublishFailure('bad_response', `The WordPress site at ${api.siteUrl} saved the story but its answer has no post id. Newsdesk will try again and find the post by its mark.`, true)
  // WordPress ignores a featured_media id it cannot use and answers 200/201 anyway (the posts controller drops handle_featured_media's error).
  if (Number(post.featured_media ?? 0) !== fields.featured_media) {
    throw new PublishFailure('bad_response', `The WordPress site at ${api.siteUrl} saved the story (post ${post.id}) but did not keep its lead picture (featured_media is ${String(post.featured_media)}, expected ${fields.featured_media}). Check that the theme supports featured images, then publish again.`, false)
  }
  const mediaIds = { ...delivery.remote?.mediaIds, ...Object.fromEntries([...onSite].map(([pictureId, media]) => [pictureId, media.id])) }
  return { remoteId: String(post.id), remoteUrl: typeof post.link === 'string' ? post.link : null, mediaIds }
}

/** Before any upload: every picture the body shows, and the lead picture, must be among the story's pictures. */
function checkPictures(delivery: Delivery): void {
  const { post } = delivery
  const listed = new Set(post.pictures.map((picture) => picture.pictureId))
  const unlisted = picturesShown(post.contentHtml).find((pictureId) => !listed.has(pictureId))
  if (unlisted) throw new PublishFailure('rejected', `The story's text shows a picture (${unlisted}) that is not among its pictures. Remove it and insert it again, then publish.`, false)
  if (post.leadPictureId && !listed.has(post.leadPictureId)) throw new PublishFailure('rejected', 'The lead picture is not among the story\'s pictures. Choose the lead picture again, then publish.', false)
}

/** The REST fields of the post (names from `/wp/v2/posts`); `featured_media` 0 removes a lead picture. */
function postFields(delivery: Delivery, onSite: Map<string, MediaOnSite>) {
  const { post } = delivery
  const lead = post.leadPictureId ? onSite.get(post.leadPictureId) : undefined
  return {
    title: post.title,
    content: postContent(delivery.storyId, post.contentHtml, post.pictures, onSite),
    excerpt: post.excerpt,
    slug: post.slug,
    status: 'publish',
    featured_media: lead ? Number(lead.id) : 0,
    ...(post.dateGmt ? { date_gmt: wordpressGmt(post.dateGmt) } : {}),
  }
}

/**
 * An instant as WordPress's `date_gmt` wants it: `YYYY-MM-DDTHH:MM:SS` in UTC, no offset
 * (answers never carry one either). An instant without offset is read as UTC, as the delivery promises.
 */
export function wordpressGmt(instant: string): string {
  const withZone = /(Z|[+-]\d\d:?\d\d)$/i.test(instant) ? instant : `${instant}Z`
  const ms = Date.parse(withZone)
  if (Number.isNaN(ms)) throw new PublishFailure('rejected', `The publication time “${instant}” is not a valid time. Set it again, then publish.`, false)
  return new Date(ms).toISOString().slice(0, 19)
}

async function trashPost(api: WordpressApi, postId: string | null, delivery: Delivery): Promise<Delivered> {
  if (!postId) throw new PublishFailure('rejected', `This story was never published on ${api.site}, so there is nothing to take down.`, false)
  await api.call('DELETE', `/wp/v2/posts/${postId}`, { allow: [404, 410] })
  return { remoteId: postId, remoteUrl: null, ...(delivery.remote?.mediaIds ? { mediaIds: delivery.remote.mediaIds } : {}) }
}

/** The id of this story's post when an earlier attempt made it but its answer was lost; null when there is none. */
async function findMarkedPost(api: WordpressApi, storyId: string): Promise<string | null> {
  const answer = await api.call('GET', '/wp/v2/posts', {
    query: { search: storyMark(storyId), status: 'publish,future,draft,pending,private,trash', context: 'edit', per_page: '20', _fields: 'id,content' },
  })
  const posts = Array.isArray(answer.json) ? (answer.json as PostItem[]) : []
  const mine = posts.find((post) => typeof post.content?.raw === 'string' && post.content.raw.includes(`${storyMark(storyId)} -->`))
  return typeof mine?.id === 'number' ? String(mine.id) : null
}
