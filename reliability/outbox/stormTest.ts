import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { expect } from 'vitest'
import type { StoryDetail, } from '../../src-shared/domain/storyDraft'
import type { StoryPublication } from '../../src-shared/domain/publishing'
import { fixedContext } from '../../src-main/testing/fixedContext'
import { openTestDesk } from '../../src-main/testing/testDesk'
import { memorySecretStore } from '../../src-main/publish/secretStore'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { reportFigures } from '../harness/figures'
import { seededRandom } from '../harness/random'
import { publishStorm } from './publishStorm'

/**
 * R3 at a given size: `stories × versions` publishes through the flaky site. Holds when every
 * version is on the site exactly once (one stored copy per idempotency key), none is lost, and the outbox, the publications and the stories say
 * what happened (attempts equal the tries made; failures showed their error before the retry).
 */
export async function stormTest(id: string, stories: number, versions: number): Promise<void> {
  const random = seededRandom()
  // tmpfs when there is one: this is about the outbox's logic, and thousands of fsyncs would only add minutes.
  const temp = existsSync('/dev/shm') ? { dir: mkdtempSync('/dev/shm/newsdesk-r3-'), remove: () => undefined } : makeTempDir('newsdesk-r3-')
  if (temp.dir.startsWith('/dev/shm')) temp.remove = () => rmSync(temp.dir, { recursive: true, force: true })
  const desk = await openTestDesk(fixedContext(), { dataDir: temp.dir, secrets: memorySecretStore() })
  try {
    const { figures, jobs, keys, tries, failedSeen, summary, stories: storyList } = await publishStorm(desk, random, { stories, versions })
    // "Answered" is the site's side: its answer handed to the socket. On a loaded machine the
    // client's 100 ms timeout can still fire before it reads that answer, and it then tries again
    // with the same key, as designed; the site keeping one copy is the property, so these are counted, not refused.
    const resentAfterAnswer = [...keys.values()].reduce((sum, record) => sum + record.afterAnswered, 0)
    reportFigures(id, { seed: random.seed, ...figures, resentAfterAnswer })

    expect(jobs).toHaveLength(stories * versions)
    expect(summary).toMatchObject({ pending: 0, sending: 0, failed: 0 })
    for (const job of jobs) {
      const record = keys.get(job.idempotency_key)
      expect(job.state, job.idempotency_key).toBe('sent')
      expect(record?.stored, `${job.idempotency_key} stored on the site`).toBe(1)
      expect(record?.document).toMatchObject({ version: String(job.version), uri: `urn:uuid:${job.story_id}` })
      const earlier = failedSeen.filter((failed) => failed.id === job.id).reduce((sum, failed) => sum + failed.attempts, 0)
      expect(job.attempts + earlier, `${job.idempotency_key}: attempts recorded vs tries made`).toBe(tries.get(job.idempotency_key))
    }
    for (const failed of failedSeen) expect(failed.last_error).toBeTruthy()
    for (const story of storyList) {
      const keysOfStory = [...keys.keys()].filter((key) => key.startsWith(`${story.id}:`)).sort()
      expect(keysOfStory).toEqual(Array.from({ length: versions }, (_, index) => `${story.id}:${index + 1}`))
      expect((await desk.value<StoryDetail>('stories:get', { id: story.id })).state).toBe(versions > 1 ? 'corrected' : 'published')
      expect(await desk.value<StoryPublication[]>('publish:publications', { storyId: story.id })).toEqual([expect.objectContaining({ version: versions, canceled: false })])
    }
  } finally {
    desk.close()
    temp.remove()
  }
}
