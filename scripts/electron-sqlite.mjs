// Prepares better-sqlite3 for Electron's ABI without touching the copy the tests use.
//
// `npm install` builds node_modules/better-sqlite3 for Node's ABI (vitest, Playwright and the
// test host need that one). Electron's main process has a different ABI. Rebuilding in place
// (what @electron/rebuild does) would break `npm test` until the next reinstall, so instead we
// build a second copy in .native-build/ and keep only its addon, as
// native/better_sqlite3-abi<N>.node, which src-main/electron/sqliteBinding.ts hands to
// better-sqlite3's `nativeBinding` option. First a prebuilt binary is tried (prebuild-install,
// as @electron/rebuild does), then a compile against Electron's headers with node-gyp.
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Ensures `native/better_sqlite3-abi<abi>.node` exists for this Electron.
 * @param {{ root: string, electronBinary: string }} options
 * @returns {string} the addon's path
 * @throws Error when neither a prebuilt binary nor a compile succeeded (network needed once)
 */
export function ensureElectronSqlite({ root, electronBinary }) {
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
  const abi = electronAbi(electronBinary)
  const target = join(root, 'native', `better_sqlite3-abi${abi}.node`)
  if (existsSync(target)) return target

  console.log(`[newsdesk] preparing better-sqlite3 for Electron ${electronVersion} (ABI ${abi})…`)
  const work = join(root, '.native-build', 'better-sqlite3')
  rmSync(work, { recursive: true, force: true })
  cpSync(join(root, 'node_modules/better-sqlite3'), work, {
    recursive: true,
    filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
  })

  const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion }
  const prebuilt = run(join(root, 'node_modules/.bin/prebuild-install'), ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`], work, env)
  if (!prebuilt) {
    const nodeGyp = process.env.npm_config_node_gyp
    const args = ['rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`]
    const compiled = nodeGyp ? run(process.execPath, [nodeGyp, ...args], work, env) : run('npx', ['--yes', 'node-gyp', ...args], work, env)
    if (!compiled) throw new Error('could not get better-sqlite3 for Electron (no prebuilt binary, and compiling failed); see the output above')
  }
  mkdirSync(join(root, 'native'), { recursive: true })
  copyFileSync(join(work, 'build/Release/better_sqlite3.node'), target)
  return target
}

/** Electron's `process.versions.modules`, asked of the binary itself (ELECTRON_RUN_AS_NODE). */
function electronAbi(electronBinary) {
  const result = spawnSync(electronBinary, ['-p', 'process.versions.modules'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  })
  const abi = result.stdout?.trim()
  if (result.status !== 0 || !/^\d+$/.test(abi ?? '')) {
    throw new Error(`could not ask Electron for its ABI: ${result.stderr || result.error?.message || 'no output'}`)
  }
  return abi
}

function run(command, args, cwd, env) {
  return spawnSync(command, args, { cwd, env, stdio: 'inherit' }).status === 0
}
