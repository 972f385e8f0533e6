import { readFileSync } from 'node:fs'

/** A V8 CPU profile, as CDP's Profiler.stop and `node --cpu-prof` write it (times in µs). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

/** A function's self time in a profile: its name, `url:line`, and ms. */
export interface HotFunction {
  name: string
  where: string
  selfMs: number
  share: number
}

// Not script: the page idling, and the browser's own work on the main thread (style, layout,
// paint, parsing), which V8 files under "(program)". Garbage collection is script's doing and counts.
const NOT_SCRIPT = new Set(['(idle)', '(program)'])

/** Each sample with the time it stands for (µs until the next sample), in order. */
function* timedSamples(profile: CpuProfile): Generator<{ node: number; at: number; weight: number }> {
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  let at = profile.startTime
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0
    yield { node: samples[i]!, at, weight: deltas[i + 1] ?? 0 }
  }
}

/**
 * Script time inside each window (`[start, end)` on the profile's clock, µs), in ms: samples
 * that were neither idle nor the browser's own work. Windows come from `rendererClock`.
 */
export function scriptTimeIn(profile: CpuProfile, windows: readonly (readonly [number, number])[]): number[] {
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]))
  const totals = windows.map(() => 0)
  let w = 0
  for (const sample of timedSamples(profile)) {
    while (w < windows.length && sample.at >= windows[w]![1]) w++
    if (w === windows.length) break
    if (sample.at < windows[w]![0] || NOT_SCRIPT.has(names.get(sample.node) ?? '')) continue
    totals[w]! += sample.weight / 1000
  }
  return totals
}

/** The `count` functions with the most self time (script only), with their share of all script time. */
export function hotFunctions(profile: CpuProfile, count = 15): HotFunction[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, HotFunction>()
  let total = 0
  for (const sample of timedSamples(profile)) {
    const frame = byNode.get(sample.node)?.callFrame
    if (!frame || NOT_SCRIPT.has(frame.functionName)) continue
    const where = `${shortUrl(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
    const key = `${frame.functionName}@${where}`
    const entry = self.get(key) ?? { name: frame.functionName || '(anonymous)', where, selfMs: 0, share: 0 }
    entry.selfMs += sample.weight / 1000
    total += sample.weight / 1000
    self.set(key, entry)
  }
  return [...self.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, count)
    .map((entry) => ({ ...entry, share: total > 0 ? entry.selfMs / total : 0 }))
}

/** A script's URL as a reader recognises it: `zod/…/index.cjs` for a package, else the file name. */
function shortUrl(url: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/.*?([^/]+)$/.exec(url)
  return inPackage ? `${inPackage[1]}/…/${inPackage[2]}` : url.replace(/^.*\//, '') || '(native)'
}

/** The hot functions as printable lines: `  34.1%  412.0 ms  getJSON  index-abc.js:12:3456`. */
export function formatHotFunctions(hot: readonly HotFunction[]): string {
  return hot.map((f) => `  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.selfMs.toFixed(1).padStart(8)} ms  ${f.name}  ${f.where}`).join('\n')
}

/** Reads a `.cpuprofile` (e.g. from `node --cpu-prof`). */
export function readCpuProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
}
