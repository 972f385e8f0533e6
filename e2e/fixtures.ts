import { test as base } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startTestHost, type TestHost } from './host/testHost'

/** Where specs save the screenshots people look at (ignored by git). */
export const SCREENSHOT_DIR = join(__dirname, 'screenshots')

/** The person the `host` fixture works as (created in the directory and chosen as the profile). */
export const TEST_REPORTER = { name: 'Test Reporter', title: 'Reporter', desk: 'City', roles: ['reporter'] }

/**
 * Each test gets its own temp data folder and a test host serving the built app on it, with
 * `TEST_REPORTER` already chosen at first start (`freshHost` has nobody chosen yet).
 * `startHost` starts another host on the same folder (a "restart" of the workstation).
 */
export const test = base.extend<{
  dataDir: string
  host: TestHost
  freshHost: TestHost
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
  freshHost: async ({ startHost }, use) => {
    await use(await startHost())
  },
  host: async ({ startHost }, use) => {
    const host = await startHost()
    await actAsTestReporter(host)
    await use(host)
  },
})

/** Adds `TEST_REPORTER` to the host's directory and chooses them as the profile. */
export async function actAsTestReporter(host: TestHost): Promise<void> {
  const person = await host.workstation.dispatch('people:create', TEST_REPORTER)
  if (!person.ok) throw new Error(person.error.message)
  const chosen = await host.workstation.dispatch('profile:set', { personId: (person.value as { id: string }).id })
  if (!chosen.ok) throw new Error(chosen.error.message)
}

export { expect } from '@playwright/test'
