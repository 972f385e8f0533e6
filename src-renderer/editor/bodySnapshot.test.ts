import { getSchema } from '@tiptap/core'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { applyBodyPatch, type BodyBlock } from '../../src-shared/domain/bodyPatch'
import { bodyExtensions } from '../../src-shared/editor/bodyExtensions'
import { bodyChanges, snapshotBody } from './bodySnapshot'

const schema = getSchema(bodyExtensions('ltr'))
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

/** An editor stand-in: a ProseMirror state that transactions replace, as TipTap's does. */
function editorWith(blocks: object[]) {
  const holder = { state: EditorState.create({ doc: schema.nodeFromJSON({ type: 'doc', content: blocks }) }) }
  const blockStart = (index: number) => {
    let pos = 0
    for (let i = 0; i < index; i++) pos += holder.state.doc.child(i).nodeSize
    return pos
  }
  return {
    holder,
    /** Types `text` at the end of block `index`. */
    type(index: number, text: string) {
      const at = blockStart(index) + holder.state.doc.child(index).nodeSize - 1
      holder.state = holder.state.apply(holder.state.tr.insertText(text, at))
    },
    /** Presses Enter in the middle of block `index`'s text. */
    split(index: number, offset: number) {
      holder.state = holder.state.apply(holder.state.tr.split(blockStart(index) + 1 + offset))
    },
  }
}

describe('body snapshots', () => {
  const blocks = Array.from({ length: 700 }, (_, i) => paragraph(`Paragraph ${i} of a long story.`))

  it('a key in one paragraph of 700 patches that paragraph alone', () => {
    const editor = editorWith(blocks)
    const before = snapshotBody(editor.holder)
    editor.type(350, ' More')
    const patch = snapshotBody(editor.holder).patchSince(before)!
    expect(patch).toEqual({ from: 350, remove: 1, insert: [paragraph('Paragraph 350 of a long story. More')], blockCount: 700 })
    expect(applyBodyPatch(before.json().content as BodyBlock[], patch)).toEqual(snapshotBody(editor.holder).json().content)
  })

  it('Enter splits a paragraph: one removed, two sent', () => {
    const editor = editorWith(blocks)
    const before = snapshotBody(editor.holder)
    editor.split(10, 9)
    const after = snapshotBody(editor.holder)
    const patch = after.patchSince(before)!
    expect(patch).toMatchObject({ from: 10, remove: 1, blockCount: 701 })
    expect(patch.insert).toEqual([paragraph('Paragraph'), paragraph(' 10 of a long story.')])
    expect(applyBodyPatch(before.json().content as BodyBlock[], patch)).toEqual(after.json().content)
  })

  it('edits far apart send the stretch between them, and applying it gives the editor’s body', () => {
    const editor = editorWith(blocks)
    const before = snapshotBody(editor.holder)
    editor.type(3, '!')
    editor.type(6, '?')
    const after = snapshotBody(editor.holder)
    const patch = after.patchSince(before)!
    expect(patch).toMatchObject({ from: 3, remove: 4, blockCount: 700 })
    expect(applyBodyPatch(before.json().content as BodyBlock[], patch)).toEqual(after.json().content)
  })

  it('refuses to patch across editors: a remounted editor sends the whole body', () => {
    const first = editorWith(blocks)
    const second = editorWith(blocks)
    expect(snapshotBody(second.holder).patchSince(snapshotBody(first.holder))).toBeNull()
  })

  it('stores no direction in the JSON (it follows the story’s language)', () => {
    const editor = editorWith([{ type: 'paragraph', attrs: { dir: 'rtl' }, content: [{ type: 'text', text: 'خبر' }] }])
    expect(JSON.stringify(snapshotBody(editor.holder).json())).not.toContain('dir')
  })

  it('a save sends nothing the database holds, a patch once it holds a snapshot, the whole body before', () => {
    const editor = editorWith(blocks.slice(0, 3))
    const opened = snapshotBody(editor.holder)
    expect(bodyChanges(null, null)).toEqual({})
    expect(bodyChanges(opened, null)).toEqual({ body: opened.json() })
    expect(bodyChanges(opened, opened)).toEqual({})
    editor.type(1, '.')
    const typed = snapshotBody(editor.holder)
    expect(bodyChanges(typed, opened)).toEqual({ bodyPatch: { from: 1, remove: 1, insert: [paragraph('Paragraph 1 of a long story..')], blockCount: 3 } })
    // Another snapshot of the same document: no block changed, so nothing to send.
    expect(bodyChanges(snapshotBody(editor.holder), typed)).toEqual({})
  })
})
