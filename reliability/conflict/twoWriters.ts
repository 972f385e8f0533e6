import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { Result } from '../../src-shared/contract/errors'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { systemContext } from '../../src-main/app/serviceContext'
import { memorySecretStore } from '../../src-main/publish/secretStore'
import { openTestDesk } from '../../src-main/testing/testDesk'
import { driveChild, type ChildScript } from '../harness/childScript'
import { writerFields, writerHeadline } from './writerFields'

/** One writer's side of the race. */
export interface WriterLog {
  /** Version each acknowledged save produced, by save number. */
  saved: Map<number, number>
  /** Save numbers refused as stale. */
  conflicts: number[]
  /** What the app's writer was told when refused (the renderer shows it). */
  messages: Set<string>
}

/**
 * R6: the app (writer A, through the workstation's dispatcher as the renderer calls it) and a
 * second process (writer B, secondWriter.ts) save one story `count` times each, at the same time.
 * Returns both logs, the story, and the headlines of every conflict copy in its history, read
 * from the file itself: `stories:revisions` lists only the newest 200, and a full run makes more.
 */
export async function twoWriters(child: ChildScript, folder: string, count: number) {
  const desk = await openTestDesk(systemContext(() => 'person:first-writer'), { dataDir: folder, secrets: memorySecretStore() })
  try {
    const created = await desk.value<StoryDetail>('stories:create', { headline: 'Two writers' })
    const second = driveChild(child, [join(folder, 'newsdesk.sqlite'), created.id, String(count)])
    const logs = { A: { saved: new Map(), conflicts: [], messages: new Set() } as WriterLog, B: { saved: new Map(), conflicts: [], messages: new Set() } as WriterLog }
    let secondStarted: () => void = () => undefined
    const started = new Promise<void>((resolve) => (secondStarted = resolve))
    const secondDone = (async () => {
      for (;;) {
        const line = await second.next('', 120_000)
        const [word, n, version] = line.split(' ')
        secondStarted()
        if (word === 'done') return
        if (word === 'saved') logs.B.saved.set(Number(n), Number(version))
        if (word === 'conflict') logs.B.conflicts.push(Number(n))
      }
    })()

    // Start once the other process is saving, so the two really overlap on a slow machine too.
    await started
    let story = created
    for (let n = 1; n <= count; n++) {
      const result: Result<StoryDetail> = await desk.call<StoryDetail>('stories:save', { id: story.id, baseVersion: story.version, fields: writerFields(story, 'A', n) })
      if (result.ok) {
        story = result.value
        logs.A.saved.set(n, story.version)
      } else {
        if (result.error.code !== 'conflict') throw new Error(`writer A, save ${n}: ${result.error.message}`)
        logs.A.conflicts.push(n)
        logs.A.messages.add(result.error.message.replace(/\d+/g, '#'))
        story = await desk.value<StoryDetail>('stories:get', { id: story.id })
      }
      await new Promise((resolve) => setImmediate(resolve)) // let the other process in
    }
    await secondDone
    await second.close()
    // And one save from a version the app knows is stale, so the refusal and its words are checked
    // every run, however the race fell.
    const stale = await desk.call<StoryDetail>('stories:save', { id: created.id, baseVersion: story.version - 1, fields: writerFields(story, 'A', count + 1) })
    if (stale.ok || stale.error.code !== 'conflict') throw new Error('a save from a stale version was not refused')
    logs.A.conflicts.push(count + 1)
    logs.A.messages.add(stale.error.message.replace(/\d+/g, '#'))
    const final = await desk.value<StoryDetail>('stories:get', { id: created.id })
    return { logs, final, conflictCopies: conflictHeadlines(join(folder, 'newsdesk.sqlite'), created.id), headlineOf: writerHeadline }
  } finally {
    desk.close()
  }
}

/** The headlines of a story's conflict revisions, from the database file (read-only), sorted. */
function conflictHeadlines(file: string, storyId: string): string[] {
  const db = new Database(file, { readonly: true })
  try {
    const rows = db.prepare("SELECT headline FROM story_revisions WHERE story_id = ? AND kind = 'conflict' AND deleted_at IS NULL").all(storyId) as { headline: string }[]
    return rows.map((row) => row.headline).sort()
  } finally {
    db.close()
  }
}
