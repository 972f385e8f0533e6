import { defineConfig } from 'vitest/config'

// Unit and integration tests (`*.test.ts`, beside the code). Playwright specs are `*.spec.ts`.
export default defineConfig({
  test: {
    include: ['src-*/**/*.test.ts', 'e2e/**/*.test.ts', 'typings/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'reliability/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
})
