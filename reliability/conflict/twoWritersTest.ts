import { expect } from 'vitest'
import { makeTempDir } from '../../src-main/testing/tempDir'
import { bundleChild } from '../harness/childScript'
import { reportFigures } from '../harness/figures'
import { twoWriters } from './twoWriters'

/**
 * R6 at a given size. Holds when no save overwrote another silently (the versions the two
 * writers were given are 2…N with none twice, and N is one more than the saves acknowledged),
 * every refused text is in the history as exactly one conflict copy, the story holds the last
 * acknowledged save, and the app's writer was told in words.
 */
export async function twoWritersTest(id: string, count: number): Promise<void> {
  const started = performance.now()
  const temp = makeTempDir('newsdesk-r6-')
  const child = await bundleChild(new URL('./secondWriter.ts', import.meta.url).pathname)
  try {
    const { logs, final, conflictCopies, headlineOf } = await twoWriters(child, temp.dir, count)
    const versions = [...logs.A.saved.values(), ...logs.B.saved.values()].sort((a, b) => a - b)
    const refused = [...logs.A.conflicts.map((n) => headlineOf('A', n)), ...logs.B.conflicts.map((n) => headlineOf('B', n))].sort()
    reportFigures(id, {
      savesTried: 2 * count + 1, // and the one stale save
      acknowledged: { A: logs.A.saved.size, B: logs.B.saved.size },
      conflicts: { A: logs.A.conflicts.length, B: logs.B.conflicts.length },
      conflictCopies: conflictCopies.length,
      finalVersion: final.version,
      messages: [...logs.A.messages],
      ms: Math.round(performance.now() - started),
    })
    expect(logs.A.conflicts.length + logs.B.conflicts.length).toBeGreaterThan(1) // the two really raced (one of A's is the stale save)
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, index) => index + 2))
    expect(final.version).toBe(1 + versions.length)
    expect(conflictCopies).toEqual(refused)
    const last = [...logs.A.saved].find(([, version]) => version === final.version) ?? [...logs.B.saved].find(([, version]) => version === final.version)
    const lastBy = logs.A.saved.get(last![0]) === final.version ? 'A' : 'B'
    expect(final.headline).toBe(headlineOf(lastBy, last![0]))
    expect([...logs.A.messages]).toEqual(['This story was saved elsewhere (now version #) after you opened version #. Your text was kept in its history as a conflict copy; open the latest version to go on.'])
  } finally {
    child.remove()
    temp.remove()
  }
}
