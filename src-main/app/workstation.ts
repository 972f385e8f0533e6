import { join } from 'node:path'
import type { AppInfo } from '../../src-shared/domain/appInfo'
import { DEFAULT_MAX_PICTURE_BYTES } from '../../src-shared/domain/picture'
import { DATABASE_FILE_NAME, openDatabase } from '../db/openDatabase'
import type { Store } from '../db/store'
import { createCommentService } from '../comments/commentService'
import { createSpellingService, type SpellingService } from '../checks/spellingService'
import { createLockService } from '../locks/lockService'
import { listMoves } from '../desk/listMoves'
import { moveStory } from '../desk/moveStory'
import { createDispatcher, type BugReporter, type Dispatch } from '../ipc/dispatch'
import type { Handlers } from '../ipc/handlers'
import { createPersonService } from '../people/personService'
import { createPictureService, type PictureService } from '../pictures/pictureService'
import type { DataDirSource } from '../settings/dataDir'
import { createProfile } from '../settings/profile'
import type { SettingsBackend } from '../settings/settingsBackend'
import { createStoryService } from '../stories/storyService'
import type { BackoffPolicy } from '../publish/backoff'
import { createPublishService, type PublishService } from '../publish/publishService'
import { createImportService } from '../import/importService'
import { memorySecretStore, type SecretStore } from '../publish/secretStore'
import type { ServiceContext } from './serviceContext'

/** The settings key of the picture size limit, in bytes. */
export const MAX_PICTURE_BYTES_KEY = 'pictures.maxBytes'

export interface WorkstationOptions {
  dataDir: string
  dataDirSource: DataDirSource
  appVersion: string
  runtime: AppInfo['runtime']
  /** The clock and ids; its `actor` is used only until a profile person is chosen. */
  context: ServiceContext
  settings: SettingsBackend
  reportBug: BugReporter
  /** better-sqlite3 addon for this runtime's ABI, when it is not the default one. */
  nativeBinding?: string
  /** Where publish secrets are kept; default: memory only (tests, the test host). Electron passes safeStorage. */
  secrets?: SecretStore
  /** Whether the network is there (Electron: `net.isOnline()`); default: always. */
  online?: () => boolean
  /** Retry policy overrides for the outbox (tests use short delays). */
  backoff?: Partial<BackoffPolicy>
}

/** The services of one workstation over one open database, and the dispatcher bound to them. */
export interface Workstation {
  store: Store
  handlers: Handlers
  dispatch: Dispatch
  /** For the media protocol (Electron) and route (test host): where a picture's bytes are. */
  pictures: PictureService
  /** For the Electron context menu's "Add to newsroom dictionary" and the spellchecker's word list. */
  spelling: SpellingService
  /** The outbox worker lives here; Electron wakes it when the network comes back. */
  publish: PublishService
  close(): void
}

/**
 * Opens the database in `dataDir` and wires every service to its contract channels.
 * Used by the Electron main process and the test host alike, so both run the same code.
 * Who acts is the profile's person once chosen (their id is recorded as `created_by` etc.).
 * @throws DatabaseOpenError when the database is refused (newer, not SQLite, unreadable).
 */
export function openWorkstation(options: WorkstationOptions): Workstation {
  const databasePath = join(options.dataDir, DATABASE_FILE_NAME)
  const { store } = openDatabase(databasePath, {
    appVersion: options.appVersion,
    now: options.context.now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  // The profile needs the directory, and everything else needs the profile's person as actor.
  const context: ServiceContext = { ...options.context, actor: () => profile.personId() ?? options.context.actor() }
  const people = createPersonService(store, context)
  const profile = createProfile(options.settings, people)
  const stories = createStoryService(store, context, () => profile.get())
  const comments = createCommentService(store, context, () => profile.get())
  const locks = createLockService(store, context, () => profile.get())
  const spelling = createSpellingService(store, context)
  const pictures = createPictureService(store, context, {
    folder: join(options.dataDir, 'pictures'),
    maxBytes: () => {
      const configured = options.settings.get(MAX_PICTURE_BYTES_KEY)
      return typeof configured === 'number' && configured > 0 ? configured : DEFAULT_MAX_PICTURE_BYTES
    },
  })
  const publish = createPublishService({
    store,
    context,
    settings: options.settings,
    secrets: options.secrets ?? memorySecretStore(),
    pictures,
    person: () => profile.get(),
    story: (id) => stories.get({ id }),
    online: options.online ?? (() => true),
    ...(options.backoff ? { backoff: options.backoff } : {}),
  })
  const imports = createImportService({ store, stories, pictures })
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
      saveChanges: (input) => stories.saveChanges(input),
      revisions: (input) => stories.revisions(input),
      revision: (input) => stories.revision(input),
      restore: (input) => stories.restore(input),
    },
    desk: {
      move: (input) => moveStory(store, context, profile.get(), input),
      moves: ({ storyId }) => listMoves(store, storyId),
    },
    locks: {
      claim: (input) => locks.claim(input),
      release: (input) => (locks.release(input), { released: true as const }),
    },
    comments: {
      list: (input) => comments.list(input),
      add: (input) => comments.add(input),
      edit: (input) => comments.edit(input),
      resolve: (input) => comments.resolve(input),
    },
    people: {
      list: (input) => people.list(input),
      create: (input) => people.create(input),
      update: (input) => people.update(input),
      setActive: (input) => people.setActive(input),
      remove: (input) => (people.remove(input), { removed: true as const }),
    },
    profile: {
      get: () => ({ person: profile.get() }),
      set: ({ personId }) => profile.set(personId),
    },
    pictures: {
      add: (input) => pictures.add(input),
      list: (input) => pictures.list(input),
      get: (input) => pictures.get(input),
    },
    spelling: {
      check: (input) => spelling.check(input),
      words: () => spelling.words(),
      addWord: (input) => spelling.addWord(input),
      removeWord: (input) => spelling.removeWord(input),
    },
    publish: {
      targets: () => publish.targets(),
      saveTarget: (input) => publish.saveTarget(input),
      removeTarget: ({ id }) => (publish.removeTarget(id), { removed: true as const }),
      testConnection: ({ id }) => publish.testConnection(id),
      send: (input) => publish.send(input),
      publications: ({ storyId }) => publish.publications(storyId),
      export: (input) => publish.export(input),
    },
    outbox: {
      list: (input) => publish.jobs(input),
      summary: () => publish.summary(),
      retry: ({ id }) => publish.retry(id),
      cancel: ({ id }) => publish.cancel(id),
    },
    import: {
      file: (input) => imports.file(input),
      report: ({ storyId }) => imports.report(storyId),
      dismiss: ({ storyId }) => (imports.dismiss(storyId), { dismissed: true as const }),
      attachLead: (input) => imports.attachLead(input),
    },
  }
  publish.worker.start()

  return {
    store,
    handlers,
    dispatch: createDispatcher(handlers, options.reportBug),
    pictures,
    spelling,
    publish,
    close: () => {
      publish.worker.stop()
      store.close()
    },
  }
}
