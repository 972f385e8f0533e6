import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test'

/** Debian's Chromium, as the e2e tests use it (playwright.config.ts); NEWSDESK_CHROMIUM overrides. */
const CHROMIUM = process.env['NEWSDESK_CHROMIUM'] || '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

/** Starts the run's Chromium (headless, software rendering, as in the e2e tests). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}

/** A page in its own context (empty cache, like a fresh app window), with a CDP session to it. */
export interface BenchPage {
  context: BrowserContext
  page: Page
  cdp: CDPSession
  close(): Promise<void>
}

/**
 * Opens a 1280×800 page (the e2e viewport). tsx compiles the functions we hand to
 * `page.evaluate` with esbuild's keepNames, which calls a `__name` helper the page lacks:
 * an init script defines it as the identity, so page functions can stay typed TypeScript.
 */
export async function openBenchPage(browser: Browser): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' })
  return { context, page, cdp, close: () => context.close() }
}

/** The renderer's monotonic clock (CDP TimeTicks) in µs: the clock of CPU profile samples. */
export async function rendererClock(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((metric) => metric.name === 'Timestamp')!.value * 1e6
}

/** The renderer's JS heap in use after a full garbage collection, in MB (10^6 bytes). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  // Twice: the first collection can free objects whose finalisers release more.
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 1e6
}

/** Resolves after the page has drawn two frames and run one task after them: what a key set off has settled. */
export function settleFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))))
}
