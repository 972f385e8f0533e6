import type { DeliveryPicture } from './publishTarget'
import { PublishFailure } from './publishFailure'

/** A picture as it is on the site: its media id and the address WordPress serves it from. */
export interface MediaOnSite {
  id: string
  /** The media item's `source_url` (WordPress REST field). */
  sourceUrl: string
}

/** The scheme of picture placeholders in a delivery's body HTML: `<img src="newsdesk-picture:<pictureId>">`. */
export const PLACEHOLDER_SCHEME = 'newsdesk-picture:'

/**
 * The mark that lets a retry find what an earlier attempt made when its answer was lost:
 * an HTML comment (kept by WordPress for every role, like block comments) whose text is
 * found by the REST `search` parameter (SQL LIKE over title, excerpt and content).
 */
export function storyMark(storyId: string): string {
  return `newsdesk-story:${storyId}`
}

/** The comment put at the top of the post content, and at the end of each picture's media description. */
export function markComment(storyId: string, pictureId?: string): string {
  return `<!-- ${storyMark(storyId)}${pictureId ? ` newsdesk-picture:${pictureId}` : ''} -->`
}

/**
 * The post content: the story mark, then the body with every picture placeholder replaced.
 * - a placeholder inside a `<figure>` (the body's own figure with its figcaption) gets the site's address;
 * - a bare placeholder becomes `<figure class="wp-block-image"><img …><figcaption>caption <small class="credit">credit</small></figcaption></figure>`.
 * The `<img>` gets `class="wp-image-<media id>"`: WordPress reads it to add `srcset`/`sizes`
 * (core's `wp_filter_content_tags`), so readers get a picture sized for their screen.
 * Alt text: the tag's own `alt` when it has one, else the picture's.
 * @throws PublishFailure rejected when the body names a picture missing from `pictures` or not uploaded
 */
export function postContent(storyId: string, contentHtml: string, pictures: DeliveryPicture[], onSite: Map<string, MediaOnSite>): string {
  const byId = new Map(pictures.map((picture) => [picture.pictureId, picture]))
  const body = contentHtml.replace(/<img\b[^>]*>/gi, (tag: string, offset: number, html: string) => {
    const src = attribute(tag, 'src')
    if (!src?.startsWith(PLACEHOLDER_SCHEME)) return tag
    const pictureId = src.slice(PLACEHOLDER_SCHEME.length)
    const picture = byId.get(pictureId)
    const media = onSite.get(pictureId)
    if (!picture || !media) {
      throw new PublishFailure('rejected', `The story's text shows a picture (${pictureId}) that is not among its pictures. Remove it and insert it again, then publish.`, false)
    }
    const alt = attribute(tag, 'alt') || picture.alt
    const img = `<img src="${escapeHtml(media.sourceUrl)}" alt="${escapeHtml(alt)}" class="wp-image-${media.id}"/>`
    if (insideFigure(html, offset)) return img
    const credit = picture.credit ? ` <small class="credit">${escapeHtml(picture.credit)}</small>` : ''
    const caption = picture.caption || credit ? `<figcaption>${escapeHtml(picture.caption)}${credit}</figcaption>` : ''
    return `<figure class="wp-block-image">${img}${caption}</figure>`
  })
  return `${markComment(storyId)}\n${body}`
}

/**
 * The picture ids a body shows, in order (`<img src="newsdesk-picture:<id>">`), so a delivery
 * can be checked before anything is uploaded.
 */
export function picturesShown(contentHtml: string): string[] {
  return [...contentHtml.matchAll(/<img\b[^>]*>/gi)]
    .map((match) => attribute(match[0], 'src'))
    .filter((src): src is string => Boolean(src?.startsWith(PLACEHOLDER_SCHEME)))
    .map((src) => src.slice(PLACEHOLDER_SCHEME.length))
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+))`, 'i').exec(tag)
  if (!match) return null
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '')
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}

/** Figures never nest, so the tag is inside one when the last `<figure` before it is still open. */
function insideFigure(html: string, offset: number): boolean {
  const before = html.slice(0, offset).toLowerCase()
  return before.lastIndexOf('<figure') > before.lastIndexOf('</figure')
}
