import { EditorContent, useEditor, type Editor, type JSONContent } from '@tiptap/react'
import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { bodyExtensions, type TextDirection } from '../../src-shared/editor/bodyExtensions'
import type { BodyJson } from '../../src-shared/domain/storyDraft'
import { cleanPastedHtml } from './paste/cleanPastedHtml'
import { EditorToolbar } from './EditorToolbar'
import { FigureView } from './extensions/figure/FigureView'
import { insertPictures, pictureFiles } from './insertPictures'

export interface BodyEditorProps {
  /** The body to start from; later changes to it are ignored (the editor owns the text). */
  initial: BodyJson
  direction: TextDirection
  language: string
  readOnly?: boolean
  /**
   * After every change of the body (each key). Given the editor, not its JSON: serialising a
   * long story on every key is the caller's choice to avoid (read it when it is needed).
   */
  onChange: (editor: Editor) => void
  onBlur?: () => void
}

/**
 * The story body: TipTap with the shared extension list (src-shared/editor), so what the
 * main process stores as HTML is what this editor shows. Pastes are cleaned first
 * (cleanPastedHtml). Remount it (a `key`) to load another body or change direction.
 * Memoised: a render with new options makes TipTap call `setOptions` on the live view, so it
 * re-renders only when its props change (give it stable callbacks).
 */
export const BodyEditor = memo(function BodyEditor({ initial, direction, language, readOnly = false, onChange, onBlur }: BodyEditorProps) {
  const handlers = useRef({ onChange, onBlur })
  handlers.current = { onChange, onBlur }
  const [pictureError, setPictureError] = useState('')
  const editorRef = useRef<Editor | null>(null)
  const dropPictures = (files: File[], at?: number) => {
    if (!editorRef.current) return
    void insertPictures(editorRef.current, files, at).then((errors) => setPictureError(errors.join(' ')))
  }
  // Made once: new extension objects on a render would count as changed options.
  const extensions = useMemo(() => bodyExtensions(direction).map((extension) => (extension.name === 'figure' ? FigureView : extension)), [direction])
  const editor = useEditor({
    // The shared list, with the figure's editing view in place of the plain node (same schema).
    extensions,
    content: initial as JSONContent,
    editable: !readOnly,
    injectCSS: false,
    // The shared list carries TextDirection, configured for this story's language.
    enableCoreExtensions: { textDirection: false },
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'story-body', 'aria-label': 'Story body', lang: language, dir: direction, spellcheck: 'true' },
      transformPastedHTML: cleanPastedHtml,
      handleDrop: (view, event) => {
        const files = pictureFiles(event.dataTransfer)
        if (files.length === 0) return false
        event.preventDefault()
        dropPictures(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos)
        return true
      },
      handlePaste: (_view, event) => {
        const files = pictureFiles(event.clipboardData)
        if (files.length === 0) return false
        dropPictures(files)
        return true
      },
    },
    onUpdate: ({ editor }) => handlers.current.onChange(editor),
    onBlur: () => handlers.current.onBlur?.(),
  })

  editorRef.current = editor

  useEffect(() => {
    // Tests and the copy desk read the live editor through the page (e.g. its getHTML()).
    const host = editor.view.dom as HTMLElement & { editor?: Editor }
    host.editor = editor
  }, [editor])

  return (
    <div className="body-editor">
      {!readOnly && <EditorToolbar editor={editor} onPictures={(files) => dropPictures(files)} />}
      {pictureError && (
        <p className="error-banner" role="alert">
          {pictureError}
        </p>
      )}
      <EditorContent editor={editor} />
    </div>
  )
})
