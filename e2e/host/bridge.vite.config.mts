import { resolve } from 'node:path'
import { defineConfig } from 'vite'

// Builds the test host's bridge (e2e/host/bridge.ts) to out/test-host/bridge.js, a classic script.
export default defineConfig({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../out/test-host'),
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: resolve(import.meta.dirname, 'bridge.ts'),
      formats: ['iife'],
      name: 'newsdeskBridge',
      fileName: () => 'bridge.js',
    },
  },
})
