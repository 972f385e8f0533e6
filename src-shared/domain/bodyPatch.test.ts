import { describe, expect, it } from 'vitest'
import { applyBodyPatch, patchBetween, PatchMismatch, type BodyBlock } from './bodyPatch'

const block = (text: string): BodyBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const blocks = (...texts: string[]) => texts.map(block)
const byText = (a: BodyBlock, b: BodyBlock) => JSON.stringify(a) === JSON.stringify(b)
const asIs = (b: BodyBlock) => b

describe('body patches', () => {
  const cases: [string, BodyBlock[], BodyBlock[]][] = [
    ['one block changed in the middle', blocks('a', 'b', 'c'), blocks('a', 'B', 'c')],
    ['a block added at the end', blocks('a', 'b'), blocks('a', 'b', 'c')],
    ['a block split in two', blocks('a', 'bc', 'd'), blocks('a', 'b', 'c', 'd')],
    ['the first block removed', blocks('a', 'b', 'c'), blocks('b', 'c')],
    ['everything replaced', blocks('a', 'b'), blocks('x', 'y', 'z')],
    ['nothing changed', blocks('a', 'b'), blocks('a', 'b')],
    ['an empty body filled', [], blocks('a')],
    ['a repeated block added among its twins', blocks('a', 'a', 'a'), blocks('a', 'a', 'a', 'a')],
  ]
  it.each(cases)('%s: applying the patch gives the new body, and sends only what changed', (_name, before, after) => {
    const patch = patchBetween(before, after, byText, asIs)
    expect(applyBodyPatch(before, patch)).toEqual(after)
    // The common start and end are never sent.
    const changed = after.length - Math.min(...[before.length, after.length])
    expect(patch.insert.length).toBeGreaterThanOrEqual(changed)
    expect(patch.insert.length).toBeLessThanOrEqual(after.length)
  })

  it('sends one block for one changed paragraph of 700', () => {
    const before = Array.from({ length: 700 }, (_, i) => block(`paragraph ${i}`))
    const after = before.map((b, i) => (i === 350 ? block('paragraph 350, edited') : b))
    expect(patchBetween(before, after, Object.is, asIs)).toEqual({ from: 350, remove: 1, insert: [after[350]], blockCount: 700 })
  })

  it('does not change the body it is given', () => {
    const before = blocks('a', 'b')
    applyBodyPatch(before, { from: 0, remove: 1, insert: [block('x')], blockCount: 2 })
    expect(before).toEqual(blocks('a', 'b'))
  })

  it('refuses a patch past the end of the body or with another count', () => {
    expect(() => applyBodyPatch(blocks('a'), { from: 1, remove: 1, insert: [], blockCount: 0 })).toThrow(PatchMismatch)
    expect(() => applyBodyPatch(blocks('a'), { from: 0, remove: 0, insert: [block('b')], blockCount: 1 })).toThrow('would have 2 blocks, the editor has 1')
  })
})
