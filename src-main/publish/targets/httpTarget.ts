import type { ConnectionReport, Delivered, Delivery, PublishTarget } from './publishTarget'
import { PublishFailure, failureFromStatus } from './publishFailure'
import { requestSite, saidBy, type SiteAnswer } from './requestSite'

/** Settings of a generic HTTP endpoint that takes ninjs JSON. */
export interface HttpTargetSettings {
  /** The collection address, e.g. `https://api.example.com/stories`; a story lives at `<url>/<remote id>`. */
  url: string
  /** Sent as `Authorization: Bearer <token>`. */
  token: string
  /** Limit for one request, answer included (ms). Default 30 000. */
  timeoutMs?: number
}

/**
 * A generic endpoint that stores ninjs documents, REST style:
 * - publish (first time): `POST <url>` → 200/201; the remote id is the JSON `id` of the answer
 *   (string or number), else the last segment of its `Location` header; `url` in the answer is the public address.
 * - publish again, or correct: `PUT <url>/<remote id>` with the whole document (same `uri`, `version` up).
 * - unpublish: `PUT <url>/<remote id>` with `pubstatus: "canceled"` (ninjs's own way to withdraw an item,
 *   so the receiver keeps the history); 404/410 there count as done.
 * Every request carries `Idempotency-Key: <story id>:<version>` (the IETF httpapi idempotency-key draft),
 * the same on every retry, so a receiver that keeps keys never stores one version twice.
 */
export function createHttpTarget(settings: HttpTargetSettings): PublishTarget {
  const collection = settings.url.replace(/\/+$/, '')
  const timeoutMs = settings.timeoutMs ?? 30_000
  const site = `the endpoint at ${collection}`
  const auth = { authorization: `Bearer ${settings.token}`, accept: 'application/json' }

  async function send(delivery: Delivery): Promise<Delivered> {
    const { remote } = delivery
    const canceled = delivery.action === 'unpublish'
    if (canceled && !remote) {
      throw new PublishFailure('rejected', 'This story was never delivered to this endpoint, so there is nothing to take down.', false)
    }
    const document = canceled ? { ...delivery.ninjs, pubstatus: 'canceled' } : delivery.ninjs
    const answer = await requestSite({
      url: remote ? `${collection}/${encodeURIComponent(remote.id)}` : collection,
      method: remote ? 'PUT' : 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': delivery.idempotencyKey },
      body: JSON.stringify(document),
      timeoutMs,
      site,
    })
    if (canceled && remote && (answer.status === 404 || answer.status === 410)) return { remoteId: remote.id, remoteUrl: null }
    if (answer.status < 200 || answer.status >= 300) throw failureFromStatus(answer.status, site, saidBy(answer))
    const remoteId = remote?.id ?? idFromAnswer(answer)
    if (!remoteId) {
      throw new PublishFailure('bad_response', `The endpoint at ${collection} took the story (${answer.status}) but did not say its id (no JSON "id", no Location header). Ask its developers; Newsdesk cannot correct the story later without it.`, false)
    }
    return { remoteId, remoteUrl: urlFromAnswer(answer) ?? (canceled ? null : (remote?.url ?? null)) }
  }

  async function testConnection(): Promise<ConnectionReport> {
    try {
      const answer = await requestSite({ url: collection, method: 'GET', headers: auth, timeoutMs, site })
      if (answer.status >= 200 && answer.status < 300) return { ok: true, message: `Connected: ${site} answered (${answer.status}) and accepted the token.` }
      // Many ingest endpoints take POST only; 405 proves the address is right, not the token.
      if (answer.status === 405) return { ok: true, message: `The endpoint at ${collection} answers (it does not list stories, 405). The token will be checked with the first story sent.` }
      if (answer.status === 404) return { ok: false, reason: 'rejected', message: `Nothing at ${collection} (404). Check the address in the publish settings.` }
      const failure = failureFromStatus(answer.status, site, saidBy(answer))
      return { ok: false, reason: failure.reason, message: failure.message }
    } catch (error) {
      if (!(error instanceof PublishFailure)) throw error
      return { ok: false, reason: error.reason, message: error.message }
    }
  }

  return { kind: 'http', send, testConnection }
}

function idFromAnswer(answer: SiteAnswer): string | null {
  const id = (answer.json as { id?: unknown } | undefined)?.id
  if (typeof id === 'string' && id) return id
  if (typeof id === 'number') return String(id)
  const location = answer.headers.get('location')
  if (!location) return null
  const last = new URL(location, 'http://x').pathname.split('/').filter(Boolean).pop()
  return last ? decodeURIComponent(last) : null
}

function urlFromAnswer(answer: SiteAnswer): string | null {
  const url = (answer.json as { url?: unknown } | undefined)?.url
  return typeof url === 'string' && url ? url : null
}
