import { startTestHost, type TestHost } from '../../e2e/host/testHost'
import { makeTempDir } from '../../src-main/testing/tempDir'

/** A test host (built renderer + real services) on a fresh temp folder, with a reporter chosen as the profile. */
export async function startReporterHost(): Promise<{ host: TestHost; dataDir: string; close: () => Promise<void> }> {
  const temp = makeTempDir('newsdesk-host-')
  const host = await startTestHost({ dataDir: temp.dir })
  const person = await host.workstation.dispatch('people:create', { name: 'Reliability Reporter', roles: ['reporter', 'editor', 'publisher'] })
  if (!person.ok) throw new Error(person.error.message)
  const chosen = await host.workstation.dispatch('profile:set', { personId: (person.value as { id: string }).id })
  if (!chosen.ok) throw new Error(chosen.error.message)
  return {
    host,
    dataDir: temp.dir,
    close: async () => {
      await host.close()
      temp.remove()
    },
  }
}
