import { defineConfig } from '@playwright/test'

/** Debian's Chromium: Playwright cannot download its own browser on the build machines. */
const CHROMIUM = process.env['NEWSDESK_CHROMIUM'] || '/usr/bin/chromium'

export default defineConfig({
  testDir: './e2e',
  // Not the root tsconfig: Playwright would apply every layer's import bans (their `paths`) at run time.
  tsconfig: './tsconfig.e2e.json',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list']],
  // Per test. The longest scenarios (the seed story with credits and pictures, publishing) take
  // 8–18 s alone on the 2-core build machines and once took 31 s with the other worker busy; a
  // hang still fails, a minute later.
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
})
