import { isDeepStrictEqual } from 'node:util'
import type { Browser, Page } from '@playwright/test'
import { StoryPage } from '../../e2e/pages/storyPage'
import type { ExportedStory } from '../../src-shared/domain/exportFormat'
import type { BodyJson, StoryDetail } from '../../src-shared/domain/storyDraft'
import { withoutDirection } from '../../src-shared/editor/withoutDirection'
import type { Dispatch } from '../../src-main/ipc/dispatch'
import { launchChromium } from '../harness/browser'
import { startReporterHost } from '../harness/testDeskHost'
import { hostileMarkdown, hostileMarkup } from './hostileMarkup'
import { hostilePastes } from './hostilePastes'

/** What the paste run saw. */
export interface PasteFigures {
  pastes: number
  batches: number
  /** Hostile markup found: in the live editor, the stored HTML, the exports (each must stay empty). */
  inEditor: string[]
  inStored: string[]
  inExports: string[]
  /** window.__pwned on either page after the run (must stay undefined), dialogs opened (alert…), page errors. */
  pwned: unknown[]
  dialogs: number
  pageErrors: string[]
  /** CSP reports on the page with the shipped policy: inline handlers and styles Chromium refused while parsing pastes. */
  cspReports: Record<string, number>
  ms: number
}

/** One of the two pages: the app as shipped, or the same app with its Content-Security-Policy taken out. */
interface Editor {
  page: Page
  story: StoryPage
  id: string
}

/**
 * R4, pastes: `count` hostile pastes into stories in real Chromium through the app's own paste
 * path (a ClipboardEvent into the editor: cleanPastedHtml, then TipTap's schema), in batches of
 * `batch`, alternating between the app as shipped and the same app with its CSP removed, so that
 * "no pasted code ran" is the paste cleaning's own doing and not only the policy's. After each
 * batch: Ctrl+S, the story read back through stories:get, and exported as HTML, Markdown and
 * ninjs (publish:export); each is searched for hostile markup.
 */
export async function pasteStorm(count: number, seed: number, batch = 20): Promise<PasteFigures> {
  const started = performance.now()
  const desk = await startReporterHost()
  const browser = await launchChromium()
  const figures: PasteFigures = { pastes: 0, batches: 0, inEditor: [], inStored: [], inExports: [], pwned: [], dialogs: 0, pageErrors: [], cspReports: {}, ms: 0 }
  try {
    const editors = [await openEditor(browser, desk.host.url, true, figures), await openEditor(browser, desk.host.url, false, figures)]
    const pastes = hostilePastes(count, seed)
    for (let start = 0; start < pastes.length; start += batch) {
      const { page, story, id } = editors[figures.batches % 2]!
      const label = `batch ${figures.batches} (${figures.batches % 2 === 0 ? 'shipped CSP' : 'no CSP'})`
      const some = pastes.slice(start, start + batch)
      await story.body().click()
      await page.keyboard.press('Control+a')
      await page.keyboard.press('Delete')
      // The whole batch in one round trip: each paste is a real ClipboardEvent on the editor, as in StoryPage.paste.
      await story.body().evaluate((element, items) => {
        for (const { html, text } of items) {
          const transfer = new DataTransfer()
          transfer.setData('text/html', html)
          if (text !== undefined) transfer.setData('text/plain', text)
          element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
        }
      }, some)
      figures.pastes += some.length
      figures.inEditor.push(...hostileMarkup(await story.body().evaluate((element) => element.innerHTML)).map((found) => `${label}: ${found}`))
      await page.keyboard.press('Control+s')
      const stored = await storedAsEdited(page, story, id)
      figures.inStored.push(...hostileMarkup(stored.bodyHtml, true).map((found) => `${label}: ${found}`))
      figures.inExports.push(...(await exportProblems(desk.host.workstation.dispatch, id)).map((found) => `${label}: ${found}`))
      figures.batches += 1
    }
    for (const { page } of editors) figures.pwned.push(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned))
    for (const report of await editors[0]!.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)) figures.cspReports[report] = (figures.cspReports[report] ?? 0) + 1
  } finally {
    await browser.close()
    await desk.close()
    figures.ms = Math.round(performance.now() - started)
  }
  return figures
}

async function openEditor(browser: Browser, url: string, shippedPolicy: boolean, figures: PasteFigures): Promise<Editor> {
  const page = await browser.newPage()
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective))
  })
  if (!shippedPolicy) {
    await page.route(/\/(index\.html)?$/, async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?>/i, '')
      await route.fulfill({ response, body })
    })
  }
  page.on('dialog', (dialog) => void ((figures.dialogs += 1), dialog.dismiss()))
  page.on('pageerror', (error) => figures.pageErrors.push(error.message))
  await page.goto(url)
  const story = new StoryPage(page)
  const id = await story.create(shippedPolicy ? 'Hostile pastes' : 'Hostile pastes, no CSP')
  return { page, story, id }
}

/**
 * The stored story once it holds what the editor holds: its body JSON equals the editor's
 * (without the per-block `dir`, which the main process never stores). Not compared as HTML: the
 * main process renders a link that spans bold text as two links, the editor as one.
 */
async function storedAsEdited(page: Page, story: StoryPage, id: string): Promise<StoryDetail> {
  for (let tries = 0; tries < 300; tries++) {
    const [detail, json] = await Promise.all([story.stored(id), story.body().evaluate((element) => (element as HTMLElement & { editor: { getJSON(): unknown } }).editor.getJSON())])
    if (isDeepStrictEqual(detail.body, withoutDirection(json as BodyJson))) return detail as StoryDetail
    await page.waitForTimeout(100)
  }
  throw new Error(`the stored story never caught up with the editor (status "${await story.status().innerText().catch(() => '?')}")`)
}

/** The HTML export is a whole document: its head must be only the exporter's `<meta charset>` and `<title>`; the story is the body. */
function documentProblems(document: string): string[] {
  const head = /<head>([\s\S]*)<\/head>/i.exec(document)?.[1] ?? ''
  const headProblems = /^<meta charset="utf-8"><title>[^<]*<\/title>$/.test(head.replace(/\n/g, '')) ? [] : [`head is ${head.slice(0, 200)}`]
  return [...headProblems, ...hostileMarkup(/<body[^>]*>([\s\S]*)<\/body>/i.exec(document)?.[1] ?? document)]
}

async function exportProblems(dispatch: Dispatch, storyId: string): Promise<string[]> {
  const problems: string[] = []
  for (const format of ['html', 'markdown', 'ninjs'] as const) {
    const result = await dispatch('publish:export', { storyId, format })
    if (!result.ok) {
      problems.push(`${format} export failed: ${result.error.message}`)
      continue
    }
    const { content } = result.value as ExportedStory
    if (format === 'html') problems.push(...documentProblems(content).map((found) => `html: ${found}`))
    if (format === 'markdown') problems.push(...hostileMarkdown(content).map((found) => `markdown: ${found}`))
    if (format === 'ninjs') problems.push(...hostileMarkup((JSON.parse(content) as { body_html?: string }).body_html ?? '').map((found) => `ninjs body_html: ${found}`))
  }
  return problems
}
