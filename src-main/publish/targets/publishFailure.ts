/**
 * Why a delivery or a connection test failed, in words a desk person can act on.
 * - unreachable: no connection (refused, no such host, network down)
 * - timeout: no full answer within the target's time limit
 * - tls: the site's certificate or HTTPS set-up was refused
 * - redirect: the site answered "moved" (3xx); Newsdesk never follows it with credentials
 * - unauthorized: 401, the site did not accept the credentials
 * - auth_header_stripped: the credentials are right but the Authorization header never reached the site
 * - forbidden: 403, or an account without the rights to publish
 * - rejected: any other 4xx (the site refused this request)
 * - server: 5xx
 * - bad_response: the connection closed mid-answer, or the answer cannot be used
 */
export type FailureReason =
  | 'unreachable'
  | 'timeout'
  | 'tls'
  | 'redirect'
  | 'unauthorized'
  | 'auth_header_stripped'
  | 'forbidden'
  | 'rejected'
  | 'server'
  | 'bad_response'

/**
 * A delivery that did not reach the site, or that the site refused.
 * `retryable`: trying again later (same idempotency key) may succeed: network trouble,
 * 5xx, 408/409/425/429, a connection closed mid-answer. Refusals (4xx) and set-up problems are not.
 */
export class PublishFailure extends Error {
  override readonly name = 'PublishFailure'

  constructor(
    readonly reason: FailureReason,
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message)
  }
}

/** 4xx answers that mean "not now" rather than "never": timeout, conflict in flight, too early, too many requests. */
const RETRYABLE_4XX = new Set([408, 409, 425, 429])

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN'])
const CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'])

/**
 * Turns what `fetch` threw into a PublishFailure. Node's fetch (undici) throws
 * `TimeoutError` for `AbortSignal.timeout`, and `TypeError('fetch failed' | 'terminated')`
 * whose `cause.code` is the system or undici code (ECONNREFUSED, UND_ERR_SOCKET, a certificate code).
 * @param site how to name the site in the message, e.g. `the site at https://example.com`
 */
export function failureFromError(error: unknown, site: string, timeoutMs: number): PublishFailure {
  if (error instanceof PublishFailure) return error
  const name = (error as { name?: string } | null)?.name
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new PublishFailure('timeout', `${cap(site)} did not answer within ${seconds(timeoutMs)}. If it keeps happening, the site may be overloaded or the time limit too short.`, true)
  }
  const cause = (error as { cause?: { code?: string; message?: string; errors?: Array<{ code?: string }> } } | null)?.cause
  const code = cause?.code ?? cause?.errors?.[0]?.code ?? ''
  const detail = cause?.message ?? (error as Error | null)?.message ?? String(error)
  if (code === 'ERR_INVALID_URL') {
    return new PublishFailure('rejected', `The address of ${site} is not a valid web address. Correct it in the publish settings.`, false)
  }
  if (isTlsProblem(code, detail)) {
    return new PublishFailure('tls', `${cap(site)} has a secure-connection (HTTPS) problem: ${detail}${code ? ` (${code})` : ''}. Check the address, or ask the site's administrator to fix its certificate.`, false)
  }
  if (UNREACHABLE_CODES.has(code) || code === 'UND_ERR_CONNECT_TIMEOUT') {
    const what = code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'its name could not be found' : 'nothing answered'
    return new PublishFailure('unreachable', `Cannot reach ${site}: ${what} (${code}). Check the network and the address.`, true)
  }
  if (CLOSED_CODES.has(code) || (error as Error | null)?.message === 'terminated') {
    return new PublishFailure('bad_response', `${cap(site)} closed the connection before it finished answering (${code || detail}). Newsdesk will send the story again; the site will not take it twice.`, true)
  }
  return new PublishFailure('unreachable', `Cannot reach ${site}: ${detail}${code ? ` (${code})` : ''}.`, true)
}

/**
 * Turns an HTTP status that is not success into a PublishFailure.
 * @param said what the site said (its error message), appended when present
 */
export function failureFromStatus(status: number, site: string, said = ''): PublishFailure {
  const quote = said ? ` The site said: “${said}”.` : ''
  if (status === 401) return new PublishFailure('unauthorized', `${cap(site)} did not accept the credentials (401).${quote} Check the user and token or password in the publish settings, then use “Test connection”.`, false, status)
  if (status === 403) return new PublishFailure('forbidden', `${cap(site)} refused: this account is not allowed to do that (403).${quote} Ask the site's administrator for the rights to publish.`, false, status)
  if (status >= 500) return new PublishFailure('server', `${cap(site)} had an error (${status}).${quote} This is on the site's side; it usually passes.`, true, status)
  if (RETRYABLE_4XX.has(status)) return new PublishFailure('rejected', `${cap(site)} asked to try later (${status}).${quote}`, true, status)
  return new PublishFailure('rejected', `${cap(site)} refused the story (${status}).${quote}`, false, status)
}

/**
 * A 3xx answer: credentials must not follow a redirect silently, and a POST would turn into a GET.
 * When only the scheme or host changed (http→https), the message names the new address of the site itself.
 */
export function failureFromRedirect(status: number, site: string, requested: string, location: string | null): PublishFailure {
  const to = location ? ` to ${movedTo(requested, location)}` : ''
  return new PublishFailure('redirect', `${cap(site)} redirects${to} (${status}). Put that address (often https://…) in the publish settings; Newsdesk does not send credentials through a redirect.`, false, status)
}

function movedTo(requested: string, location: string): string {
  const from = new URL(requested)
  const target = new URL(location, from)
  const samePlace = target.pathname === from.pathname && target.search === from.search
  return samePlace ? `${target.origin}${target.pathname.replace(/\/+$/, '')}` : target.href
}

function isTlsProblem(code: string, detail: string): boolean {
  if (/CERT|^ERR_TLS|^ERR_SSL|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) return true
  // A plain-HTTP server on an https:// address: the socket closes during the handshake.
  return /secure TLS connection|SSL routines|wrong version number/i.test(detail)
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`
}
