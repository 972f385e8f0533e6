import { PublishFailure, failureFromStatus } from './publishFailure'
import { requestSite, saidBy, type SiteAnswer } from './requestSite'

/** Settings of a WordPress site reached through its REST API with an application password. */
export interface WordpressSettings {
  /** The site's address, e.g. `https://news.example.com` (use 127.0.0.1, not localhost, for a local site). */
  siteUrl: string
  /** The WordPress login name (or e-mail) the application password belongs to. */
  user: string
  /** Users → Profile → Application Passwords: 24 letters and digits, spaces allowed. Never the login password. */
  appPassword: string
  /** Limit for one REST request (ms). Default 30 000. */
  timeoutMs?: number
  /** Limit for one picture upload (ms); WordPress makes its image sizes while we wait. Default 120 000. */
  uploadTimeoutMs?: number
}

/** Options of one REST call. */
export interface WordpressCall {
  query?: Record<string, string>
  json?: unknown
  form?: FormData
  /** Send the application password (default true). */
  auth?: boolean
  /** Statuses returned instead of thrown, e.g. [404, 410]. 2xx always returns. */
  allow?: number[]
  timeoutMs?: number
}

/** A small client of one site's REST API: `call('GET', '/wp/v2/users/me')`. */
export interface WordpressApi {
  /** How messages name the site: `the WordPress site at https://…`. */
  site: string
  siteUrl: string
  uploadTimeoutMs: number
  /**
   * @throws PublishFailure for network trouble, a redirect, or a status that is neither 2xx nor in `allow`
   */
  call(method: 'GET' | 'POST' | 'DELETE', route: string, options?: WordpressCall): Promise<SiteAnswer>
}

/**
 * Builds the client. Routes go through `?rest_route=` rather than `/wp-json/`: the query form works
 * on every WordPress, including sites on plain permalinks (a fresh install's default), where
 * `/wp-json/` is a 404. Auth is `Authorization: Basic base64(user:application password)`
 * (WordPress 5.6+ application passwords, checked by core's `wp_validate_application_password`).
 */
export function createWordpressApi(settings: WordpressSettings): WordpressApi {
  const siteUrl = settings.siteUrl.replace(/\/+$/, '')
  const site = `the WordPress site at ${siteUrl}`
  const timeoutMs = settings.timeoutMs ?? 30_000
  const basic = Buffer.from(`${settings.user}:${settings.appPassword}`, 'utf8').toString('base64')

  async function call(method: 'GET' | 'POST' | 'DELETE', route: string, options: WordpressCall = {}): Promise<SiteAnswer> {
    if (!URL.canParse(`${siteUrl}/`)) throw new PublishFailure('rejected', `“${siteUrl}” is not a valid web address. Correct the site's address in the publish settings.`, false)
    const url = new URL(`${siteUrl}/`)
    url.searchParams.set('rest_route', route)
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value)
    const headers: Record<string, string> = { accept: 'application/json' }
    if (options.auth !== false) headers.authorization = `Basic ${basic}`
    if (options.json !== undefined) headers['content-type'] = 'application/json'
    const body = options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json))
    const answer = await requestSite({ url, method, headers, body, timeoutMs: options.timeoutMs ?? timeoutMs, site })
    if (answer.status >= 200 && answer.status < 300) return answer
    if (options.allow?.includes(answer.status)) return answer
    throw failureFromStatus(answer.status, site, saidBy(answer))
  }

  return { site, siteUrl, uploadTimeoutMs: settings.uploadTimeoutMs ?? 120_000, call }
}
