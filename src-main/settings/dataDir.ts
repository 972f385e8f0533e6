import { isAbsolute, resolve } from 'node:path'

/** The environment variable that moves all of Newsdesk's data (database, settings) to a folder. */
export const DATA_DIR_ENV = 'NEWSDESK_DATA_DIR'

/** Where the data folder came from: the environment, the `dataDir` setting, the platform default, or the test host's own folder. */
export type DataDirSource = 'env' | 'settings' | 'default' | 'host'

/**
 * Chooses the data folder: `NEWSDESK_DATA_DIR` if set (relative paths resolve against the
 * working directory), else the `dataDir` setting if it is an absolute path, else the
 * platform's user-data folder (Electron's `app.getPath('userData')`).
 */
export function resolveDataDir(options: {
  env: NodeJS.ProcessEnv
  configured: unknown
  platformDefault: string
}): { dir: string; source: DataDirSource } {
  const fromEnv = options.env[DATA_DIR_ENV]?.trim()
  if (fromEnv) return { dir: resolve(fromEnv), source: 'env' }
  const configured = options.configured
  if (typeof configured === 'string' && configured.trim() && isAbsolute(configured.trim())) {
    return { dir: configured.trim(), source: 'settings' }
  }
  return { dir: options.platformDefault, source: 'default' }
}
