import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { exportBodyHtml } from '../export/exportBody'
import { storyPictures } from '../export/storyPictures'
import type { PictureService } from '../pictures/pictureService'
import { ServiceError } from '../app/serviceError'
import type { DeliveryPost } from './targets/publishTarget'

/** The scheme of the picture placeholders in a frozen post; the target swaps in the site's address. */
export const PICTURE_PLACEHOLDER = 'newsdesk-picture'

const EXTENSIONS: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp', 'image/gif': '.gif', 'image/avif': '.avif' }

/**
 * The story as a site's post, frozen into the outbox job when it is queued: the cleaned body
 * HTML with the credit footer (src-main/export/exportBody.ts) and `newsdesk-picture:<id>`
 * placeholders, the standfirst as excerpt, the dateline time as the publication time, and
 * every picture with the file it is read from.
 * @throws ServiceError `not_found` when a picture the story uses is no longer in the library.
 */
export function deliveryPost(story: StoryDetail, pictures: PictureService): DeliveryPost {
  const uses = storyPictures(story)
  const seen = new Set<string>()
  const files = uses.flatMap((use) => {
    if (seen.has(use.pictureId)) return []
    seen.add(use.pictureId)
    const file = pictures.file(use.pictureId)
    if (!file) throw new ServiceError('not_found', `A picture of this story is missing from the library (${use.kind === 'lead' ? 'the lead picture' : use.name}).`)
    const base = (story.slug || 'picture').slice(0, 60)
    return [{ pictureId: use.pictureId, filePath: file.path, fileName: `${base}-${seen.size}${EXTENSIONS[file.mime] ?? ''}`, mime: file.mime, caption: use.caption, alt: use.alt, credit: use.credit }]
  })
  return {
    title: story.headline,
    contentHtml: exportBodyHtml(story, { pictureSrc: (id) => `${PICTURE_PLACEHOLDER}:${id}`, pictureSchemes: [PICTURE_PLACEHOLDER] }),
    excerpt: story.standfirst,
    slug: story.slug,
    dateGmt: story.datelineAt,
    pictures: files,
    leadPictureId: story.lead?.pictureId ?? null,
  }
}
