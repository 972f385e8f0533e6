import { cpSync, existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..', '..')

/** Where the pages of one run are: the app's renderer and bridge (a snapshot of `out/`), and the baseline bundles. */
export interface BuiltPages {
  /** A copy of `out/renderer`, taken at the start of the run. */
  rendererDir: string
  /** A copy of `out/test-host/bridge.js`. */
  bridgeFile: string
  /** The app's stylesheet in that copy, which the baseline pages link too (same layout rules). */
  appCss: string
  /** `bare.js` (P1's ProseMirror) and `list.js` (P4's React list), ES modules. */
  baselineDir: string
  /** Set when a source file is newer than the build: the run measures the build, not the sources. */
  staleWarning: string | undefined
}

/**
 * Prepares the pages of a run in `dir`. The app is measured as built (`npm run build` and
 * `npm run build:bridge`), copied first: other people's `npm test` rebuilds `out/` and must not
 * swap the renderer under a run. The baselines are bundled here with Vite, minified, in
 * production mode as the app is (about 5 s).
 * @throws Error naming the commands to run when there is no build.
 */
export async function buildPages(dir: string): Promise<BuiltPages> {
  const outRenderer = join(ROOT, 'out', 'renderer')
  const outBridge = join(ROOT, 'out', 'test-host', 'bridge.js')
  if (!existsSync(join(outRenderer, 'index.html')) || !existsSync(outBridge)) {
    throw new Error('The benchmarks measure the built app: run `npm run build && npm run build:bridge` first.')
  }
  const rendererDir = join(dir, 'renderer')
  cpSync(outRenderer, rendererDir, { recursive: true })
  const bridgeFile = join(dir, 'bridge.js')
  cpSync(outBridge, bridgeFile)
  const css = readdirSync(join(rendererDir, 'assets')).find((name) => name.endsWith('.css'))
  if (!css) throw new Error(`no stylesheet in ${rendererDir}/assets`)

  const baselineDir = join(dir, 'baselines')
  const { build } = await import('vite')
  await build({
    configFile: false,
    logLevel: 'warn',
    // Library mode leaves process.env.NODE_ENV alone; React needs it replaced to run its production build.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: baselineDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: { bare: join(__dirname, 'bareEditor.ts'), list: join(__dirname, 'reactList.ts') }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    },
  })
  return { rendererDir, bridgeFile, appCss: join(rendererDir, 'assets', css), baselineDir, staleWarning: staleness(statSync(join(outRenderer, 'index.html')).mtimeMs) }
}

/** Names a renderer or shared source newer than the build, if any. */
function staleness(builtAt: number): string | undefined {
  const newer = (folder: string): string | undefined => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      const found = entry.isDirectory() ? newer(path) : statSync(path).mtimeMs > builtAt && !entry.name.endsWith('.test.ts') ? path : undefined
      if (found) return found
    }
    return undefined
  }
  const file = newer(join(ROOT, 'src-renderer')) ?? newer(join(ROOT, 'src-shared'))
  return file ? `${file} is newer than out/renderer: run \`npm run build\` to measure the current sources` : undefined
}
