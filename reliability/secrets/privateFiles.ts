import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { ownFrame, startBuiltApp } from '../checklist/builtApp'
import { reportFigures } from '../harness/figures'

/** Files and folders under `folder` (itself included) that another account on the machine could read or enter. */
export function readableByOthers(folder: string): string[] {
  const open: string[] = []
  const visit = (path: string, name: string) => {
    const stat = statSync(path)
    if ((stat.mode & 0o077) !== 0) open.push(`${name} ${(stat.mode & 0o777).toString(8)}`)
    if (stat.isDirectory()) for (const child of readdirSync(path)) visit(join(path, child), join(name, child))
  }
  visit(folder, '.')
  return open
}

/**
 * A second local user: the BUILT app, started on a data folder that does not exist yet, creates
 * the folder, settings, database (with its -wal and -shm) and picture store for its owner only
 * (0700 folders, 0600 files), so another account on the laptop cannot read the drafts or the
 * sites' addresses even when the folder is outside the home directory (NEWSDESK_DATA_DIR).
 */
export async function privateFilesTest(id: string): Promise<void> {
  const temp = makeTempDir('newsdesk-private-')
  const folder = join(temp.dir, 'desk-data')
  const app = await startBuiltApp(folder)
  try {
    const frame = ownFrame(app.record.windows[0]!.webContentsId)
    const call = (channel: string, payload: unknown) => app.record.handlers.get(channel)!(frame, payload)
    await call('stories:create', { headline: 'Embargoed until Friday' })
    await call('people:create', { name: 'Another Reporter', roles: ['reporter'] })
    const open = readableByOthers(folder)
    reportFigures(id, { checked: readdirSync(folder), readableByOthers: open })
    expect(open).toEqual([])
  } finally {
    app.electron.app.emit('will-quit')
    temp.remove()
  }
}
