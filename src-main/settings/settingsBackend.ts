import type { SettingsRecovery } from './setAsideBrokenSettings'

/**
 * The key-value file behind settings. In Electron it is electron-store; under plain Node
 * (tests, the test host) it is `conf`, the engine electron-store is built on, so both
 * read and write the same JSON file format with the same API. Both write atomically
 * (`atomically`: a temp file beside it, fsync, then rename), so a crash mid-write leaves
 * the old file or the new one, never half of one.
 */
export interface SettingsBackend {
  get(key: string): unknown
  set(key: string, value: unknown): void
  /** Absolute path of the settings file. */
  readonly path: string
}

/** A settings file as opened: the backend, and the damaged file set aside to open it (else null). */
export type OpenedSettings = SettingsBackend & { readonly recovered: SettingsRecovery | null }

/** The settings file's base name (`settings.json`) in its folder. */
export const SETTINGS_NAME = 'settings'

/**
 * Owner read/write only. The file names the publishing sites and who works here, and holds the
 * sites' secrets (as OS-key-store ciphertext): another account on the machine has no business
 * reading it. conf re-applies the mode on every write, so an older 0644 file is tightened too.
 */
export const SETTINGS_FILE_MODE = 0o600
