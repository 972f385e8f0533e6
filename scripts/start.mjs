// `npm start` (and `npm run dev` with --dev): check the Electron binary, prepare better-sqlite3
// for Electron's ABI (scripts/electron-sqlite.mjs), build if the sources changed, then open the app.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronBinary } from './electron-binary.mjs'
import { ensureElectronSqlite } from './electron-sqlite.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.argv.includes('--dev')
const electronDir = join(root, 'node_modules', 'electron')

let binary = electronBinary(electronDir)
if (!binary) {
  console.log('[newsdesk] the Electron binary is missing; downloading it…')
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' })
  binary = electronBinary(electronDir)
}
if (!binary) {
  console.error(
    [
      '[newsdesk] Cannot start: the Electron binary is not installed and could not be downloaded.',
      '[newsdesk] On a machine with network access: node node_modules/electron/install.js',
      '[newsdesk] Or set ELECTRON_MIRROR to a reachable mirror (see README, "No Electron binary").',
      '[newsdesk] Everything else works without it: npm test, npm run build.',
    ].join('\n'),
  )
  process.exit(1)
}

try {
  ensureElectronSqlite({ root, electronBinary: binary })
} catch (error) {
  console.error(`[newsdesk] Cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

const args = dev ? ['dev'] : ['preview', ...(isBuildCurrent() ? ['--skipBuild'] : [])]
const result = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), args, { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)

/** True when out/main/index.js is newer than every source file and config. */
function isBuildCurrent() {
  const bundle = join(root, 'out', 'main', 'index.js')
  if (!existsSync(bundle)) return false
  const built = statSync(bundle).mtimeMs
  const sources = ['src-main', 'src-preload', 'src-renderer', 'src-shared', 'resources'].map((d) => join(root, d))
  const configs = ['electron.vite.config.ts', 'package.json'].map((f) => join(root, f))
  return newest([...sources, ...configs]) <= built
}

function newest(paths) {
  let latest = 0
  for (const path of paths) {
    if (!existsSync(path)) continue
    const stat = statSync(path)
    if (stat.isDirectory()) latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))))
    else latest = Math.max(latest, stat.mtimeMs)
  }
  return latest
}
