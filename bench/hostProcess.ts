// The test host in a process of its own, as the main process is apart from the renderer in
// the app: its synchronous work (a save, a spelling check) must not stall the Playwright
// driver, which types from the bench's own process. Started by remoteHost.ts:
//   node --import tsx bench/hostProcess.ts '<TestHostOptions as JSON>'
// It prints `READY <url>` and closes when its stdin ends.
import { startTestHost, type TestHostOptions } from '../e2e/host/testHost'

const options = JSON.parse(process.argv[2] ?? '{}') as TestHostOptions
startTestHost(options).then(
  (host) => {
    process.stdout.write(`READY ${host.url}\n`)
    process.stdin.resume()
    process.stdin.on('end', () => void host.close().then(() => process.exit(0)))
  },
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
