import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Overrides where the Electron-ABI better-sqlite3 addon is read from. */
export const SQLITE_BINDING_ENV = 'NEWSDESK_SQLITE_BINDING'

/**
 * The better-sqlite3 addon built for this Electron's ABI, if one was prepared.
 * `npm install` builds better-sqlite3 for Node (which the tests need); `npm start` builds a
 * second copy for Electron into `native/better_sqlite3-abi<N>.node` (scripts/electron-sqlite.mjs),
 * so switching between tests and the app never rebuilds anything.
 * @returns the addon's path, or undefined to use the package's own build.
 */
export function sqliteBindingForElectron(appPath: string): string | undefined {
  const fromEnv = process.env[SQLITE_BINDING_ENV]
  if (fromEnv) return fromEnv
  const prepared = join(appPath, 'native', `better_sqlite3-abi${process.versions.modules}.node`)
  return existsSync(prepared) ? prepared : undefined
}
