import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { heapAfterGc } from './browser'
import { formatHotFunctions, hotFunctions, type CpuProfile } from './cpuProfile'
import { summarise } from './stats'
import { benchRow, type BenchContext, type BenchRow, type Benchmark } from './benchTypes'
import { startStoryHost } from './storyHost'
import { copyToType, openEditor, placeCaret, settle } from './typing'

/** One burst of typing: a sentence at 50 ms a key (a fast reporter), then a pause long enough for the autosave (800 ms) to run. */
const BURST = { characters: 60, keyDelayMs: 50, pauseMs: 1_200 }

/**
 * P7: the renderer's JS heap (after full garbage collection, MB) with the 36,000-word story
 * open, after a minute of typing at its end in bursts (each followed by the autosave, the
 * settled-text checks and spelling), against the heap right after opening it. What grows
 * and stays is what a long shift at the desk would accumulate.
 */
export const p7Heap: Benchmark = { id: 'P7', title: 'renderer heap after a minute of typing', run }

async function run(context: BenchContext): Promise<BenchRow[]> {
  const size = context.tiny ? { words: 200, figures: 2, typingMs: 500, quietMs: 200, characters: 10 } : { words: 36_000, figures: 30, typingMs: 60_000, quietMs: 1_000, characters: BURST.characters }
  const pages = await context.pages()
  const story = await startStoryHost(pages, size, context.profileDir ? { dir: context.profileDir, log: context.log } : undefined)
  const bench = await openEditor(await context.browser(), story.storyUrl, size.quietMs)
  // Long tasks (over 50 ms) while typing: how long the page could not answer a key.
  await bench.page.evaluate(() => {
    const w = window as unknown as { __benchLongTasks: number[] }
    w.__benchLongTasks = []
    new PerformanceObserver((list) => void w.__benchLongTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' })
  })
  let opened = 0
  let typed = 0
  let after = 0
  let bursts = 0
  let longTasks: number[] = []
  try {
    opened = await heapAfterGc(bench.cdp)
    await placeCaret(bench.page, 'end')
    const sentence = copyToType(size.characters)
    // --profile: the typing minute under the CPU profiler (the heaps are taken outside it).
    if (context.profileDir) {
      await bench.cdp.send('Profiler.enable')
      await bench.cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      await bench.cdp.send('Profiler.start')
    }
    const started = Date.now()
    while (Date.now() - started < size.typingMs) {
      await bench.page.keyboard.type(sentence, { delay: BURST.keyDelayMs })
      await bench.page.waitForTimeout(BURST.pauseMs)
      typed += sentence.length
      bursts++
    }
    if (context.profileDir) {
      const { profile } = await bench.cdp.send('Profiler.stop')
      const file = join(context.profileDir, 'P7-app-typing.cpuprofile')
      writeFileSync(file, JSON.stringify(profile))
      context.log(`  profile ${file}; hottest script:\n${formatHotFunctions(hotFunctions(profile as CpuProfile, 15))}`)
    }
    await settle(bench.page, size.quietMs)
    after = await heapAfterGc(bench.cdp)
    longTasks = await bench.page.evaluate(() => (window as unknown as { __benchLongTasks: number[] }).__benchLongTasks)
  } finally {
    await bench.close()
    await story.close()
  }
  return [
    benchRow({
      id: 'P7',
      measure: `JS heap after ${size.typingMs / 1000} s of typing, ${size.words.toLocaleString('en')}-word story`,
      unit: 'MB',
      median: after,
      baseline: opened,
      baselineLabel: 'right after opening',
      target: { maxRatio: 1.3 },
      samples: 1,
      note: `${typed} characters in ${bursts} bursts of ${size.characters} (${Math.round(size.typingMs / (size.characters * BURST.keyDelayMs + BURST.pauseMs))} would fit in the time if the page kept up), each followed by an autosave; heaps after forced full GC; ${blocked(longTasks)}`,
    }),
  ]
}

/** The page's long tasks as a phrase: how many, the longest, and their total, in s. */
function blocked(longTasks: number[]): string {
  if (longTasks.length === 0) return 'no long task'
  const { max } = summarise(longTasks)
  const total = longTasks.reduce((sum, ms) => sum + ms, 0)
  return `${longTasks.length} long tasks, longest ${(max / 1000).toFixed(1)} s, ${(total / 1000).toFixed(1)} s blocked in all`
}
