import { mkdirSync } from 'node:fs'
import { removeLeftoverTempFiles, setAsideBrokenSettings } from './setAsideBrokenSettings'
import { SETTINGS_FILE_MODE, SETTINGS_NAME, type OpenedSettings } from './settingsBackend'

/**
 * Opens the settings file in `folder` under plain Node, with `conf` (electron-store's engine;
 * electron-store itself imports `electron`). Async because `conf` is an ES module.
 * A damaged file is first set aside as a dated backup (`recovered` says where) and defaults load.
 * @throws the file-system error when the file cannot be read at all (see setAsideBrokenSettings).
 */
export async function openNodeSettings(folder: string, now: Date = new Date()): Promise<OpenedSettings> {
  // A folder made here is its owner's alone, like the files in it (SECURITY.md, "a second local user").
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  const recovered = setAsideBrokenSettings(folder, now)
  removeLeftoverTempFiles(folder)
  const { default: Conf } = await import('conf')
  const conf = new Conf({ cwd: folder, configName: SETTINGS_NAME, projectName: 'newsdesk', projectVersion: '0.0.0', configFileMode: SETTINGS_FILE_MODE })
  return Object.assign(conf, { recovered })
}
