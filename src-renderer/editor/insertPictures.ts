import type { Editor } from '@tiptap/react'
import { addPictureFile } from '../features/pictures/addPictureFile'

/** The files of a drop or paste that could be pictures (the main process checks the bytes). */
export function pictureFiles(transfer: DataTransfer | null): File[] {
  return [...(transfer?.files ?? [])]
}

/**
 * Adds each file to the picture library and inserts a figure for it at `at` (a document
 * position) or at the selection. The caption starts from the picture's description and the
 * credit from its metadata; alt text is left for a person to write.
 * @returns one message per refused file (empty when all went in).
 */
export async function insertPictures(editor: Editor, files: File[], at?: number): Promise<string[]> {
  const errors: string[] = []
  for (const file of files) {
    const result = await addPictureFile(file)
    if (!result.ok) {
      errors.push(result.error.message)
      continue
    }
    const picture = result.value
    const figure = {
      type: 'figure',
      attrs: { pictureId: picture.id, alt: '', credit: picture.credit },
      content: picture.description ? [{ type: 'text', text: picture.description }] : [],
    }
    // A figure is a block of its own: it goes after the top-level block the caret (or drop) is in,
    // never splitting a paragraph.
    const $pos = editor.state.doc.resolve(Math.min(at ?? editor.state.selection.from, editor.state.doc.content.size))
    const after = $pos.depth > 0 ? $pos.after(1) : $pos.pos
    editor.chain().focus().insertContentAt(after, figure).run()
  }
  return errors
}
