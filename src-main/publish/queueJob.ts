import { PUBLISH_ACTIONS, type OutboxJob, type PublishAction } from '../../src-shared/domain/publishing'
import type { Person } from '../../src-shared/domain/person'
import type { Picture } from '../../src-shared/domain/picture'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { Store } from '../db/store'
import { toNinjs } from '../export/ninjs'
import { InvalidNinjsError, assertValidNinjs } from '../export/validateNinjs'
import type { PictureService } from '../pictures/pictureService'
import { deliveryPost } from './deliveryPost'
import { findJob } from './outboxJobs'
import type { TargetSettings } from './targetSettings'

/** What queuing needs: the store, who acts, the story as it is now, the library and the sites. */
export interface QueueDeps {
  store: Store
  context: ServiceContext
  person: Person | null
  story: (id: string) => StoryDetail
  pictures: PictureService
  targets: TargetSettings
}

/**
 * Queues a publish, correction or unpublish of a story to one site: checks the person's role
 * and the story's state against PUBLISH_ACTIONS, numbers the published version (publish: 1;
 * correction: the last + 1; unpublish: the version it takes down), freezes the ninjs document
 * (validated against ninjs 2.2) and the post into the job, all in one transaction. Asking again
 * for what is already queued or sent returns that job: one job per story version.
 * @throws ServiceError `forbidden` (role or state), `not_found`, `invalid_input` (the export does not validate).
 */
export function queueJob(deps: QueueDeps, input: { storyId: string; targetId: string; action: PublishAction }): OutboxJob {
  const { store, context, person } = deps
  const entry = PUBLISH_ACTIONS.find((candidate) => candidate.action === input.action)!
  if (!person || !(person.roles.includes(entry.role) || person.roles.includes('admin'))) {
    throw new ServiceError('forbidden', `Only a publisher can ${entry.label.toLowerCase()}${person ? `; ${person.name} is not one` : ''}.`)
  }
  const target = deps.targets.get(input.targetId)
  let jobId = ''
  store.transaction(() => {
    const story = deps.story(input.storyId)
    if (!(entry.from as readonly string[]).includes(story.state)) {
      throw new ServiceError('forbidden', `“${entry.label}” is for a story that is ${entry.from.join(' or ')}; this one is ${story.state}.`)
    }
    const jobs = store.sqlite
      .prepare("SELECT id, action, version, story_version FROM publish_jobs WHERE story_id = ? AND target_id = ? AND state <> 'canceled' ORDER BY version DESC, created_at DESC")
      .all(story.id, target.id) as { id: string; action: PublishAction; version: number; story_version: number }[]
    const carried = jobs.filter((job) => job.action !== 'unpublish')
    const latest = carried[0]
    const again =
      input.action === 'publish' ? jobs.find((job) => job.action === 'publish')
      : input.action === 'correct' ? carried.find((job) => job.story_version === story.version)
      : jobs.find((job) => job.action === 'unpublish' && job.version === latest?.version)
    if (again) return void (jobId = again.id)
    if (!latest && input.action !== 'publish') throw new ServiceError('forbidden', `This story was never published to “${target.name}”.`)
    const version = input.action === 'publish' ? 1 : input.action === 'correct' ? latest!.version + 1 : latest!.version

    const now = context.now().toISOString()
    const ninjs = toNinjs(story, { version, versionCreatedAt: now, pubstatus: input.action === 'unpublish' ? 'canceled' : 'usable' }, (id) => libraryPicture(deps.pictures, id))
    try {
      assertValidNinjs(ninjs)
    } catch (error) {
      if (error instanceof InvalidNinjsError) throw new ServiceError('invalid_input', error.message)
      throw error
    }
    jobId = context.newId()
    store.run(
      store.query.insertInto('publish_jobs').values({
        id: jobId,
        story_id: story.id,
        target_id: target.id,
        action: input.action,
        version,
        story_version: story.version,
        idempotency_key: input.action === 'unpublish' ? `${story.id}:${version}:unpublish` : `${story.id}:${version}`,
        ninjs_json: JSON.stringify(ninjs),
        post_json: JSON.stringify(deliveryPost(story, deps.pictures)),
        next_attempt_at: now,
        created_at: now,
        created_by: context.actor(),
        updated_at: now,
        updated_by: context.actor(),
      }),
    )
  })
  return findJob(store, jobId, deps.targets)
}

/** A library picture by id, or null when it is gone (the export then keeps the use's own words). */
function libraryPicture(pictures: PictureService, id: string): Picture | null {
  try {
    return pictures.get({ id })
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'not_found') return null
    throw error
  }
}
