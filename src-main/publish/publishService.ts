import type { Person } from '../../src-shared/domain/person'
import type { ConnectionReport, OutboxJob, OutboxSummary, PublishAction, PublishTarget, PublishTargetInput, StoryPublication, JobState } from '../../src-shared/domain/publishing'
import type { ExportedStory, ExportFormat } from '../../src-shared/domain/exportFormat'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import type { z } from 'zod'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import { fileExportPublication } from './fileExportPublication'
import { exportStory } from '../export/exportStory'
import type { PictureService } from '../pictures/pictureService'
import type { SettingsBackend } from '../settings/settingsBackend'
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff'
import { changeJob, findJob, listJobs, outboxSummary } from './outboxJobs'
import { createOutboxWorker, type OutboxWorker } from './outboxWorker'
import { queueJob } from './queueJob'
import type { SecretStore } from './secretStore'
import { createTargetSettings } from './targetSettings'

/** The settings key of the attempts before a job is marked failed (default 8). */
export const MAX_ATTEMPTS_KEY = 'publish.maxAttempts'

/** Everything publishing needs from the workstation. */
export interface PublishDeps {
  store: Store
  context: ServiceContext
  settings: SettingsBackend
  secrets: SecretStore
  pictures: PictureService
  person: () => Person | null
  story: (id: string) => StoryDetail
  online: () => boolean
  /** Overrides of the retry policy (tests use short delays); the settings' max attempts win over the default. */
  backoff?: Partial<BackoffPolicy>
}

/** Sites, the outbox, and file exports: the publish and outbox channels. */
export interface PublishService {
  targets(): PublishTarget[]
  saveTarget(input: z.output<typeof PublishTargetInput>): PublishTarget
  removeTarget(id: string): void
  testConnection(id: string): Promise<ConnectionReport>
  send(input: { storyId: string; targetId: string; action: PublishAction }): OutboxJob
  publications(storyId: string): StoryPublication[]
  export(input: { storyId: string; format: ExportFormat }): ExportedStory
  jobs(input: { states: readonly JobState[]; limit: number }): OutboxJob[]
  summary(): OutboxSummary
  retry(id: string): OutboxJob
  cancel(id: string): OutboxJob
  worker: OutboxWorker
}

export function createPublishService(deps: PublishDeps): PublishService {
  const { store, context } = deps
  const targets = createTargetSettings(deps.settings, deps.secrets, context.newId)
  const library = (id: string) => {
    try {
      return deps.pictures.get({ id })
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'not_found') return null
      throw error
    }
  }
  const worker = createOutboxWorker({
    store,
    context,
    client: (targetId) => targets.client(targetId),
    online: deps.online,
    backoff: () => {
      const configured = deps.settings.get(MAX_ATTEMPTS_KEY)
      return { ...DEFAULT_BACKOFF, ...deps.backoff, ...(Number.isInteger(configured) && (configured as number) > 0 ? { maxAttempts: configured as number } : {}) }
    },
  })

  return {
    targets: () => targets.list(),
    saveTarget: (input) => (mayManageSites(deps.person()), targets.save(input)),
    removeTarget: (id) => (mayManageSites(deps.person()), targets.remove(id)),
    testConnection: (id) => targets.client(id).testConnection(),

    send(input) {
      const job = queueJob({ store, context, person: deps.person(), story: deps.story, pictures: deps.pictures, targets }, input)
      worker.kick()
      return job
    },

    publications: (storyId) =>
      (store.sqlite.prepare('SELECT p.target_id, p.remote_id, p.remote_url, p.version, p.canceled, p.published_at FROM story_publications p WHERE p.story_id = ? ORDER BY p.published_at').all(storyId) as {
        target_id: string
        remote_id: string
        remote_url: string | null
        version: number
        canceled: number
        published_at: string
      }[]).map((row) => ({ targetId: row.target_id, remoteId: row.remote_id, remoteUrl: row.remote_url, version: row.version, canceled: row.canceled === 1, publishedAt: row.published_at })),

    export: ({ storyId, format }) => {
      const story = deps.story(storyId)
      return exportStory(story, format, { pictures: library, publication: fileExportPublication(store, story) })
    },
    jobs: (input) => listJobs(store, targets, input),
    summary: () => outboxSummary(store, deps.online()),
    retry(id) {
      changeJob(store, id, 'retry', context.now().toISOString(), context.actor())
      worker.kick()
      return findJob(store, id, targets)
    },
    cancel(id) {
      changeJob(store, id, 'cancel', context.now().toISOString(), context.actor())
      return findJob(store, id, targets)
    },
    worker,
  }
}

/** Sites and their secrets are a publisher's (or an admin's) to change. @throws ServiceError `forbidden`. */
function mayManageSites(person: Person | null): void {
  if (person && (person.roles.includes('publisher') || person.roles.includes('admin'))) return
  throw new ServiceError('forbidden', `Only a publisher can change where stories are published${person ? `; ${person.name} is not one` : ''}.`)
}
