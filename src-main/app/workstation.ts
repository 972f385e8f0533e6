import { join } from 'node:path'
import type { AppInfo } from '../../src-shared/domain/appInfo'
import { DATABASE_FILE_NAME, openDatabase } from '../db/openDatabase'
import type { Store } from '../db/store'
import { createDispatcher, type BugReporter, type Dispatch } from '../ipc/dispatch'
import type { Handlers } from '../ipc/handlers'
import type { DataDirSource } from '../settings/dataDir'
import { createStoryService } from '../stories/storyService'
import type { ServiceContext } from './serviceContext'

export interface WorkstationOptions {
  dataDir: string
  dataDirSource: DataDirSource
  appVersion: string
  runtime: AppInfo['runtime']
  context: ServiceContext
  reportBug: BugReporter
  /** better-sqlite3 addon for this runtime's ABI, when it is not the default one. */
  nativeBinding?: string
}

/** The services of one workstation over one open database, and the dispatcher bound to them. */
export interface Workstation {
  store: Store
  handlers: Handlers
  dispatch: Dispatch
  close(): void
}

/**
 * Opens the database in `dataDir` and wires every service to its contract channels.
 * Used by the Electron main process and the test host alike, so both run the same code.
 * @throws DatabaseOpenError when the database is refused (newer, not SQLite, unreadable).
 */
export function openWorkstation(options: WorkstationOptions): Workstation {
  const databasePath = join(options.dataDir, DATABASE_FILE_NAME)
  const { store } = openDatabase(databasePath, {
    appVersion: options.appVersion,
    now: options.context.now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  const stories = createStoryService(store, options.context)
  const schemaVersion = Number(store.sqlite.pragma('user_version', { simple: true }))

  const handlers: Handlers = {
    app: {
      info: () => ({
        appVersion: options.appVersion,
        schemaVersion,
        dataDir: options.dataDir,
        dataDirSource: options.dataDirSource,
        databasePath,
        runtime: options.runtime,
      }),
    },
    stories: {
      list: (input) => stories.list(input),
      create: (input) => stories.create(input),
      get: (input) => stories.get(input),
      save: (input) => stories.save(input),
      revisions: (input) => stories.revisions(input),
      revision: (input) => stories.revision(input),
      restore: (input) => stories.restore(input),
    },
  }

  return {
    store,
    handlers,
    dispatch: createDispatcher(handlers, options.reportBug),
    close: () => store.close(),
  }
}
