import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import { formatHotFunctions, hotFunctions, type CpuProfile } from './cpuProfile'

/**
 * Runs `work` under V8's CPU profiler in this process (what `node --cpu-prof` records, for
 * one benchmark only: the services, SQLite calls, the test host), writes
 * `<dir>/<name>.cpuprofile` (open it in Chrome DevTools › Performance) and logs the hottest
 * functions by self time.
 */
export async function withNodeProfile<T>(dir: string, name: string, log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 200 })
  await session.post('Profiler.start')
  try {
    return await work()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    session.disconnect()
    const file = join(dir, `${name}.cpuprofile`)
    writeFileSync(file, JSON.stringify(profile))
    log(`  profile ${file}; hottest in Node:\n${formatHotFunctions(hotFunctions(profile as CpuProfile, 15))}`)
  }
}
