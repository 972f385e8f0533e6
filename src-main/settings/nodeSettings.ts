import type { SettingsBackend } from './settingsBackend'
import { SETTINGS_NAME } from './settingsBackend'

/**
 * Opens the settings file in `folder` under plain Node, with `conf` (electron-store's engine;
 * electron-store itself imports `electron`). Async because `conf` is an ES module.
 */
export async function openNodeSettings(folder: string): Promise<SettingsBackend> {
  const { default: Conf } = await import('conf')
  return new Conf({ cwd: folder, configName: SETTINGS_NAME, projectName: 'newsdesk', projectVersion: '0.0.0' })
}
