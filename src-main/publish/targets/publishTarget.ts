/**
 * The seam between the outbox worker and a site: one delivery in, what the site kept out.
 * Targets live in the main process, never import `electron`, and talk HTTP with Node's
 * global `fetch` (every request has a timeout and never follows a redirect on its own).
 */
import type { FailureReason } from './publishFailure'

export { PublishFailure } from './publishFailure'
export type { FailureReason } from './publishFailure'

/** What a delivery does to the story on the site. */
export type DeliveryAction = 'publish' | 'correct' | 'unpublish'

/**
 * A picture of the story as it is sent: the bytes on disk plus this use's words.
 * `caption`, `alt` and `credit` are plain text (targets escape them for HTML).
 */
export interface DeliveryPicture {
  /** The picture's library id; the body names it as `<img src="newsdesk-picture:<pictureId>">`. */
  pictureId: string
  /** Absolute path of the picture's bytes (the SHA-256 named file in the picture store). */
  filePath: string
  /** The name the site shows for the upload, e.g. `flood-relief.jpg`. */
  fileName: string
  /** Media type from the bytes, e.g. `image/jpeg`. */
  mime: string
  caption: string
  alt: string
  credit: string
}

/** The story as a WordPress-like site wants it (the generic HTTP target sends `ninjs` instead). */
export interface DeliveryPost {
  /** The headline. */
  title: string
  /** Body HTML; each picture is an `<img src="newsdesk-picture:<pictureId>">` placeholder. */
  contentHtml: string
  /** The standfirst, as plain text. */
  excerpt: string
  slug: string
  /** Publication instant (UTC ISO 8601, e.g. `2024-03-10T04:00:00Z`); null = now, or keep the site's date on a correction. */
  dateGmt: string | null
  /** Every picture the story uses: the lead picture and those in the body. */
  pictures: DeliveryPicture[]
  /** The lead (featured) picture, one of `pictures`; null = none (a correction then removes it). */
  leadPictureId: string | null
}

/** What an earlier delivery of this story returned, as the outbox stored it. */
export interface RemoteCopy {
  id: string
  url: string | null
  /** pictureId → the site's media id, so a correction reuses uploads instead of repeating them. */
  mediaIds?: Record<string, string>
}

/** One job of the outbox: a version of a story to put on (or take off) the site. */
export interface Delivery {
  action: DeliveryAction
  storyId: string
  /** The published version this delivery carries (ninjs `version`). */
  version: number
  /** `<storyId>:<version>`: the same on every retry, so a site never takes one version twice. */
  idempotencyKey: string
  /** The IPTC ninjs 2.2 document of this version (for unpublish: `pubstatus` canceled). */
  ninjs: object
  post: DeliveryPost
  /** Null until a delivery of this story succeeded. */
  remote: RemoteCopy | null
}

/** What the site kept: the outbox stores it on the story and hands it back as `remote` next time. */
export interface Delivered {
  remoteId: string
  /** The public address of the story on the site, when the site says it. */
  remoteUrl: string | null
  mediaIds?: Record<string, string>
}

/** The answer to "Test connection", written for the person who filled in the settings. */
export interface ConnectionReport {
  ok: boolean
  reason?: FailureReason
  message: string
  /** Who the site says we are (WordPress: the user's display name). */
  user?: string
}

/**
 * A site the outbox can deliver to.
 * `send` resolves with what the site kept, or throws a {@link PublishFailure} whose `retryable`
 * tells the worker whether to try again later (with the same idempotency key). Any other error is a bug.
 * `testConnection` never throws: every failure becomes a report with a reason.
 */
export interface PublishTarget {
  kind: 'http' | 'wordpress'
  send(delivery: Delivery): Promise<Delivered>
  testConnection(): Promise<ConnectionReport>
}
