// P1's baseline, run in the browser: a bare ProseMirror (prosemirror-view through @tiptap/pm)
// with the story body's own schema and the same document, no TipTap Editor and no React.
// History and the base keymap are in, as any usable editor has them.
import { getSchema } from '@tiptap/core'
import { baseKeymap } from '@tiptap/pm/commands'
import { history } from '@tiptap/pm/history'
import { keymap } from '@tiptap/pm/keymap'
import { Node } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { EditorView } from '@tiptap/pm/view'
import { bodyExtensions } from '../../src-shared/editor/bodyExtensions'

async function start(): Promise<void> {
  const json: unknown = await (await fetch('./doc.json')).json()
  const schema = getSchema(bodyExtensions('ltr'))
  const state = EditorState.create({ doc: Node.fromJSON(schema, json), plugins: [history(), keymap(baseKeymap)] })
  const mount = document.getElementById('editor')!
  // The same attributes as the app's body editor (BodyEditor.tsx), so the browser spellchecks and lays it out alike.
  const view = new EditorView(
    { mount },
    { state, attributes: { class: 'tiptap story-body', 'aria-label': 'Story body', lang: 'en', dir: 'ltr', spellcheck: 'true' } },
  )
  ;(view.dom as HTMLElement & { pmView?: EditorView }).pmView = view
  document.body.dataset['ready'] = 'true'
}

void start()
