// The whole app in any browser on this machine, without the Electron binary: the built renderer
// and the real services behind the test host (e2e/host/testHost.ts), on 127.0.0.1 only.
//   npm run browser -- --data-dir /tmp/my-desk [--port 5199]
// Needs `npm run build && npm run build:bridge` first. Ctrl-C stops it; the data stays in the folder.
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startTestHost } from '../../e2e/host/testHost'

const USAGE = 'usage: npm run browser -- --data-dir DIR [--port 5199]'

function refuse(why: string): never {
  console.error(`${why}\n${USAGE}`)
  process.exit(2)
}

let values: { 'data-dir'?: string; port: string }
try {
  values = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string', default: '5199' } } }).values
} catch (error) {
  refuse((error as Error).message)
}
const dataDir = values['data-dir'] ?? refuse('Give --data-dir: the folder of the desk’s database (created if missing).')
const port = Number(values.port)
if (!/^\d+$/.test(values.port) || port > 65_535) refuse(`--port must be a port number, not “${values.port}”.`)

try {
  mkdirSync(dataDir, { recursive: true })
} catch (error) {
  refuse(`Cannot use ${dataDir} as the data folder: ${(error as Error).message}`)
}
startTestHost({ dataDir, port }).then(
  (host) => {
    console.log(`Newsdesk is at ${host.url} (data in ${host.dataDir}). Open it in Chromium; Ctrl-C stops it.`)
    const stop = () => void host.close().then(() => process.exit(0))
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
