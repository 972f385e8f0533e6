import { join } from 'node:path'
import { readFileSync, writeFileSync } from 'node:fs'
import { benchRow, type BenchContext, type BenchRow, type Benchmark } from './benchTypes'
import { formatHotFunctions, hotFunctions, type CpuProfile } from './cpuProfile'
import { baselineHtml, startStaticServer } from './pages/staticServer'
import { median, p95 } from './stats'
import { startStoryHost } from './storyHost'
import { copyToType, idleScriptTime, openEditor, placeCaret, settle, typeForLatency, typeForScriptTime, type CaretPlace } from './typing'

/**
 * P1: typing in a 36,000-word story (headings, lists, links, 30 figures) in the real renderer,
 * against a bare ProseMirror with the same schema and document in the same Chromium, both
 * open at once and typed into in turn (start, middle, end; 200 keys each), so load from
 * elsewhere on the machine falls on both. Two passes per place: (a) latency, keydown → next
 * frame (ms), without the profiler; (b) script time per key (ms), under the CPU profiler.
 */
export const p1Typing: Benchmark = { id: 'P1', title: 'typing in a long story', run }

async function run(context: BenchContext): Promise<BenchRow[]> {
  const size = context.tiny
    ? { words: 200, figures: 2, keys: 3, places: ['end'] as CaretPlace[], quietMs: 100, idleSamples: 3 }
    : { words: 36_000, figures: 30, keys: 200, places: ['start', 'middle', 'end'] as CaretPlace[], quietMs: 1_000, idleSamples: 30 }
  const pages = await context.pages()
  const browser = await context.browser()
  const story = await startStoryHost(pages, size, context.profileDir ? { dir: context.profileDir, log: context.log } : undefined)
  const files = new Map([
    ['/bare.html', { type: 'text/html', body: baselineHtml('bare.js', '<div class="story-copy" style="height:100vh"><div class="body-editor"><div id="editor"></div></div></div>') }],
    ['/bare.js', { type: 'text/javascript', body: readFileSync(join(pages.baselineDir, 'bare.js')) }],
    ['/app.css', { type: 'text/css', body: readFileSync(pages.appCss) }],
    ['/doc.json', { type: 'application/json', body: JSON.stringify(story.body) }],
  ])
  const server = await startStaticServer(files, (path) => (path.startsWith('/media/') ? { type: 'image/png', body: story.picture } : undefined))
  const sides = { bare: await openEditor(browser, `${server.url}bare.html`, size.quietMs), app: await openEditor(browser, story.storyUrl, size.quietMs) }
  const latency = { bare: [] as number[], app: [] as number[] }
  const script = { bare: [] as number[], app: [] as number[] }
  const byPlace: string[] = []
  try {
    const overhead = { bare: await idleScriptTime(sides.bare, size.idleSamples), app: await idleScriptTime(sides.app, size.idleSamples) }
    const text = copyToType(size.keys)
    for (const place of size.places) {
      for (const side of ['bare', 'app'] as const) {
        const bench = sides[side]
        await placeCaret(bench.page, place)
        const keys = await typeForLatency(bench, text)
        latency[side].push(...keys)
        await settle(bench.page, size.quietMs)
        await placeCaret(bench.page, place)
        const keep = context.profileDir ? (profile: CpuProfile) => keepProfile(context, `P1-${side}-${place}`, profile) : undefined
        const scripts = await typeForScriptTime(bench, text, overhead[side], keep)
        script[side].push(...scripts)
        await settle(bench.page, size.quietMs)
        byPlace.push(`${side} ${place} ${median(keys).toFixed(1)}/${median(scripts).toFixed(1)}`)
      }
    }
    context.log(`  P1 idle overhead (subtracted): bare ${overhead.bare.toFixed(2)} ms, app ${overhead.app.toFixed(2)} ms; medians latency/script by place: ${byPlace.join(', ')}`)
  } finally {
    await sides.bare.close()
    await sides.app.close()
    await server.close()
    await story.close()
  }
  const common = { unit: 'ms' as const, baselineLabel: 'bare ProseMirror', samples: latency.app.length }
  return [
    benchRow({
      ...common,
      id: 'P1a',
      measure: `keydown → next frame, ${size.words.toLocaleString('en')}-word story`,
      median: median(latency.app),
      p95: p95(latency.app),
      baseline: median(latency.bare),
      baselineP95: p95(latency.bare),
      target: { maxRatio: 1.1, maxP95Ratio: 1.1 },
      note: 'the frame includes the browser’s own editing, layout and painting on both sides',
    }),
    benchRow({
      ...common,
      id: 'P1b',
      measure: 'script time per key (CPU profile)',
      median: median(script.app),
      p95: p95(script.app),
      baseline: median(script.bare),
      baselineP95: p95(script.bare),
      target: { maxRatio: 1.5 },
      note: 'JS and GC from 100 µs CPU-profile samples; the measuring’s own idle cost is subtracted on both sides',
    }),
  ]
}

function keepProfile(context: BenchContext, name: string, profile: CpuProfile): void {
  const file = join(context.profileDir!, `${name}.cpuprofile`)
  writeFileSync(file, JSON.stringify(profile))
  context.log(`  profile ${file}; hottest script:\n${formatHotFunctions(hotFunctions(profile, 12))}`)
}
