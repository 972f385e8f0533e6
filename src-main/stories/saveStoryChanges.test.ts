import { beforeEach, describe, expect, it } from 'vitest'
import { loadSeedStory } from '../../e2e/fixtures/seedStory'
import { patchBetween, type BodyBlock } from '../../src-shared/domain/bodyPatch'
import { fieldsOf, type BodyJson, type StoryDetail } from '../../src-shared/domain/storyDraft'
import { fixedContext } from '../testing/fixedContext'
import { storyServiceForEachTest } from '../testing/storyServiceForEachTest'
import { serviceErrorOf } from '../testing/serviceErrorOf'
import type { StoryService } from './storyService'

const opened = storyServiceForEachTest(() => fixedContext({ actor: 'person:awais', stepMs: 1_000 }))
let stories: StoryService
beforeEach(() => void ({ stories } = opened))

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const seedBody = (): BodyJson => ({ type: 'doc', content: loadSeedStory().paragraphs.map(paragraph) })

/** Everything `stories.save` sends but the body. */
function besideBody(story: StoryDetail) {
  const { body: _body, ...fields } = fieldsOf(story)
  return fields
}

/** The seed story saved whole, as the first save after opening sends it. */
function seeded(): StoryDetail {
  const draft = stories.create({ headline: 'Cattle markets move out of the city' })
  stories.saveChanges({ id: draft.id, baseVersion: 1, fields: besideBody(draft), body: seedBody() })
  return stories.get({ id: draft.id })
}

describe('saving what the editor changed', () => {
  it('applies a patch of one paragraph and stores what a whole save of the same text stores', () => {
    const story = seeded()
    const before = story.body.content!
    const after = before.map((block, i) => (i === 5 ? paragraph('The sixth paragraph, rewritten on the desk.') : block))
    const patch = patchBetween(before, after, (a, b) => JSON.stringify(a) === JSON.stringify(b), (block) => block)
    expect(patch).toEqual({ from: 5, remove: 1, insert: [after[5]], blockCount: 12 })

    const answer = stories.saveChanges({ id: story.id, baseVersion: story.version, fields: besideBody(story), bodyPatch: patch })
    const patched = stories.get({ id: story.id })

    // The same text saved whole on a twin story: every derived column must match.
    const twin = seeded()
    const whole = stories.save({ id: twin.id, baseVersion: twin.version, fields: { ...fieldsOf(twin), body: { type: 'doc', content: after } } })
    expect(patched.body).toEqual(whole.body)
    expect(patched.bodyHtml).toBe(whole.bodyHtml)
    expect(patched.bodyText).toBe(whole.bodyText)
    expect(patched.wordCount).toBe(whole.wordCount)
    expect(patched.bodyText).toContain('rewritten on the desk')
    expect(answer.version).toBe(story.version + 1)
    expect(answer.wordCount).toBe(patched.wordCount)
    // The answer leaves the body out: the editor has it.
    expect(answer).not.toHaveProperty('body')
    expect(answer).not.toHaveProperty('bodyHtml')
    expect(answer).not.toHaveProperty('bodyText')
    expect(answer.headline).toBe('Cattle markets move out of the city')
  })

  it('keeps the stored body when only the fields changed', () => {
    const story = seeded()
    const answer = stories.saveChanges({ id: story.id, baseVersion: story.version, fields: { ...besideBody(story), headline: 'Cattle markets leave Islamabad' } })
    const after = stories.get({ id: story.id })
    expect(after.headline).toBe('Cattle markets leave Islamabad')
    expect(after.body).toEqual(story.body)
    expect(after.bodyHtml).toBe(story.bodyHtml)
    expect(answer.slug).toBe('cattle-markets-leave-islamabad')
  })

  it('refuses a patch from a stale version as a conflict, without a conflict copy it could not write whole', () => {
    const story = seeded()
    stories.saveChanges({ id: story.id, baseVersion: story.version, fields: { ...besideBody(story), ednote: 'Saved elsewhere.' } })
    const revisionsBefore = stories.revisions({ storyId: story.id }).length
    const error = serviceErrorOf(() =>
      stories.saveChanges({ id: story.id, baseVersion: story.version, fields: besideBody(story), bodyPatch: { from: 0, remove: 1, insert: [paragraph('Mine.')], blockCount: 12 } }),
    )
    expect(error.code).toBe('conflict')
    expect(error.message).toContain(`now version ${story.version + 1}`)
    expect(stories.revisions({ storyId: story.id })).toHaveLength(revisionsBefore)

    // Sent again whole, as the story screen does, the text is kept as a conflict copy.
    const whole: BodyJson = { type: 'doc', content: [paragraph('Mine.'), ...story.body.content!.slice(1)] }
    expect(serviceErrorOf(() => stories.saveChanges({ id: story.id, baseVersion: story.version, fields: besideBody(story), body: whole })).code).toBe('conflict')
    const copies = stories.revisions({ storyId: story.id }).filter((revision) => revision.kind === 'conflict')
    expect(copies).toHaveLength(1)
    expect(stories.revision({ id: copies[0]!.id }).bodyHtml).toContain('>Mine.</p>')
  })

  it('refuses a patch that does not fit the stored body, and stores nothing', () => {
    const story = seeded()
    const outside = serviceErrorOf(() => stories.saveChanges({ id: story.id, baseVersion: story.version, fields: besideBody(story), bodyPatch: { from: 11, remove: 2, insert: [], blockCount: 10 } }))
    expect(outside.code).toBe('invalid_input')
    expect(outside.message).toContain('blocks 11–13 of a body of 12')
    const miscounted = serviceErrorOf(() => stories.saveChanges({ id: story.id, baseVersion: story.version, fields: besideBody(story), bodyPatch: { from: 0, remove: 0, insert: [paragraph('New.')], blockCount: 12 } }))
    expect(miscounted.code).toBe('invalid_input')
    expect(miscounted.message).toContain('would have 13 blocks, the editor has 12')
    const offSchema = serviceErrorOf(() => stories.saveChanges({ id: story.id, baseVersion: story.version, fields: besideBody(story), bodyPatch: { from: 0, remove: 1, insert: [{ type: 'marquee' }], blockCount: 12 } }))
    expect(offSchema.code).toBe('invalid_input')
    expect(stories.get({ id: story.id })).toEqual(story)
  })

  it('says not_found for a story that does not exist', () => {
    const story = seeded()
    const missing = serviceErrorOf(() => stories.saveChanges({ id: '01900000-0000-7000-8000-000000000000', baseVersion: 1, fields: besideBody(story), bodyPatch: { from: 0, remove: 0, insert: [], blockCount: 12 } }))
    expect(missing.code).toBe('not_found')
  })
})

