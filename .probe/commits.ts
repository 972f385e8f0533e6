import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium, openBenchPage, settleFrames } from '../bench/browser'
import { buildPages } from '../bench/pages/buildPages'
import { startStoryHost } from '../bench/storyHost'
import { editorReady, placeCaret, settle, copyToType } from '../bench/typing'

// A fake React DevTools hook: counts commits and names the components that rendered in each.
const HOOK = `(() => {
  window.__commits = []
  const names = (fiber, out) => {
    for (let f = fiber; f; f = f.sibling) {
      const alt = f.alternate
      const rendered = f.type && typeof f.type !== 'string' && (!alt || f.memoizedProps !== alt.memoizedProps || f.memoizedState !== alt.memoizedState) && (f.flags & 1)
      if (rendered) out.push(f.type.displayName || f.type.name || (f.type.render && f.type.render.name) || (f.type.type && f.type.type.name) || '?')
      names(f.child, out)
    }
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = { supportsFiber: true, renderers: new Map(), inject() { return 1 }, onCommitFiberRoot(_id, root) { const out = []; names(root.current.child, out); window.__commits.push({ at: performance.now(), names: out }) }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {} }
})()`

async function main() {
  const pages = await buildPages(mkdtempSync(join(tmpdir(), 'probe-')))
  const story = await startStoryHost(pages, { words: 36_000, figures: 30 })
  const browser = await launchChromium()
  const bench = await openBenchPage(browser)
  await bench.page.addInitScript({ content: HOOK })
  await bench.page.goto(story.storyUrl)
  await editorReady(bench.page)
  await settle(bench.page, 1000)
  await placeCaret(bench.page, 'middle')
  await bench.page.evaluate(() => ((window as any).__commits = []))
  const text = copyToType(60)
  for (const key of text) {
    await bench.page.keyboard.type(key)
    await settleFrames(bench.page)
  }
  await settle(bench.page, 1000)
  const commits = await bench.page.evaluate(() => (window as any).__commits as { names: string[] }[])
  console.log('keys', text.length, 'commits', commits.length)
  const tally = new Map<string, number>()
  for (const c of commits) { const k = [...new Set(c.names)].join(','); tally.set(k, (tally.get(k) ?? 0) + 1) }
  for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(4), k)
  await browser.close()
  await story.close()
}
main().catch((e) => { console.error(e); process.exit(1) })
