import type { Person } from '../../../src-shared/domain/person'
import type { StoryDetail } from '../../../src-shared/domain/storyDraft'
import { saveSeedStory } from '../../export/fixtures/seedStoryOnDesk'
import type { TestDesk } from '../../testing/testDesk'

/**
 * The seed story taken through the desk to Ready by one person who reports, edits and
 * publishes (chosen as the profile), as `publish:send` needs it.
 */
export async function readySeedStory(desk: TestDesk): Promise<{ story: StoryDetail; person: Person }> {
  const person = await desk.value<Person>('people:create', { name: 'Sana Publisher', roles: ['reporter', 'editor', 'publisher'] })
  await desk.value('profile:set', { personId: person.id })
  let { story } = await saveSeedStory(desk, { assigneeId: person.id })
  for (const to of ['submitted', 'editing', 'ready']) story = await desk.value<StoryDetail>('desk:move', { id: story.id, to, baseVersion: story.version })
  return { story, person }
}

/** Adds an HTTP target pointing at `url` with a bearer token; returns its id. */
export async function addHttpTarget(desk: TestDesk, url: string, token = 'desk-token-123'): Promise<string> {
  const target = await desk.value<{ id: string }>('publish:saveTarget', { kind: 'http', name: 'Website', url, secret: token, timeoutMs: 1_000 })
  return target.id
}
