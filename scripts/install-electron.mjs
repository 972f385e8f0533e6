// Fetches the Electron binary after `npm install` (electron 45 has no postinstall of its own).
// Always exits 0: on a machine that cannot reach Electron's download host the install must
// still succeed, because the tests run without the binary (see README, "No Electron binary").
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { electronBinary } from './electron-binary.mjs'

const require = createRequire(import.meta.url)
const TIMEOUT_MS = 180_000

function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

const dir = electronDir()
if (!dir) {
  console.warn('[newsdesk] electron is not installed; skipping the Electron binary download.')
  process.exit(0)
}
if (electronBinary(dir)) process.exit(0)

const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
  stdio: ['ignore', 'inherit', 'pipe'],
  timeout: TIMEOUT_MS,
  encoding: 'utf8',
})
if (result.status === 0) process.exit(0)

const stderrLines = result.stderr?.trim().split('\n') ?? []
const reason =
  result.error?.message ?? stderrLines.find((line) => /error|failed/i.test(line)) ?? stderrLines[0] ?? 'unknown error'
console.warn(
  [
    '',
    '[newsdesk] WARNING: the Electron binary could not be downloaded.',
    `[newsdesk]   reason: ${reason}`,
    '[newsdesk]   `npm test` still works (it does not need the binary), but `npm start` will not.',
    '[newsdesk]   On a machine with network access run: node node_modules/electron/install.js',
    '',
  ].join('\n'),
)
process.exit(0)
