import { test as base } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startTestHost, type TestHost } from './host/testHost'

/** Where specs save the screenshots people look at (ignored by git). */
export const SCREENSHOT_DIR = join(__dirname, 'screenshots')

/**
 * Each test gets its own temp data folder and a test host serving the built app on it.
 * `startHost` starts another host on the same folder (a "restart" of the workstation).
 */
export const test = base.extend<{
  dataDir: string
  host: TestHost
  startHost: () => Promise<TestHost>
}>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  startHost: async ({ dataDir }, use) => {
    const started: TestHost[] = []
    await use(async () => {
      const host = await startTestHost({ dataDir })
      started.push(host)
      return host
    })
    for (const host of started) await host.close()
  },
  host: async ({ startHost }, use) => {
    await use(await startHost())
  },
})

export { expect } from '@playwright/test'
