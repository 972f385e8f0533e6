import { useEditorState, type Editor } from '@tiptap/react'
import { Bold, Heading2, ImagePlus, Heading3, Heading4, Italic, Link2, List, ListOrdered, Quote, Redo2, Undo2, type LucideIcon } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { LinkForm } from './LinkForm'
import { useRovingFocus } from './useRovingFocus'

interface Tool {
  label: string
  shortcut?: string
  icon: LucideIcon
  active: (editor: Editor) => boolean
  run: (editor: Editor) => void
}

const TOOLS: Tool[] = [
  { label: 'Bold', shortcut: 'Ctrl+B', icon: Bold, active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italic', shortcut: 'Ctrl+I', icon: Italic, active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: 'Heading 2', icon: Heading2, active: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: 'Heading 3', icon: Heading3, active: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: 'Heading 4', icon: Heading4, active: (e) => e.isActive('heading', { level: 4 }), run: (e) => e.chain().focus().toggleHeading({ level: 4 }).run() },
  { label: 'Bulleted list', icon: List, active: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: 'Numbered list', icon: ListOrdered, active: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: 'Block quote', icon: Quote, active: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
]

/** Formatting buttons for the body, with their state; Ctrl+K opens the link form. One Tab stop; arrows move within. */
export function EditorToolbar({ editor, onPictures }: { editor: Editor; onPictures: (files: File[]) => void }) {
  const [linking, setLinking] = useState(false)
  const toolbar = useRef<HTMLDivElement>(null)
  useRovingFocus(toolbar)
  const active = useEditorState({ editor, selector: ({ editor }) => TOOLS.map((tool) => tool.active(editor)).concat(editor.isActive('link')) })

  useEffect(() => {
    const dom = editor.view.dom
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setLinking(true)
      }
    }
    dom.addEventListener('keydown', onKey)
    return () => dom.removeEventListener('keydown', onKey)
  }, [editor])

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting" dir="ltr" ref={toolbar}>
      {TOOLS.map((tool, index) => (
        <ToolButton key={tool.label} label={tool.label} shortcut={tool.shortcut} icon={tool.icon} pressed={active[index] ?? false} onClick={() => tool.run(editor)} />
      ))}
      <ToolButton label="Link" shortcut="Ctrl+K" icon={Link2} pressed={active.at(-1) ?? false} onClick={() => setLinking(true)} />
      <label className="tool" title="Insert picture">
        <ImagePlus size={16} aria-hidden="true" />
        <input
          type="file"
          className="visually-hidden"
          aria-label="Insert picture"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
          multiple
          onChange={(event) => {
            onPictures([...(event.target.files ?? [])])
            event.target.value = ''
          }}
        />
      </label>
      <span className="toolbar-gap" />
      <ToolButton label="Undo" shortcut="Ctrl+Z" icon={Undo2} pressed={false} onClick={() => editor.chain().focus().undo().run()} />
      <ToolButton label="Redo" shortcut="Ctrl+Y" icon={Redo2} pressed={false} onClick={() => editor.chain().focus().redo().run()} />
      {linking && <LinkForm editor={editor} onDone={() => setLinking(false)} />}
    </div>
  )
}

function ToolButton({ label, shortcut, icon: Icon, pressed, onClick }: { label: string; shortcut?: string | undefined; icon: LucideIcon; pressed: boolean; onClick: () => void }) {
  return (
    <button type="button" className="tool" aria-label={label} aria-pressed={pressed} title={shortcut ? `${label} (${shortcut})` : label} onMouseDown={(event) => event.preventDefault()} onClick={onClick}>
      <Icon size={16} aria-hidden="true" />
    </button>
  )
}
