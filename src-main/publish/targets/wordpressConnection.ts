import type { ConnectionReport } from './publishTarget'
import { PublishFailure, type FailureReason } from './publishFailure'
import { requestSite, type SiteAnswer } from './requestSite'
import type { WordpressApi, WordpressSettings } from './wordpressApi'
import { escapeHtml } from './wordpressContent'

/** Capabilities a desk account needs (WordPress roles: Author and up have them all). */
const NEEDED: Record<string, string> = {
  upload_files: 'upload pictures',
  publish_posts: 'publish posts',
  edit_published_posts: 'correct published posts',
  delete_published_posts: 'take published posts down',
}

/** 401 codes that WordPress gives only when the Authorization header arrived (core's `wp_authenticate_application_password`). */
const HEADER_ARRIVED = new Set(['incorrect_password', 'invalid_username', 'invalid_email', 'application_passwords_disabled', 'application_passwords_disabled_for_user'])

/**
 * "Test connection": names what is wrong, in this order.
 * 1. `GET ?rest_route=/` without credentials: unreachable, timeout, TLS, a redirect (http→https), or no
 *    WordPress here, all found before any secret is sent. Its `authentication["application-passwords"]`
 *    is missing when the site has application passwords off (core offers them only over HTTPS or on a 'local' site).
 * 2. `GET /wp/v2/users/me?context=edit` with the application password: 200 → the user's `capabilities`
 *    must include upload_files, publish_posts, edit_published_posts, delete_published_posts.
 * 3. A 401: WordPress 6.1 answers `rest_not_logged_in` both for a wrong password and for a request whose
 *    Authorization header a server or proxy removed (the password error is collected after the REST
 *    auth check has run), and no REST route tells them apart. So the same user and password are tried
 *    through XML-RPC (`wp.getUsersBlogs`, credentials in the body, which no server strips): accepted there
 *    means the header is being stripped; refused means wrong credentials; XML-RPC off means we say both.
 * Never throws: every failure is a report.
 */
export async function testWordpressConnection(api: WordpressApi, settings: WordpressSettings): Promise<ConnectionReport> {
  try {
    return await diagnose(api, settings)
  } catch (error) {
    if (!(error instanceof PublishFailure)) throw error
    return { ok: false, reason: error.reason, message: error.message }
  }
}

async function diagnose(api: WordpressApi, settings: WordpressSettings): Promise<ConnectionReport> {
  const index = await api.call('GET', '/', { auth: false, allow: [401, 403, 404] })
  const indexBody = index.json as { name?: unknown; namespaces?: unknown; authentication?: Record<string, unknown> } | undefined
  const isWordpress = Array.isArray(indexBody?.namespaces) && indexBody.namespaces.includes('wp/v2')
  if (index.status === 404 || (index.status < 300 && !isWordpress)) {
    return failed('rejected', `No WordPress REST API answers at ${api.siteUrl}. Check the site's address in the publish settings (the address of the site's home page).`)
  }
  const appPasswordsOn = index.status < 300 ? Boolean(indexBody?.authentication?.['application-passwords']) : null
  const me = await api.call('GET', '/wp/v2/users/me', { query: { context: 'edit' }, allow: [401, 403] })
  if (me.status === 403) return failed('forbidden', `${cap(api.site)} refused the user “${settings.user}” (403): ${said(me) || 'not allowed'}. Ask the site's administrator for an Author or Editor account.`)
  if (me.status === 401) return explainRefusal(api, settings, me, appPasswordsOn)
  const siteName = typeof indexBody?.name === 'string' ? `“${indexBody.name}”` : api.siteUrl
  return checkRights(me, siteName, settings.user)
}

function checkRights(me: SiteAnswer, siteName: string, login: string): ConnectionReport {
  const user = me.json as { name?: unknown; roles?: unknown; capabilities?: unknown } | undefined
  const name = typeof user?.name === 'string' ? user.name : login
  const roles = Array.isArray(user?.roles) ? ` (${user.roles.join(', ')})` : ''
  const capabilities = (user?.capabilities ?? {}) as Record<string, unknown>
  const missing = Object.keys(NEEDED).filter((capability) => capabilities[capability] !== true)
  if (missing.length > 0) {
    const cannot = missing.map((capability) => NEEDED[capability]).join(', ')
    return { ok: false, reason: 'forbidden', user: name, message: `Connected to ${siteName} as ${name}${roles}, but this user cannot ${cannot}. Ask the site's administrator for the Author or Editor role.` }
  }
  return { ok: true, user: name, message: `Connected to ${siteName} as ${name}${roles}: this user can upload pictures and publish, correct and take down posts.` }
}

