import { StoryPage } from '../../e2e/pages/storyPage'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import type { TestHost } from '../../e2e/host/testHost'
import { launchChromium, launchKillableChromium } from '../harness/browser'
import type { Random } from '../harness/random'

/** How the renderer dies: the whole browser SIGKILLed, or only the page's renderer process crashed (CDP Page.crash). */
export type RendererDeath = 'browser-sigkill' | 'renderer-crash'

/** One trial: what was typed, what was stored, and how much typing (in ms of typing time) was lost. */
export interface TypingTrial {
  death: RendererDeath
  typedChars: number
  typingMs: number
  storedChars: number
  lostChars: number
  /** Time from the first keystroke that did not reach the database to the kill; 0 when none was lost. */
  lostMs: number
  /** The stored text is exactly the start of what was typed (nothing garbled, reordered or doubled). */
  storedIsPrefix: boolean
  reopened?: { editorMatches: boolean; status: string; alerts: number }
}

const WORDS = 'The river rose overnight and the council met at dawn while reporters waited on the bridge for the count. '
/** A person typing steadily without the pauses that would let the 0.8 s autosave run: a key every 120 ms plus the key's own round trip. */
const KEY_INTERVAL_MS = 120
/** Keys typed before a kill may come. */
export const MIN_KEYS = 8

/**
 * R2, one trial: a person types into a new story through the test host in Chromium; after a
 * random 1.5–4 s of typing (and at least MIN_KEYS keys) the renderer dies (`death`). Then the stored story is read from the
 * host's services and compared with the keystrokes and their times. With `reopen`, the story is
 * opened again in a fresh browser, which must show the stored text with no error.
 */
export async function killWhileTyping(host: TestHost, random: Random, death: RendererDeath, reopen: boolean): Promise<TypingTrial> {
  const { server, browser } = await launchKillableChromium()
  const page = await browser.newPage()
  await page.goto(host.url)
  const story = new StoryPage(page)
  const id = await story.create(`Typing trial ${random.int(1, 1e9)}`)
  await story.body().click()

  const typed: { char: string; at: number }[] = []
  let killAt = Number.POSITIVE_INFINITY
  const typingFor = random.int(1_500, 4_000)
  const started = performance.now()
  // After the drawn time, and once there is a sentence's worth of typing to lose (a loaded machine types slowly).
  const kill = new Promise<void>((resolve) => {
    const fire = () => {
      if (typed.length < MIN_KEYS) return void setTimeout(fire, 50)
      killAt = performance.now()
      if (death === 'browser-sigkill') server.process().kill('SIGKILL')
      else void page.context().newCDPSession(page).then((cdp) => cdp.send('Page.crash')).catch(() => undefined)
      resolve()
    }
    setTimeout(fire, typingFor)
  })
  for (let index = 0; performance.now() < killAt; index++) {
    const char = WORDS[index % WORDS.length]!
    // A key counts as typed when it is sent before the death: on a loaded machine the kill can
    // land while `type` is still awaiting a key the page has already taken (and may have saved).
    typed.push({ char, at: performance.now() })
    try {
      await page.keyboard.type(char)
    } catch {
      break
    }
    await new Promise((resolve) => setTimeout(resolve, KEY_INTERVAL_MS))
  }
  await kill
  await server.kill().catch(() => undefined)
  // A save already on the wire when the renderer died may still land: give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 500))

  const result = await host.workstation.dispatch('stories:get', { id })
  if (!result.ok) throw new Error(result.error.message)
  const stored = (result.value as StoryDetail).bodyText.replace(/\u00a0/g, ' ')
  const typedText = typed.map((key) => key.char).join('')
  const firstLost = typed[stored.length]
  const trial: TypingTrial = {
    death,
    typedChars: typed.length,
    typingMs: Math.round(killAt - started),
    storedChars: stored.length,
    lostChars: typed.length - stored.length,
    lostMs: firstLost ? Math.round(killAt - firstLost.at) : 0,
    storedIsPrefix: typedText.startsWith(stored),
  }
  if (reopen) trial.reopened = await reopenStory(host, id, stored)
  return trial
}

/** Opens the story in a fresh browser as the person would after the crash: the text as stored, saved, no error shown. */
async function reopenStory(host: TestHost, id: string, stored: string): Promise<TypingTrial['reopened']> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await page.goto(`${host.url}#story/${id}`)
    const story = new StoryPage(page)
    await story.body().waitFor()
    await story.saved()
    const text = (await story.body().innerText()).replace(/\u00a0/g, ' ').trim()
    return { editorMatches: text === stored.trim(), status: (await story.status().innerText()).trim(), alerts: await page.getByRole('alert').count() }
  } finally {
    await browser.close()
  }
}
