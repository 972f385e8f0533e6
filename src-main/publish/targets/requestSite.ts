import { failureFromError, failureFromRedirect } from './publishFailure'

/** One HTTP request to a site. */
export interface SiteRequest {
  url: string | URL
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE'
  headers?: Record<string, string>
  body?: RequestInit['body']
  /** Limit for the whole exchange, answer body included (ms). */
  timeoutMs: number
  /** How messages name the site, e.g. `the WordPress site at https://example.com`. */
  site: string
}

/** A complete answer: status, headers and the body read to the end. */
export interface SiteAnswer {
  status: number
  headers: Headers
  text: string
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown
}

/**
 * Sends one request with Node's global fetch and reads the whole answer within `timeoutMs`.
 * Redirects are never followed (`redirect: 'manual'`): a 3xx throws a `redirect` failure naming
 * the new address, because following it would resend credentials and turn a POST into a GET.
 * Any status other than 3xx is returned, not thrown: callers decide (a 410 can mean "done").
 * @throws PublishFailure unreachable | timeout | tls | redirect | bad_response (closed mid-answer)
 */
export async function requestSite(request: SiteRequest): Promise<SiteAnswer> {
  const { url, method, headers, body, timeoutMs, site } = request
  try {
    const response = await fetch(url, {
      method,
      headers,
      body,
      redirect: 'manual',
      // One signal for the connection, the headers and the body: a site that stalls mid-answer times out too.
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel()
      throw failureFromRedirect(response.status, site, String(url), response.headers.get('location'))
    }
    const text = await response.text()
    return { status: response.status, headers: response.headers, text, json: parseJson(text) }
  } catch (error) {
    throw failureFromError(error, site, timeoutMs)
  }
}

/** The `message` of a JSON error body (`{ code, message }` in WordPress, `{ message }` or `{ error }` elsewhere). */
export function saidBy(answer: SiteAnswer): string {
  const body = answer.json as { message?: unknown; error?: unknown } | undefined
  if (typeof body?.message === 'string') return body.message
  if (typeof body?.error === 'string') return body.error
  return ''
}

function parseJson(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
