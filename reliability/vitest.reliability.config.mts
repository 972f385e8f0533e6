import { defineConfig } from 'vitest/config'

/**
 * `npm run reliability`: the whole suite at full size (reliability/**\/*.reliability.ts), one file
 * at a time, because the kill loops and the Chromium runs each want the machine's cores to
 * themselves and their timings are part of what they report. The quick subset
 * (reliability/**\/*.test.ts, the same tests at smaller counts) runs inside `npm test`.
 */
export default defineConfig({
  test: {
    include: ['reliability/**/*.reliability.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
  },
})
