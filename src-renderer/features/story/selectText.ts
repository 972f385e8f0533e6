import type { Editor } from '@tiptap/react'

/** Selects the first occurrence of `excerpt` in the body and scrolls to it (a check's "Show"). */
export function selectText(editor: Editor, excerpt: string): void {
  let found: { from: number; to: number } | null = null
  editor.state.doc.descendants((node, pos) => {
    if (found || !node.isText || !node.text) return !found
    const index = node.text.indexOf(excerpt)
    if (index >= 0) found = { from: pos + index, to: pos + index + excerpt.length }
    return false
  })
  if (found) editor.chain().focus().setTextSelection(found).scrollIntoView().run()
}
