import ElectronStore from 'electron-store'
import { SETTINGS_NAME, type SettingsBackend } from '../settings/settingsBackend'

/** Opens `settings.json` in `folder` with electron-store (bundled into the main build: it is ESM-only). */
export function openElectronSettings(folder: string): SettingsBackend {
  return new ElectronStore({ cwd: folder, name: SETTINGS_NAME })
}
