import { mkdirSync } from 'node:fs'
import ElectronStore from 'electron-store'
import { removeLeftoverTempFiles, setAsideBrokenSettings } from '../settings/setAsideBrokenSettings'
import { SETTINGS_FILE_MODE, SETTINGS_NAME, type OpenedSettings } from '../settings/settingsBackend'

/**
 * Opens `settings.json` in `folder` with electron-store (bundled into the main build: it is
 * ESM-only). A damaged file is set aside as a dated backup first and defaults load; the caller
 * shows `recovered.message`. Writes are atomic (temp file + rename) and owner-only (0600).
 * @throws the file-system error when the file cannot be read at all (a folder in its place).
 */
export function openElectronSettings(folder: string): OpenedSettings {
  // A folder made here is its owner's alone, like the files in it (SECURITY.md, "a second local user").
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  const recovered = setAsideBrokenSettings(folder)
  removeLeftoverTempFiles(folder)
  const store = new ElectronStore({ cwd: folder, name: SETTINGS_NAME, configFileMode: SETTINGS_FILE_MODE })
  return Object.assign(store, { recovered })
}