async function explainRefusal(api: WordpressApi, settings: WordpressSettings, me: SiteAnswer, appPasswordsOn: boolean | null): Promise<ConnectionReport> {
  if (appPasswordsOn === false) {
    return failed('unauthorized', `${cap(api.site)} has application passwords turned off. WordPress offers them only over HTTPS (use the https:// address), unless a plugin or setting turned them off; ask the site's administrator.`)
  }
  const code = (me.json as { code?: unknown } | undefined)?.code
  if (typeof code === 'string' && HEADER_ARRIVED.has(code)) {
    return failed('unauthorized', `${cap(api.site)} did not accept the user name and application password: ${said(me)} Check both in the publish settings.`)
  }
  if (code !== 'rest_not_logged_in') {
    return failed('unauthorized', `${cap(api.site)} refused the request (401)${said(me) ? `: “${said(me)}”` : ''}. A security plugin may be blocking the REST API; ask the site's administrator.`)
  }
  const overXmlRpc = await tryXmlRpc(api, settings)
  if (overXmlRpc === 'accepted' && looksLikeApplicationPassword(settings.appPassword)) {
    return failed('auth_header_stripped', `The user name and application password are right (WordPress accepted them through XML-RPC), but the Authorization header never reaches WordPress: the web server or a proxy in front of it removes it. Ask the site's administrator to pass it on (Apache: RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}], WordPress's own .htaccess rule).`)
  }
  if (overXmlRpc === 'accepted') {
    return failed('unauthorized', `That is the login password of “${settings.user}”, not an application password. Make one in WordPress under Users → Profile → Application Passwords and paste it here.`)
  }
  if (overXmlRpc === 'refused') {
    return failed('unauthorized', `${cap(api.site)} did not accept the user name and application password. Check both in the publish settings (the application password is 24 letters and digits, shown in groups of four).`)
  }
  return failed('unauthorized', `${cap(api.site)} did not accept the request (401). Either the user name or application password is wrong, or the web server removes the Authorization header before WordPress sees it; this site does not let Newsdesk tell which (XML-RPC is off). Check both in the publish settings, then ask the site's administrator about the header.`)
}

/**
 * The same credentials through `xmlrpc.php` (`wp.getUsersBlogs`), where they travel in the body.
 * XML-RPC takes application passwords like the REST API does (`wp_authenticate_application_password`),
 * and also login passwords, which the caller tells apart by shape.
 */
async function tryXmlRpc(api: WordpressApi, settings: WordpressSettings): Promise<'accepted' | 'refused' | 'unavailable'> {
  const param = (value: string) => `<param><value><string>${escapeHtml(value)}</string></value></param>`
  const body = `<?xml version="1.0"?><methodCall><methodName>wp.getUsersBlogs</methodName><params>${param(settings.user)}${param(settings.appPassword)}</params></methodCall>`
  try {
    const answer = await requestSite({ url: `${api.siteUrl}/xmlrpc.php`, method: 'POST', headers: { 'content-type': 'text/xml' }, body, timeoutMs: settings.timeoutMs ?? 30_000, site: api.site })
    if (answer.status !== 200) return 'unavailable'
    if (/<fault>[\s\S]*<name>faultCode<\/name>\s*<value>\s*<int>403<\/int>/.test(answer.text)) return 'refused'
    return /<methodResponse>\s*<params>/.test(answer.text) ? 'accepted' : 'unavailable'
  } catch (error) {
    if (error instanceof PublishFailure) return 'unavailable'
    throw error
  }
}

/** WordPress makes application passwords of 24 letters and digits (`wp_generate_password( 24, false )`), shown in groups of four. */
function looksLikeApplicationPassword(password: string): boolean {
  return /^[A-Za-z0-9]{24}$/.test(password.replace(/\s+/g, ''))
}

function said(answer: SiteAnswer): string {
  const message = (answer.json as { message?: unknown } | undefined)?.message
  return typeof message === 'string' ? message.replace(/<[^>]+>/g, '').trim() : ''
}

function failed(reason: FailureReason, message: string): ConnectionReport {
  return { ok: false, reason, message }
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
