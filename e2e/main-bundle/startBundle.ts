import { existsSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { createElectronStandIn } from './electronStandIn'

/** The built main bundle (`npm run build`). */
export const OUT = resolve(import.meta.dirname, '..', '..', 'out')
export const BUNDLE = join(OUT, 'main', 'index.js')
export const PAGE = 'newsdesk://app/index.html'

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown
const moduleWithLoad = Module as unknown as { _load: Loader }

/**
 * Loads a fresh copy of the built main bundle under plain Node, with a new stand-in for the
 * `electron` module and `NEWSDESK_DATA_DIR` set to `dataDir`; resolves once the window loads.
 */
export async function startBundle(dataDir: string) {
  if (!existsSync(BUNDLE)) throw new Error(`No main bundle at ${BUNDLE}: run \`npm run build\` first.`)
  const standIn = createElectronStandIn({ userData: dataDir, appPath: dataDir })
  const original = moduleWithLoad._load
  moduleWithLoad._load = function (request, parent, isMain) {
    return request === 'electron' ? standIn.electron : original.call(this, request, parent, isMain)
  }
  const require = createRequire(import.meta.url)
  delete require.cache[BUNDLE]
  process.env['NEWSDESK_DATA_DIR'] = dataDir
  try {
    require(BUNDLE)
    await standIn.loaded
  } finally {
    moduleWithLoad._load = original
    delete process.env['NEWSDESK_DATA_DIR']
  }
  return standIn
}

/** What `startBundle` resolves to: the stand-in `electron` and what it recorded. */
export type StartedBundle = Awaited<ReturnType<typeof startBundle>>

/**
 * One bundle for a whole `describe`: started on a fresh temp folder before its tests, quit
 * and the folder removed after. `standIn` throws if read before the suite started.
 */
export function startBundleForSuite(): { readonly dir: string; readonly standIn: StartedBundle } {
  const temp = makeTempDir()
  let started: StartedBundle | undefined
  beforeAll(async () => {
    started = await startBundle(temp.dir)
  })
  afterAll(() => {
    started?.electron.app.emit('will-quit')
    temp.remove()
  })
  return {
    dir: temp.dir,
    get standIn() {
      if (!started) throw new Error('the bundle is started in beforeAll: read standIn inside a test')
      return started
    },
  }
}

/**
 * An IPC event as Electron hands it to a handler: from the frame at `url` in the window with
 * `webContentsId`; `parent` is null for a top frame, a frame object for an iframe.
 */
export function ownFrameEvent(webContentsId: number, url = PAGE, parent: unknown = null) {
  return { sender: { id: webContentsId }, senderFrame: { url, parent } }
}
