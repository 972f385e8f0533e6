import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { TestHostOptions } from '../e2e/host/testHost'
import type { Workstation } from '../src-main/app/workstation'
import { formatHotFunctions, hotFunctions, readCpuProfile } from './cpuProfile'

const ROOT = resolve(__dirname, '..')

/** Something that answers contract channels: a workstation in this process, or a host in another. */
export interface Channels {
  /** The value of a channel call; a failure throws with its message (a benchmark cannot go on without it). */
  call<T>(channel: string, payload: unknown): Promise<T>
}

/** The channels of a workstation opened in this process (P2, P3, P5, P6). */
export function workstationChannels(workstation: Workstation): Channels {
  return {
    async call<T>(channel: string, payload: unknown) {
      const result = await workstation.dispatch(channel, payload)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.value as T
    },
  }
}

/** A test host running in a child process: the page at `url`, its channels over loopback HTTP. */
export interface RemoteHost extends Channels {
  url: string
  close(): Promise<void>
}

/**
 * Starts the test host (e2e/host/testHost.ts) in a child Node process, so that the app's
 * main-process work runs beside the browser as it does in Electron and never holds up the
 * Playwright calls that type and measure. With `profile`, the child runs under `--cpu-prof`,
 * writes its profile into `profile.dir` when closed, and its hottest functions are logged.
 */
export async function startRemoteHost(options: TestHostOptions, profile?: { dir: string; log: (line: string) => void }): Promise<RemoteHost> {
  const profiling = profile ? ['--cpu-prof', '--cpu-prof-dir', profile.dir] : []
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', join(__dirname, 'hostProcess.ts'), JSON.stringify(options)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const url = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout }).on('line', (line) => line.startsWith('READY ') && done(line.slice('READY '.length)))
    void exited.then(() => fail(new Error('the test host process exited before it was ready')))
  })
  return {
    url,
    async call<T>(channel: string, payload: unknown) {
      const response = await fetch(`${url}__newsdesk/rpc/${encodeURIComponent(channel)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload, encodeBytes) })
      const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } }
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.value
    },
    close: async () => {
      child.stdin.end()
      await exited
      const written = profile && readdirSync(profile.dir).find((name) => name.includes(`.${child.pid}.`) && name.endsWith('.cpuprofile'))
      if (written) profile.log(`  profile ${join(profile.dir, written)}; hottest in the host (main process):\n${formatHotFunctions(hotFunctions(readCpuProfile(join(profile.dir, written)), 12))}`)
    },
  }
}

/** Bytes travel as `{ "$bytes": base64 }`, as the host's bridge sends a picture. */
function encodeBytes(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { $bytes: Buffer.from(value).toString('base64') } : value
}
