import type { Browser, Page } from '@playwright/test'
import { openBenchPage, rendererClock, settleFrames, type BenchPage } from './browser'
import { scriptTimeIn, type CpuProfile } from './cpuProfile'

/** Where the caret goes before a burst of typing: the first paragraph's start, the middle paragraph's start, the last paragraph's end. */
export type CaretPlace = 'start' | 'middle' | 'end'

/** What reporters type: letters, spaces and plain punctuation (no quotes or dashes, which the app's smart typography rewrites). */
const SENTENCE = 'The council said on Monday that the flood relief plan would reach more families this week, officials said. '

/** `count` characters of copy to type. */
export function copyToType(count: number): string {
  return SENTENCE.repeat(Math.ceil(count / SENTENCE.length)).slice(0, count)
}

/**
 * Page-side probe, installed before the page loads: every keydown leaves a promise of its
 * latency, from the event's own timestamp to the first task after the next frame (so the
 * frame's style, layout and paint are in it), in ms.
 */
export const KEY_PROBE = `(() => {
  addEventListener('keydown', (event) => {
    const start = event.timeStamp
    window.__benchKey = new Promise((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now() - start)
      channel.port2.postMessage(null)
    }))
  }, true)
})()`

type ViewHost = HTMLElement & { pmView?: unknown; editor?: { view: unknown } }

/** Waits for an editable ProseMirror on the page (the app's TipTap, or the bare baseline). */
export async function editorReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dom = document.querySelector<ViewHost>('.ProseMirror[contenteditable="true"]')
    return Boolean(dom && (dom.pmView ?? dom.editor?.view))
  }, undefined, { timeout: 60_000 })
}

/** Puts the caret at `place`, scrolls it into view and focuses the editor (through ProseMirror itself, the same on both pages). */
export async function placeCaret(page: Page, place: CaretPlace): Promise<void> {
  await page.evaluate((where) => {
    interface PmNode { type: { name: string }; nodeSize: number; forEach(f: (child: PmNode, offset: number) => void): void; content: { size: number }; resolve(pos: number): unknown }
    interface PmView { state: { doc: PmNode; selection: { constructor: { near(pos: unknown): unknown } }; tr: { setSelection(s: unknown): { scrollIntoView(): unknown } } }; dispatch(tr: unknown): void; focus(): void }
    const dom = document.querySelector<HTMLElement & { pmView?: PmView; editor?: { view: PmView } }>('.ProseMirror')!
    const view = (dom.pmView ?? dom.editor!.view)
    const { doc } = view.state
    const paragraphs: { from: number; to: number }[] = []
    doc.forEach((child, offset) => child.type.name === 'paragraph' && paragraphs.push({ from: offset + 1, to: offset + child.nodeSize - 1 }))
    const middle = paragraphs.find((p) => p.from >= doc.content.size / 2) ?? paragraphs.at(-1)!
    const pos = where === 'start' ? paragraphs[0]!.from : where === 'middle' ? middle.from : paragraphs.at(-1)!.to
    // The selection's own class (TextSelection) finds the nearest valid caret position.
    const selection = view.state.selection.constructor.near(doc.resolve(pos))
    view.dispatch(view.state.tr.setSelection(selection).scrollIntoView())
    view.focus()
  }, place)
  await settleFrames(page)
}

/** Types `text` one key at a time; for each key, its latency (keydown → next frame) in ms. */
export async function typeForLatency({ page }: BenchPage, text: string): Promise<number[]> {
  const latencies: number[] = []
  for (const key of text) {
    await page.keyboard.type(key)
    latencies.push(await page.evaluate(() => (window as unknown as { __benchKey: Promise<number> }).__benchKey))
    await settleFrames(page)
  }
  return latencies
}

/**
 * Types `text` one key at a time under the CPU profiler (100 µs samples) and gives each key's
 * script time in ms: JS and GC between just before the key and after its frames settled,
 * less `overheadMs` (what the same waits cost with no key, from `idleScriptTime`). The
 * profiler sees promise jobs and React's scheduled tasks, which CDP's ScriptDuration misses.
 */
export async function typeForScriptTime(bench: BenchPage, text: string, overheadMs = 0, keep?: (profile: CpuProfile) => void): Promise<number[]> {
  const windows = await profiled(bench, keep, async () => {
    const spans: [number, number][] = []
    for (const key of text) {
      const start = await rendererClock(bench.cdp)
      await bench.page.keyboard.type(key)
      await bench.page.evaluate(() => (window as unknown as { __benchKey: Promise<number> }).__benchKey)
      await settleFrames(bench.page)
      spans.push([start, await rendererClock(bench.cdp)])
    }
    return spans
  })
  return windows.map((ms) => Math.max(0, ms - overheadMs))
}

/** The script time (ms, median of `count`) of the measuring itself: the same waits as a key, with no key. */
export async function idleScriptTime(bench: BenchPage, count: number): Promise<number> {
  const times = await profiled(bench, undefined, async () => {
    const spans: [number, number][] = []
    for (let i = 0; i < count; i++) {
      const start = await rendererClock(bench.cdp)
      await bench.page.evaluate(() => 0)
      await settleFrames(bench.page)
      spans.push([start, await rendererClock(bench.cdp)])
    }
    return spans
  })
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!
}

async function profiled(bench: BenchPage, keep: ((profile: CpuProfile) => void) | undefined, work: () => Promise<[number, number][]>): Promise<number[]> {
  await bench.cdp.send('Profiler.enable')
  await bench.cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await bench.cdp.send('Profiler.start')
  const spans = await work()
  const { profile } = await bench.cdp.send('Profiler.stop')
  keep?.(profile as CpuProfile)
  return scriptTimeIn(profile as CpuProfile, spans)
}

/** Opens an editor page with the key probe installed, and waits for it to be editable and quiet (`quietMs`). */
export async function openEditor(browser: Browser, url: string, quietMs = 1_000): Promise<BenchPage> {
  const bench = await openBenchPage(browser)
  await bench.page.addInitScript({ content: KEY_PROBE })
  await bench.page.goto(url)
  await editorReady(bench.page)
  await settle(bench.page, quietMs)
  return bench
}

/**
 * After a burst: the app's autosave has committed (its status says "Saved"), then `quietMs` of
 * quiet. Patient (5 min): on a long story the page can be busy with its checks for a minute.
 */
export async function settle(page: Page, quietMs = 1_000): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-testid="save-status"]')
    return !status || /Saved/.test(status.textContent ?? '')
  }, undefined, { timeout: 300_000 })
  await page.waitForTimeout(quietMs)
}
