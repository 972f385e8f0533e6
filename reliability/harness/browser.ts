import { chromium, type Browser, type BrowserServer } from '@playwright/test'

/** Debian's Chromium (Playwright cannot download its own on the build machines); NEWSDESK_CHROMIUM overrides it. */
export const CHROMIUM = process.env['NEWSDESK_CHROMIUM'] || '/usr/bin/chromium'
/** The same switches as playwright.config.ts. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

/** Starts Chromium through Playwright's library API (the reliability suite runs under Vitest, not the Playwright runner). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

/** Starts Chromium as a server, whose process the test can kill outright, and connects to it. */
export async function launchKillableChromium(): Promise<{ server: BrowserServer; browser: Browser }> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const browser = await chromium.connect(server.wsEndpoint())
  return { server, browser }
}
