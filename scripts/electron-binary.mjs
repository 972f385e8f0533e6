// Where the Electron binary is, without asking `require('electron')`: since electron 45 that
// call starts a download when the binary is missing, which hangs or fails on offline machines.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The Electron executable installed in `electronDir` (node_modules/electron), or null.
 * @param {string} electronDir
 * @returns {string | null}
 */
export function electronBinary(electronDir) {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}
