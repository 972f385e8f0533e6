import type { Browser } from '@playwright/test'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StoryPage } from '../src-shared/domain/story'
import { writeFileSync } from 'node:fs'
import { openBenchPage } from './browser'
import { formatHotFunctions, hotFunctions, type CpuProfile } from './cpuProfile'
import { benchRow, type BenchContext, type BenchRow, type Benchmark } from './benchTypes'
import { QUEUE_PAGE } from './p6Queue'
import { baselineHtml, startStaticServer } from './pages/staticServer'
import { median, p95 } from './stats'
import { startRemoteHost } from './remoteHost'
import { actAsBenchReporter } from './storyHost'

/**
 * Page-side probe: resolves `__benchReady` with the time (ms since navigation start) of the
 * first task after the frame that first shows a story row with its headline (the same row
 * markup on both pages), i.e. when the queue is on screen and can be clicked.
 */
const READY_PROBE = `(() => {
  window.__benchReady = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const link = document.querySelector('td.story-headline a')
      if (!link || !link.textContent) return
      observer.disconnect()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(null)
      })
    })
    observer.observe(document, { childList: true, subtree: true, characterData: true })
  })
})()`

/**
 * P4: the renderer's boot to a usable desk queue on a database of 100k stories (test host,
 * built renderer, a profile chosen; the queue's first page of 100 from the real services),
 * against the same Chromium loading a minimal React page that fetches the same 100 rows as
 * JSON and renders them as one table. Each load is a fresh context (empty cache; both
 * servers send no-store), alternating sides; a warm-up load of each is not counted.
 */
export const p4Boot: Benchmark = { id: 'P4', title: 'boot to a usable queue on 100k stories', run }

async function run(context: BenchContext): Promise<BenchRow[]> {
  const size = context.tiny ? { stories: 50, loads: 1, warmup: 0 } : { stories: 100_000, loads: 9, warmup: 1 }
  const pages = await context.pages()
  const browser = await context.browser()
  const settingsDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-boot-'))
  const host = await startRemoteHost({ dataDir: context.desk(size.stories), settingsDir, rendererDir: pages.rendererDir, bridgeFile: pages.bridgeFile }, context.profileDir ? { dir: context.profileDir, log: context.log } : undefined)
  const app: number[] = []
  const minimal: number[] = []
  try {
    await actAsBenchReporter(host)
    const { stories } = await host.call<StoryPage>('stories:list', QUEUE_PAGE)
    const files = new Map([
      ['/list.html', { type: 'text/html', body: baselineHtml('list.js', '<div id="root"></div>') }],
      ['/list.js', { type: 'text/javascript', body: readFileSync(join(pages.baselineDir, 'list.js')) }],
      ['/app.css', { type: 'text/css', body: readFileSync(pages.appCss) }],
      ['/rows.json', { type: 'application/json', body: JSON.stringify(stories) }],
    ])
    const server = await startStaticServer(files)
    try {
      for (let load = 0; load < size.warmup + size.loads; load++) {
        // Alternate which side loads first, so neither always meets a warmer machine.
        const order = load % 2 === 0 ? (['app', 'minimal'] as const) : (['minimal', 'app'] as const)
        for (const side of order) {
          const ms = await bootTime(browser, side === 'app' ? `${host.url}#queue` : `${server.url}list.html`)
          if (load >= size.warmup) (side === 'app' ? app : minimal).push(ms)
        }
      }
      if (context.profileDir) await profiledBoot(browser, host.url, context)
    } finally {
      await server.close()
    }
  } finally {
    await host.close()
    rmSync(settingsDir, { recursive: true, force: true })
  }
  return [
    benchRow({
      id: 'P4',
      measure: `boot to usable queue, ${size.stories.toLocaleString('en')} stories`,
      unit: 'ms',
      median: median(app),
      p95: p95(app),
      baseline: median(minimal),
      baselineLabel: 'minimal React list page',
      target: { maxRatio: 2 },
      samples: app.length,
      note: `navigation start → first queue row painted; ${size.loads} cold loads a side; baseline p95 ${p95(minimal).toFixed(0)} ms`,
    }),
  ]
}

/** Loads `url` in a fresh context and gives the ms from navigation start to the first story row on screen. */
async function bootTime(browser: Browser, url: string): Promise<number> {
  const bench = await openBenchPage(browser)
  try {
    await bench.page.addInitScript({ content: READY_PROBE })
    await bench.page.goto(url)
    return await bench.page.evaluate(() => (window as unknown as { __benchReady: Promise<number> }).__benchReady)
  } finally {
    await bench.close()
  }
}

/**
 * For `--profile`: one more app boot under the CDP profiler, started on a page of the same
 * origin (so the renderer process is the one the app loads in), and the calls it made.
 */
async function profiledBoot(browser: Browser, url: string, context: BenchContext): Promise<void> {
  const bench = await openBenchPage(browser)
  try {
    const calls: string[] = []
    bench.page.on('requestfinished', (request) => {
      const timing = request.timing()
      calls.push(`${new URL(request.url()).pathname} ${timing.responseEnd.toFixed(0)} ms (sent at ${timing.startTime.toFixed(0)})`)
    })
    await bench.page.goto(`${url}__newsdesk/blank`)
    await bench.page.addInitScript({ content: READY_PROBE })
    await bench.cdp.send('Profiler.enable')
    await bench.cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await bench.cdp.send('Profiler.start')
    await bench.page.goto(`${url}#queue`)
    const ready = await bench.page.evaluate(() => (window as unknown as { __benchReady: Promise<number> }).__benchReady)
    const { profile } = await bench.cdp.send('Profiler.stop')
    const file = join(context.profileDir!, 'P4-app-boot.cpuprofile')
    writeFileSync(file, JSON.stringify(profile))
    context.log(`  profiled boot: ready at ${ready.toFixed(0)} ms; requests:\n    ${calls.join('\n    ')}`)
    context.log(`  profile ${file}; hottest script:\n${formatHotFunctions(hotFunctions(profile as CpuProfile, 15))}`)
  } finally {
    await bench.close()
  }
}
