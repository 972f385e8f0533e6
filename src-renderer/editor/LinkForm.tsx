import type { Editor } from '@tiptap/react'
import { useState, type FormEvent } from 'react'
import { isAllowedLink } from '../../src-shared/editor/bodyExtensions'

/** A small inline form to set or remove the link on the selection (Electron has no window.prompt). */
export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const [href, setHref] = useState(() => String(editor.getAttributes('link')['href'] ?? ''))
  const [error, setError] = useState('')

  function apply(event: FormEvent) {
    event.preventDefault()
    const url = href.trim()
    if (!url) return remove()
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`
    if (!isAllowedLink(withScheme)) return setError('Links must start with http, https, mailto or tel.')
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      editor.chain().focus().insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: withScheme } }] }).run()
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: withScheme }).run()
    }
    onDone()
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    onDone()
  }

  return (
    <form className="link-form" onSubmit={apply} aria-label="Link">
      <input
        autoFocus
        aria-label="Link address"
        placeholder="https://"
        value={href}
        onChange={(event) => setHref(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && (event.preventDefault(), onDone(), editor.commands.focus())}
      />
      <button type="submit" className="button">Apply</button>
      <button type="button" className="button" onClick={remove}>Remove</button>
      {error && <span role="alert" className="field-error">{error}</span>}
    </form>
  )
}
