import { readFile } from 'node:fs/promises'
import type { Delivery, DeliveryPicture } from './publishTarget'
import { PublishFailure } from './publishFailure'
import type { WordpressApi } from './wordpressApi'
import { escapeHtml, markComment, storyMark, type MediaOnSite } from './wordpressContent'

/** A media item as the REST API answers it (`/wp/v2/media`), the fields read here. */
interface MediaItem {
  id?: unknown
  source_url?: unknown
  description?: { raw?: unknown }
}

/**
 * Puts every picture of the story in the site's media library, with its caption and alt text,
 * and answers pictureId → { media id, source_url }.
 * - a picture the site already has (`remote.mediaIds`, or found by its mark after a lost answer)
 *   is updated in place (`POST /wp/v2/media/<id>` with caption, alt_text, description), never uploaded twice;
 * - a new one, or one deleted on the site (404), is uploaded: `POST /wp/v2/media`, multipart
 *   (`file` plus the same fields, one request; PHP's upload parser takes any UTF-8 file name).
 * The media `caption` is the caption (HTML-escaped: WordPress treats it as HTML); the credit goes
 * in the `description` with the mark, because core has no credit field.
 * @throws PublishFailure from the site, or `rejected` when a picture's file is missing
 */
export async function putPicturesOnSite(api: WordpressApi, delivery: Delivery): Promise<Map<string, MediaOnSite>> {
  const pictures = uniquePictures(delivery.post.pictures)
  const known: Record<string, string> = { ...delivery.remote?.mediaIds }
  if (pictures.some((picture) => !known[picture.pictureId])) Object.assign(known, await findMarkedMedia(api, delivery.storyId), delivery.remote?.mediaIds)
  const onSite = new Map<string, MediaOnSite>()
  // One at a time: uploads are large and WordPress resizes each one while we wait.
  for (const picture of pictures) {
    const fields = mediaFields(delivery.storyId, picture)
    const id = known[picture.pictureId]
    const updated = id ? await api.call('POST', `/wp/v2/media/${id}`, { json: fields, allow: [404, 410] }) : null
    const answer = updated && updated.status < 300 ? updated : await upload(api, picture, fields)
    onSite.set(picture.pictureId, mediaOnSite(api, answer.json as MediaItem))
  }
  return onSite
}

/** The site's media ids of this story's pictures, by their marks: pictureId → media id. */
async function findMarkedMedia(api: WordpressApi, storyId: string): Promise<Record<string, string>> {
  const answer = await api.call('GET', '/wp/v2/media', {
    query: { search: storyMark(storyId), context: 'edit', per_page: '100', _fields: 'id,description' },
  })
  const found: Record<string, string> = {}
  for (const item of Array.isArray(answer.json) ? (answer.json as MediaItem[]) : []) {
    const raw = typeof item.description?.raw === 'string' ? item.description.raw : ''
    const pictureId = new RegExp(`${escapeRegExp(storyMark(storyId))} newsdesk-picture:(\\S+) -->`).exec(raw)?.[1]
    if (pictureId && (typeof item.id === 'number' || typeof item.id === 'string')) found[pictureId] = String(item.id)
  }
  return found
}

async function upload(api: WordpressApi, picture: DeliveryPicture, fields: Record<string, string>) {
  let bytes: Buffer
  try {
    bytes = await readFile(picture.filePath)
  } catch (error) {
    throw new PublishFailure('rejected', `The picture “${picture.fileName}” is missing from this workstation's picture library (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}). Add it to the story again, then publish.`, false)
  }
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: picture.mime }), picture.fileName)
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return api.call('POST', '/wp/v2/media', { form, timeoutMs: api.uploadTimeoutMs })
}

function mediaFields(storyId: string, picture: DeliveryPicture): Record<string, string> {
  const credit = picture.credit ? `Credit: ${escapeHtml(picture.credit)}\n` : ''
  return {
    caption: escapeHtml(picture.caption),
    alt_text: picture.alt,
    description: `${credit}${markComment(storyId, picture.pictureId)}`,
  }
}

function mediaOnSite(api: WordpressApi, item: MediaItem | undefined): MediaOnSite {
  const id = item?.id
  const sourceUrl = item?.source_url
  if ((typeof id !== 'number' && typeof id !== 'string') || typeof sourceUrl !== 'string') {
    throw new PublishFailure('bad_response', `The WordPress site at ${api.siteUrl} took a picture but did not say where it is (no id or source_url). Try again; if it repeats, ask the site's administrator.`, true)
  }
  return { id: String(id), sourceUrl }
}

function uniquePictures(pictures: DeliveryPicture[]): DeliveryPicture[] {
  const seen = new Map<string, DeliveryPicture>()
  for (const picture of pictures) if (!seen.has(picture.pictureId)) seen.set(picture.pictureId, picture)
  return [...seen.values()]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
