/**
 * The key-value file behind settings. In Electron it is electron-store; under plain Node
 * (tests, the test host) it is `conf`, the engine electron-store is built on, so both
 * read and write the same JSON file format with the same API.
 */
export interface SettingsBackend {
  get(key: string): unknown
  set(key: string, value: unknown): void
  /** Absolute path of the settings file. */
  readonly path: string
}

/** The settings file's base name (`settings.json`) in its folder. */
export const SETTINGS_NAME = 'settings'
