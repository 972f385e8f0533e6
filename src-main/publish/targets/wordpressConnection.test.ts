import { randomBytes } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { closedPortUrl, startHttpsRedirect, startServer, startStrippingProxy, type LocalServer } from './testing/localServers'
import { peerRest, useWordpressPeer } from './testing/wordpressPeer'
import { createWordpressTarget } from './wordpressTarget'

// Against the real WordPress 6.1 peer: these tests fail, never skip, when it is not up.
const peer = useWordpressPeer()
const servers: LocalServer[] = []
const users: number[] = []

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  if (!peer.url) return
  for (const id of users) await peerRest(peer, 'DELETE', `/wp/v2/users/${id}`, { query: { force: 'true', reassign: '1' } })
})

/** A fresh WordPress user with a login password (letters, digits and signs) and an application password. */
async function makeUser(role: string): Promise<{ login: string; loginPassword: string; appPassword: string }> {
  const login = `desk-${role}-${randomBytes(4).toString('hex')}`
  const loginPassword = `Pw!${randomBytes(9).toString('base64')}#`
  const made = await peerRest(peer, 'POST', '/wp/v2/users', { json: { username: login, email: `${login}@example.com`, password: loginPassword, roles: [role] } })
  expect(made.status, JSON.stringify(made.json)).toBe(201)
  users.push(made.json.id)
  const app = await peerRest(peer, 'POST', `/wp/v2/users/${made.json.id}/application-passwords`, { json: { name: 'newsdesk-test' } })
  expect(app.status, JSON.stringify(app.json)).toBe(201)
  return { login, loginPassword, appPassword: app.json.password }
}

function wrongApplicationPassword(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, 'x').slice(0, 24)
}

async function keep(server: Promise<LocalServer>): Promise<LocalServer> {
  servers.push(await server)
  return server
}

describe('Test connection against the real WordPress peer', () => {
  it('connects with the right application password and names the user', async () => {
    const report = await createWordpressTarget({ siteUrl: peer.url, user: peer.user, appPassword: peer.appPassword }).testConnection()
    expect(report).toMatchObject({ ok: true, user: peer.user })
    expect(report.message).toContain('can upload pictures and publish')
  })

  it('names a wrong application password', async () => {
    const report = await createWordpressTarget({ siteUrl: peer.url, user: peer.user, appPassword: wrongApplicationPassword() }).testConnection()
    expect(report).toMatchObject({ ok: false, reason: 'unauthorized' })
    expect(report.message).toContain('did not accept the user name and application password')
  })

  it('names a host that strips the Authorization header (a proxy that drops it)', async () => {
    const proxy = await keep(startStrippingProxy(peer.url))
    // The same 401 body reaches us both ways; only the diagnosis tells them apart.
    const direct = await peerRest({ ...peer, appPassword: wrongApplicationPassword() }, 'GET', '/wp/v2/users/me')
    const stripped = await peerRest({ ...peer, url: proxy.url }, 'GET', '/wp/v2/users/me')
    expect([direct.status, stripped.status]).toEqual([401, 401])
    expect(stripped.json).toEqual(direct.json)

    const report = await createWordpressTarget({ siteUrl: proxy.url, user: peer.user, appPassword: peer.appPassword }).testConnection()
    expect(report).toMatchObject({ ok: false, reason: 'auth_header_stripped' })
    expect(report.message).toContain('Authorization header never reaches WordPress')
    const wrongThroughProxy = await createWordpressTarget({ siteUrl: proxy.url, user: peer.user, appPassword: wrongApplicationPassword() }).testConnection()
    expect(wrongThroughProxy).toMatchObject({ ok: false, reason: 'unauthorized' })
  })

  it('says honestly that it cannot tell which when XML-RPC is blocked too', async () => {
    const proxy = await keep(startStrippingProxy(peer.url, { blockXmlRpc: true }))
    const report = await createWordpressTarget({ siteUrl: proxy.url, user: peer.user, appPassword: peer.appPassword }).testConnection()
    expect(report).toMatchObject({ ok: false, reason: 'unauthorized' })
    expect(report.message).toContain('Either the user name or application password is wrong, or the web server removes the Authorization header')
  })

  it('tells a login password from an application password', async () => {
    const author = await makeUser('author')
    const report = await createWordpressTarget({ siteUrl: peer.url, user: author.login, appPassword: author.loginPassword }).testConnection()
    expect(report).toMatchObject({ ok: false, reason: 'unauthorized' })
    expect(report.message).toContain('not an application password')
    const good = await createWordpressTarget({ siteUrl: peer.url, user: author.login, appPassword: author.appPassword }).testConnection()
    expect(good).toMatchObject({ ok: true, user: author.login })
  })

  it('names a user without the rights to publish (a contributor)', async () => {
    const contributor = await makeUser('contributor')
    const report = await createWordpressTarget({ siteUrl: peer.url, user: contributor.login, appPassword: contributor.appPassword }).testConnection()
    expect(report).toMatchObject({ ok: false, reason: 'forbidden', user: contributor.login })
    expect(report.message).toContain('cannot upload pictures, publish posts, correct published posts, take published posts down')
    expect(report.message).toContain('(contributor)')
  })

  it('names an unreachable site, a redirect to https and an address that is not WordPress', async () => {
    const closed = await createWordpressTarget({ siteUrl: await closedPortUrl(), user: peer.user, appPassword: peer.appPassword }).testConnection()
    expect(closed).toMatchObject({ ok: false, reason: 'unreachable' })
    expect(closed.message).toContain('ECONNREFUSED')

    const moved = await keep(startHttpsRedirect())
    const redirect = await createWordpressTarget({ siteUrl: moved.url, user: peer.user, appPassword: peer.appPassword }).testConnection()
    expect(redirect).toMatchObject({ ok: false, reason: 'redirect' })
    expect(redirect.message).toContain('redirects to https://127.0.0.1:1 (301)')

    expect(await createWordpressTarget({ siteUrl: 'news site', user: peer.user, appPassword: peer.appPassword }).testConnection()).toMatchObject({ ok: false, reason: 'rejected' })
    const notWordpress = await keep(startServer((_request, response) => response.writeHead(404).end('no')))
    const nothing = await createWordpressTarget({ siteUrl: notWordpress.url, user: peer.user, appPassword: peer.appPassword }).testConnection()
    expect(nothing).toMatchObject({ ok: false, reason: 'rejected' })
    expect(nothing.message).toContain('No WordPress REST API answers')
  })
})
