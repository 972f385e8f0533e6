import { expect } from 'vitest'
import { reportFigures } from '../harness/figures'
import { seededRandom } from '../harness/random'
import { pasteStorm } from './pasteStorm'

/** R4 pastes at a given size: no pasted code runs, and nothing hostile reaches the stored story or its exports. */
export async function pasteTest(id: string, count: number): Promise<void> {
  const { seed } = seededRandom()
  console.log(`[${id}] seed ${seed}`)
  const figures = await pasteStorm(count, seed)
  reportFigures(id, { seed, ...figures, inEditor: figures.inEditor.length, inStored: figures.inStored.length, inExports: figures.inExports.length, pageErrors: figures.pageErrors.length })
  expect(figures.pastes).toBe(count)
  expect(figures.pwned).toEqual([undefined, undefined])
  expect(figures.dialogs).toBe(0)
  expect(figures.inStored).toEqual([])
  expect(figures.inExports).toEqual([])
  expect(figures.inEditor).toEqual([])
  expect(figures.pageErrors).toEqual([])
}
