import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BodyPatch } from '../src-shared/domain/bodyPatch'
import { fieldsOf, type BodyJson, type SavedStory, type StoryDetail } from '../src-shared/domain/storyDraft'
import { benchRow, type BenchContext, type BenchRow, type Benchmark } from './benchTypes'
import { openBenchWorkstation } from './benchWorkstation'
import { longStoryBody } from './longStory'
import { median, p95, since } from './stats'
import { actAsBenchReporter, PICTURE_FILE } from './storyHost'

/**
 * P2: one autosave of a 5,000-word story through the service, as the story screen sends it
 * (`stories:saveChanges` with the changed paragraph as a `BodyPatch`: the payload checked, the
 * stored body patched, the body parsed against the schema, HTML, text and counts derived, the
 * search index rewritten, the revision kept, the version checked and bumped, in one
 * transaction), against one raw INSERT of the whole body's JSON into a table of the same
 * database (same connection, WAL and `synchronous = FULL`, so both pay one commit). Each save
 * changes the last paragraph, as typing does. The first save sends the body whole, as the
 * screen's first save after opening does.
 */
export const p2Save: Benchmark = { id: 'P2', title: 'autosave of a 5,000-word story', run }

async function run(context: BenchContext): Promise<BenchRow[]> {
  const size = context.tiny ? { words: 200, figures: 1, saves: 3, warmup: 1 } : { words: 5_000, figures: 4, saves: 40, warmup: 5 }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-save-'))
  const bench = await openBenchWorkstation(dataDir)
  const service: number[] = []
  const raw: number[] = []
  try {
    const { workstation, channels } = bench
    await actAsBenchReporter(channels)
    const { id: pictureId } = await channels.call<{ id: string }>('pictures:add', { name: 'plain.png', bytes: new Uint8Array(readFileSync(PICTURE_FILE)) })
    const story = await channels.call<StoryDetail>('stories:create', { headline: `Benchmark: a story of ${size.words} words` })
    const body = longStoryBody({ words: size.words, figures: size.figures, pictureId })
    const { body: _opened, ...fields } = fieldsOf(story)
    let { version } = await channels.call<SavedStory>('stories:saveChanges', { id: story.id, baseVersion: story.version, fields, body })
    const sqlite = workstation.store.sqlite
    sqlite.exec('CREATE TABLE bench_raw_saves (id INTEGER PRIMARY KEY, body_json TEXT NOT NULL) STRICT')
    const insert = sqlite.prepare('INSERT INTO bench_raw_saves (body_json) VALUES (?)')
    for (let i = 0; i < size.warmup + size.saves; i++) {
      const { edited, patch } = withEdit(body, i)
      let started = performance.now()
      ;({ version } = await channels.call<SavedStory>('stories:saveChanges', { id: story.id, baseVersion: version, fields, bodyPatch: patch }))
      const saveMs = since(started)
      started = performance.now()
      insert.run(JSON.stringify(edited))
      const rawMs = since(started)
      if (i >= size.warmup) service.push(saveMs), raw.push(rawMs)
    }
  } finally {
    bench.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
  return [
    benchRow({
      id: 'P2',
      measure: `autosave, ${size.words.toLocaleString('en')}-word story (stories:saveChanges)`,
      unit: 'ms',
      median: median(service),
      p95: p95(service),
      baseline: median(raw),
      baselineLabel: 'raw INSERT of the JSON',
      target: { maxRatio: 3 },
      samples: service.length,
      note: `${size.saves} saves after ${size.warmup} warm-up; baseline p95 ${p95(raw).toFixed(2)} ms; both commit once with synchronous = FULL`,
    }),
  ]
}

/**
 * The body with the last paragraph's last run changed (`n` marks the edit), and the patch an
 * autosave after a few keys sends for it: that paragraph.
 */
function withEdit(body: BodyJson, n: number): { edited: BodyJson; patch: BodyPatch } {
  const content = [...(body.content ?? [])]
  const index = content.map((node) => node['type']).lastIndexOf('paragraph')
  const paragraph = content[index] as { content: { type: string; text: string }[] }
  const runs = [...paragraph.content]
  runs[runs.length - 1] = { ...runs.at(-1)!, text: `${runs.at(-1)!.text} Edit ${n}.` }
  content[index] = { ...paragraph, content: runs }
  return { edited: { ...body, content }, patch: { from: index, remove: 1, insert: [content[index]!], blockCount: content.length } }
}
