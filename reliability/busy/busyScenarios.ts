import { join } from 'node:path'
import { systemContext } from '../../src-main/app/serviceContext'
import { BUSY_MESSAGE } from '../../src-main/db/databaseBusy'
import { openDatabase } from '../../src-main/db/openDatabase'
import { createDispatcher, type Dispatch } from '../../src-main/ipc/dispatch'
import type { Handlers } from '../../src-main/ipc/handlers'
import { createStoryService, type StoryService } from '../../src-main/stories/storyService'
import { fieldsForSave } from '../crash/crashStory'
import { driveChild, type ChildScript } from '../harness/childScript'

/** A story service on a fresh database in `folder`, and a dispatcher whose `stories:*` channels reach it. */
export function openDesk(folder: string, busyTimeoutMs?: number) {
  const path = join(folder, 'newsdesk.sqlite')
  const { store } = openDatabase(path, { appVersion: 'reliability', ...(busyTimeoutMs ? { busyTimeoutMs } : {}) })
  const stories = createStoryService(store, systemContext(() => 'person:busy-test'))
  const bugs: unknown[] = []
  const dispatch = createDispatcher(storyHandlers(stories), (_message, error) => bugs.push(error))
  return { path, store, stories, dispatch, bugs }
}

/** Handlers for every channel: `stories:*` go to the service, anything else is not part of these tests. */
function storyHandlers(stories: StoryService): Handlers {
  const group = (namespace: string) =>
    new Proxy({}, { get: (_target, method: string) => (input: never) => (namespace === 'stories' ? (stories[method as keyof StoryService] as (input: never) => unknown)(input) : null) })
  return new Proxy({}, { get: (_target, namespace: string) => group(namespace) }) as Handlers
}

/**
 * A long read on another connection while this one writes: in WAL the reader keeps its
 * snapshot and the writer never waits for it. Resolves to how many saves went through during
 * the read, the slowest one, and what the reader counted at the start and end of its read.
 */
export async function longReadWhileWriting(child: ChildScript, folder: string, holdMs: number) {
  const desk = openDesk(folder)
  const other = driveChild(child, [desk.path])
  try {
    let story = desk.stories.create({ headline: 'Long read' })
    other.send(`read ${holdMs}`)
    const before = Number((await other.next('reading ')).split(' ')[1])
    let finished: string | null = null
    const read = other.next('read ').then((line) => (finished = line))
    let saves = 0
    let slowestMs = 0
    let n = 1
    while (!finished) {
      const started = performance.now()
      story = desk.stories.save({ id: story.id, baseVersion: story.version, fields: fieldsForSave(story, n++) })
      desk.stories.create({ headline: `Written during the read ${n}` })
      slowestMs = Math.max(slowestMs, performance.now() - started)
      saves += 1
      await new Promise((resolve) => setImmediate(resolve))
    }
    await read
    const [, first, last] = (finished as string).split(' ').map(Number)
    const checkpoint = desk.store.sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
    return { saves, slowestMs: Math.round(slowestMs), readerSaw: [before, first, last], checkpointBusy: checkpoint[0]!.busy, storiesNow: desk.stories.list({ limit: 1, offset: 0 }).total }
  } finally {
    await other.close()
    desk.store.close()
  }
}

/**
 * A reader that upgrades: the other connection reads the story in a plain (deferred)
 * transaction, this one saves it, then the other tries to write what it read. SQLite refuses it
 * at once (SQLITE_BUSY_SNAPSHOT; no timeout helps), so the save is not silently overwritten.
 */
export async function readerThatUpgrades(child: ChildScript, folder: string) {
  const desk = openDesk(folder)
  const other = driveChild(child, [desk.path])
  try {
    const story = desk.stories.create({ headline: 'Upgrade' })
    other.send(`upgrade ${story.id}`)
    await other.next('snapshot')
    const saved = desk.stories.save({ id: story.id, baseVersion: story.version, fields: fieldsForSave(story, 1) })
    other.send('go')
    const answer = await other.next('upgrade ')
    return { answer, savedHeadline: saved.headline, storedHeadline: desk.stories.get({ id: story.id }).headline }
  } finally {
    await other.close()
    desk.store.close()
  }
}

/** Two processes each doing `times` read-then-write transactions on one counter, side by side, in `mode`. */
export async function twoIncrementers(child: ChildScript, folder: string, times: number, mode: 'immediate' | 'deferred') {
  const desk = openDesk(folder)
  const workers = [driveChild(child, [desk.path]), driveChild(child, [desk.path])]
  try {
    for (const worker of workers) worker.send(`increment ${times} ${mode}`)
    const answers = await Promise.all(workers.map((worker) => worker.next('incremented ', 120_000)))
    const results = answers.map((line) => {
      const [, ok, failures] = line.split(' ')
      return { ok: Number(ok), failures: JSON.parse(failures!) as Record<string, number> }
    })
    const counter = desk.store.sqlite.prepare('SELECT value FROM reliability_counter WHERE id = 1').pluck().get() as number
    return { results, counter }
  } finally {
    await Promise.all(workers.map((worker) => worker.close()))
    desk.store.close()
  }
}

/**
 * Another program holds the write lock for `holdMs` while a reporter's save arrives through the
 * dispatcher, whose store waits `busyTimeoutMs`. Returns the first answer and how long it took,
 * and the answer to the same save sent again after the lock was released.
 */
export async function saveWhileLocked(child: ChildScript, folder: string, holdMs: number, busyTimeoutMs: number) {
  const desk = openDesk(folder, busyTimeoutMs)
  const other = driveChild(child, [desk.path])
  try {
    const story = desk.stories.create({ headline: 'Locked' })
    const save = { id: story.id, baseVersion: story.version, fields: fieldsForSave(story, 1) }
    other.send(`lock ${holdMs}`)
    await other.next('locked')
    const started = performance.now()
    const first = await desk.dispatch('stories:save', save)
    const waitedMs = Math.round(performance.now() - started)
    await other.next('unlocked')
    const again = await desk.dispatch('stories:save', save)
    return { first, waitedMs, again, bugsReported: desk.bugs.length }
  } finally {
    await other.close()
    desk.store.close()
  }
}

export { BUSY_MESSAGE, type Dispatch }
