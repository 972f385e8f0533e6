import { execFile } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, beforeEach } from 'vitest'

/** A real WordPress for tests (`scripts/peers/wordpress-peer.sh`: WordPress 6.1 from Debian on 127.0.0.1). */
export interface WordpressPeer {
  url: string
  user: string
  appPassword: string
}

const SCRIPT = fileURLToPath(new URL('../../../../scripts/peers/wordpress-peer.sh', import.meta.url))
const run = promisify(execFile)

/**
 * Registers the peer for a test file and returns it (filled in before the first test). When WordPress
 * cannot be had, every test of the file FAILS with the reason (a failing beforeAll alone would only
 * mark them skipped).
 */
export function useWordpressPeer(): WordpressPeer {
  const peer: WordpressPeer = { url: '', user: '', appPassword: '' }
  let problem: unknown
  beforeAll(async () => {
    try {
      Object.assign(peer, await wordpressPeer())
    } catch (error) {
      problem = error
    }
  }, 660_000)
  beforeEach(() => {
    if (problem) throw problem
  })
  return peer
}

/**
 * The peer to test against: WP_URL, WP_USER and WP_APP_PASSWORD from the environment (CI's
 * `.ci/run` starts the peer), else the running peer's `env`, else `start` (root; ~2 s warm, ~50 s cold).
 * @throws Error saying why WordPress is not there: these tests must fail loudly, never skip.
 */
export async function wordpressPeer(): Promise<WordpressPeer> {
  const { WP_URL, WP_USER, WP_APP_PASSWORD } = process.env
  const peer = WP_URL && WP_USER && WP_APP_PASSWORD ? { url: WP_URL, user: WP_USER, appPassword: WP_APP_PASSWORD } : await peerFromScript()
  const me = await peerRest(peer, 'GET', '/wp/v2/users/me').catch((error: unknown) => ({ status: 0, json: String(error) }))
  if (me.status !== 200) {
    throw new Error(`The WordPress peer at ${peer.url} does not answer GET /wp/v2/users/me with 200 (got ${me.status}: ${JSON.stringify(me.json)}). Start it with: bash scripts/peers/wordpress-peer.sh start (as root), or set WP_URL, WP_USER, WP_APP_PASSWORD.`)
  }
  return peer
}

async function peerFromScript(): Promise<WordpressPeer> {
  let printed = await run('bash', [SCRIPT, 'env'], { timeout: 30_000 }).then((done) => done.stdout, () => '')
  if (!printed.includes('WP_APP_PASSWORD=')) {
    try {
      // Test files run in parallel forks: one start at a time (flock, from util-linux), the others then reuse it.
      const lock = join(tmpdir(), `wordpress-peer-${process.env.WP_PEER_PORT ?? '8089'}.lock`)
      printed = (await run('flock', [lock, 'bash', SCRIPT, 'start'], { timeout: 600_000, maxBuffer: 64 * 1024 * 1024 })).stdout
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? ''
      throw new Error(`No WordPress peer for the WordPress target tests: "bash ${SCRIPT} start" failed (it needs root, apt and the Debian packages).\n${stderr.split('\n').slice(-15).join('\n')}`)
    }
  }
  const values = Object.fromEntries(printed.split('\n').map((line) => line.split(/=(.*)/s)).filter((pair) => pair.length >= 2))
  if (!values.WP_URL || !values.WP_USER || !values.WP_APP_PASSWORD) throw new Error(`The WordPress peer printed no WP_URL/WP_USER/WP_APP_PASSWORD:\n${printed}`)
  return { url: values.WP_URL, user: values.WP_USER, appPassword: values.WP_APP_PASSWORD }
}

/** One authenticated REST call to the peer, for reading back what a target made and cleaning it up. */
export async function peerRest(peer: WordpressPeer, method: 'GET' | 'POST' | 'DELETE', route: string, options: { query?: Record<string, string>; json?: unknown } = {}): Promise<{ status: number; json: any }> {
  const url = new URL(`${peer.url}/`)
  url.searchParams.set('rest_route', route)
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value)
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${peer.user}:${peer.appPassword}`).toString('base64')}`,
      ...(options.json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  let json: unknown = text
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON: keep the text for the failure message
  }
  return { status: response.status, json }
}
