import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../testing/tempDir'
import { resolveDataDir } from './dataDir'
import { openNodeSettings } from './nodeSettings'

describe('resolveDataDir', () => {
  const platformDefault = '/home/reporter/.config/Newsdesk'

  it('prefers NEWSDESK_DATA_DIR, resolving a relative path against the working folder', () => {
    expect(resolveDataDir({ env: { NEWSDESK_DATA_DIR: 'desk-data' }, configured: '/srv/desk', platformDefault })).toEqual({
      dir: resolve('desk-data'),
      source: 'env',
    })
  })

  it('uses an absolute dataDir setting when the variable is unset or blank', () => {
    expect(resolveDataDir({ env: { NEWSDESK_DATA_DIR: '  ' }, configured: '/srv/desk', platformDefault })).toEqual({
      dir: '/srv/desk',
      source: 'settings',
    })
  })

  it.each([undefined, '', 'relative/folder', 42])('falls back to the user-data folder when the setting is %j', (configured) => {
    expect(resolveDataDir({ env: {}, configured, platformDefault })).toEqual({ dir: platformDefault, source: 'default' })
  })
})

describe('settings under Node (conf, the engine of electron-store)', () => {
  const temp = makeTempDir()
  afterEach(() => temp.remove())

  it('writes settings.json in the folder and reads the dataDir setting back after a reopen', async () => {
    const first = await openNodeSettings(temp.dir)
    first.set('dataDir', '/srv/newsdesk')
    expect(first.path).toBe(join(temp.dir, 'settings.json'))
    expect(JSON.parse(readFileSync(first.path, 'utf8'))).toEqual({ dataDir: '/srv/newsdesk' })

    const reopened = await openNodeSettings(temp.dir)
    expect(resolveDataDir({ env: {}, configured: reopened.get('dataDir'), platformDefault: '/x' })).toEqual({
      dir: '/srv/newsdesk',
      source: 'settings',
    })
  })
})
