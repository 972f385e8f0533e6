import type { Result } from '../../src-shared/contract/errors'
import type { ServiceContext } from '../app/serviceContext'
import { openWorkstation, type Workstation } from '../app/workstation'
import { openNodeSettings } from '../settings/nodeSettings'
import { fixedContext } from './fixedContext'
import { makeTempDir } from './tempDir'
import type { SecretStore } from '../publish/secretStore'

/** A whole workstation on a temp folder, driven through its channels as the renderer drives it. */
export interface TestDesk {
  workstation: Workstation
  /** The typed result of a channel call, success or failure. */
  call<T>(channel: string, payload: unknown): Promise<Result<T>>
  /** The value of a channel call; a failed call fails the test with its message. */
  value<T>(channel: string, payload: unknown): Promise<T>
  /** Closes the database and removes the folder. */
  close(): void
}

/** Where a `TestDesk` keeps its files and secrets, to reopen one (a restart); default: a fresh temp folder it removes on close. */
export interface TestDeskPlace {
  dataDir: string
  secrets: SecretStore
}

/** Opens a `TestDesk`: real SQLite and settings files in a fresh temp folder (or `place`, which close() leaves). */
export async function openTestDesk(context: ServiceContext = fixedContext(), place?: TestDeskPlace): Promise<TestDesk> {
  const temp = place ? { dir: place.dataDir, remove: () => undefined } : makeTempDir()
  const workstation = openWorkstation({
    ...(place ? { secrets: place.secrets } : {}),
    dataDir: temp.dir,
    dataDirSource: 'env',
    appVersion: 'test',
    runtime: 'test-host',
    context,
    settings: await openNodeSettings(temp.dir),
    reportBug: (message, error) => console.error(message, error),
  })
  const call = async <T>(channel: string, payload: unknown) => (await workstation.dispatch(channel, payload)) as Result<T>
  return {
    workstation,
    call,
    async value<T>(channel: string, payload: unknown) {
      const result = await call<T>(channel, payload)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.value
    },
    close() {
      workstation.close()
      temp.remove()
    },
  }
}
