import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fieldsOf, type BodyJson, type StoryDetail } from '../src-shared/domain/storyDraft'
import { longStoryBody } from './longStory'
import type { BuiltPages } from './pages/buildPages'
import { startRemoteHost, type Channels, type RemoteHost } from './remoteHost'

/** The picture every figure of the long story shows (a small PNG from the e2e fixtures). */
export const PICTURE_FILE = resolve(__dirname, '..', 'e2e', 'fixtures', 'pictures', 'plain.png')

/** The person the benchmarks work as: a reporter, so the story opens editable under their lock. */
export const BENCH_REPORTER = { name: 'Bench Reporter', title: 'Reporter', desk: 'City', roles: ['reporter'] }

/** Adds `BENCH_REPORTER` to the directory (once) and chooses them as the profile. */
export async function actAsBenchReporter(channels: Channels): Promise<void> {
  const people = await channels.call<{ id: string; name: string }[]>('people:list', {})
  const person = people.find((p) => p.name === BENCH_REPORTER.name) ?? (await channels.call<{ id: string }>('people:create', BENCH_REPORTER))
  await channels.call('profile:set', { personId: person.id })
}

/** A test host with one long story saved on it, ready to open in the browser at `storyUrl`. */
export interface StoryHost {
  host: RemoteHost
  storyUrl: string
  /** The body as stored (normalised by the save), for the baseline editor to load. */
  body: BodyJson
  picture: Buffer
  close(): Promise<void>
}

/**
 * Starts a test host (in its own process) on a fresh temp folder with the run's built
 * renderer, chooses `BENCH_REPORTER`, adds the picture and saves a story whose body is
 * `longStoryBody` of `words` words and `figures` figures, through the channels as the app does.
 */
export async function startStoryHost(pages: BuiltPages, { words, figures }: { words: number; figures: number }, profile?: { dir: string; log: (line: string) => void }): Promise<StoryHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-story-'))
  const host = await startRemoteHost({ dataDir, rendererDir: pages.rendererDir, bridgeFile: pages.bridgeFile }, profile)
  await actAsBenchReporter(host)
  const picture = readFileSync(PICTURE_FILE)
  const { id: pictureId } = await host.call<{ id: string }>('pictures:add', { name: 'plain.png', bytes: new Uint8Array(picture) })
  const created = await host.call<StoryDetail>('stories:create', { headline: `Benchmark: a story of ${words} words` })
  const body = longStoryBody({ words, figures, pictureId })
  const saved = await host.call<StoryDetail>('stories:save', { id: created.id, baseVersion: created.version, fields: { ...fieldsOf(created), body } })
  return {
    host,
    storyUrl: `${host.url}#story/${saved.id}`,
    body: saved.body,
    picture,
    close: async () => {
      await host.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
