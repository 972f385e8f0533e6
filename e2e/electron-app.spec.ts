import { _electron as electron } from '@playwright/test'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { electronBinary } from '../scripts/electron-binary.mjs'
import { expect, SCREENSHOT_DIR, test } from './fixtures'

const ROOT = resolve(__dirname, '..')
const BINARY = electronBinary(join(ROOT, 'node_modules', 'electron'))
const ELECTRON_SQLITE = existsSync(join(ROOT, 'native'))
  ? readdirSync(join(ROOT, 'native')).find((name) => name.startsWith('better_sqlite3-abi'))
  : undefined
const SKIP_REASON = !BINARY
  ? 'no Electron binary in node_modules/electron (it could not be downloaded here; see README, "No Electron binary")'
  : !ELECTRON_SQLITE
    ? 'better-sqlite3 is not prepared for Electron yet (run `npm start` once; see README)'
    : undefined

test.describe('the real Electron app', () => {
  test.beforeAll(() => {
    // One clear line in the test output, not only an annotation in a report.
    if (SKIP_REASON) console.log(`[electron-app.spec] SKIPPED: ${SKIP_REASON}`)
  })

  test('opens the window on the built page and creates a story', async ({ dataDir }) => {
    test.skip(SKIP_REASON !== undefined, SKIP_REASON)
    const app = await electron.launch({
      executablePath: BINARY!,
      args: [ROOT],
      env: { ...process.env, NEWSDESK_DATA_DIR: dataDir },
    })
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('heading', { name: 'Stories' })).toBeVisible()
      const exposed = await window.evaluate(() => Object.keys(window).filter((key) => ['newsdesk', 'require', 'process', 'ipcRenderer'].includes(key)))
      expect(exposed).toEqual(['newsdesk'])
      await window.getByRole('button', { name: 'New story' }).click()
      await window.getByLabel('Headline').fill('Created in Electron')
      await window.getByRole('button', { name: 'Create' }).click()
      await expect(window.getByRole('cell', { name: 'Created in Electron' })).toBeVisible()
      await window.screenshot({ path: join(SCREENSHOT_DIR, 'electron-stories.png') })
    } finally {
      await app.close()
    }
  })
})
