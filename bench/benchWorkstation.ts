import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { systemContext } from '../src-main/app/serviceContext'
import { openWorkstation, type Workstation } from '../src-main/app/workstation'
import { openNodeSettings } from '../src-main/settings/nodeSettings'
import { workstationChannels, type Channels } from './remoteHost'

/** A workstation for a Node-side benchmark, and how to close it (its settings folder goes with it). */
export interface BenchWorkstation {
  workstation: Workstation
  /** Its channels, called through `dispatch`. */
  channels: Channels
  close(): void
}

/**
 * Opens the services on `dataDir` as the app does (openWorkstation, the real clock), with the
 * settings file in a throw-away folder so a cached desk only ever holds its database.
 * Benchmarks call it through `dispatch`, the same path as an IPC call: payload and result are
 * validated against the contract, so the figures include what the app pays for that.
 */
export async function openBenchWorkstation(dataDir: string): Promise<BenchWorkstation> {
  const settingsDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-settings-'))
  const workstation = openWorkstation({
    dataDir,
    dataDirSource: 'env',
    appVersion: 'bench',
    runtime: 'test-host',
    context: systemContext(() => 'local:bench'),
    settings: await openNodeSettings(settingsDir),
    reportBug: (message, error) => console.error(`[bench] ${message}`, error),
  })
  return {
    workstation,
    channels: workstationChannels(workstation),
    close: () => {
      workstation.close()
      rmSync(settingsDir, { recursive: true, force: true })
    },
  }
}