describe('the stored body this process remembers', () => {
  it('is not trusted once a whole save from elsewhere moved the story on: the patch is refused before any copy', () => {
    const story = seeded()
    // An autosave remembered at this version, then another window saves the story whole.
    const mine = stories.saveChanges({ id: story.id, baseVersion: story.version, fields: { ...besideBody(story), ednote: 'Mine.' } })
    stories.save({ id: story.id, baseVersion: mine.version, fields: { ...fieldsOf(stories.get({ id: story.id })), body: { type: 'doc', content: [paragraph('Theirs.')] } } })
    const error = serviceErrorOf(() =>
      stories.saveChanges({ id: story.id, baseVersion: mine.version, fields: besideBody(story), bodyPatch: { from: 0, remove: 1, insert: [paragraph('Mine again.')], blockCount: 12 } }),
    )
    expect(error.code).toBe('conflict')
    expect(stories.revisions({ storyId: story.id }).filter((revision) => revision.kind === 'conflict')).toHaveLength(0)
    expect(stories.get({ id: story.id }).bodyText).toBe('Theirs.')
  })

  it('gives what the database holds: many patches in a row store what one whole save would', () => {
    const story = seeded()
    let blocks = story.body.content!
    let version = story.version
    for (let i = 0; i < 20; i++) {
      const at = (i * 7) % blocks.length
      const next = blocks.map((block, j) => (j === at ? paragraph(`Paragraph ${j}, edit ${i}.`) : block))
      if (i % 5 === 4) next.splice(at, 0, paragraph(`A new paragraph ${i}.`))
      const patch = patchBetween(blocks, next, (a, b) => JSON.stringify(a) === JSON.stringify(b), (block) => block)
      version = stories.saveChanges({ id: story.id, baseVersion: version, fields: besideBody(story), bodyPatch: patch }).version
      blocks = next
    }
    const stored = stories.get({ id: story.id })
    expect(stored.body.content).toEqual(blocks)
    const twin = seeded()
    const whole = stories.save({ id: twin.id, baseVersion: twin.version, fields: { ...fieldsOf(twin), body: { type: 'doc', content: blocks } } })
    expect([stored.bodyHtml, stored.bodyText, stored.wordCount, stored.characterCount]).toEqual([whole.bodyHtml, whole.bodyText, whole.wordCount, whole.characterCount])
  })
})
