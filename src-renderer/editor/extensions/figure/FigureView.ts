import type { Node as PmNode } from '@tiptap/pm/model'
import { Figure } from '../../../../src-shared/editor/figure'
import { pictureUrl } from '../../../../src-shared/domain/picture'

/**
 * The shared Figure node with an editing view: the picture, its caption (editable text, the
 * node's content) and fields for alt text and credit, with a flag when alt text is missing.
 * The schema and HTML are the shared node's, so what is stored is unchanged.
 */
export const FigureView = Figure.extend({
  addNodeView() {
    return ({ node, getPos, editor }) => {
      const dom = document.createElement('figure')
      dom.className = 'figure-node'
      const image = document.createElement('img')
      const caption = document.createElement('figcaption')
      const meta = document.createElement('div')
      meta.className = 'figure-meta'
      meta.contentEditable = 'false'
      const alt = field(meta, 'Alt text', 'Describe the picture for readers who cannot see it')
      const credit = field(meta, 'Picture credit', 'Photographer or agency')
      const warning = document.createElement('span')
      warning.className = 'field-warning'
      warning.textContent = 'No alt text'
      meta.append(warning)
      dom.append(image, caption, meta)

      const setAttribute = (name: 'alt' | 'credit', value: string) => {
        const pos = typeof getPos === 'function' ? getPos() : undefined
        if (pos === undefined || !editor.isEditable) return
        const current = editor.state.doc.nodeAt(pos)
        if (!current) return
        editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, { ...current.attrs, [name]: value }))
      }
      alt.addEventListener('input', () => setAttribute('alt', alt.value))
      credit.addEventListener('input', () => setAttribute('credit', credit.value))

      const render = (current: PmNode) => {
        const attrs = current.attrs as { pictureId: string; alt: string; credit: string }
        image.src = pictureUrl(attrs.pictureId)
        image.alt = attrs.alt
        if (document.activeElement !== alt) alt.value = attrs.alt
        if (document.activeElement !== credit) credit.value = attrs.credit
        alt.readOnly = credit.readOnly = !editor.isEditable
        warning.hidden = attrs.alt.trim() !== ''
        caption.dataset['empty'] = String(current.content.size === 0)
      }
      render(node)

      return {
        dom,
        contentDOM: caption,
        update: (updated) => {
          if (updated.type.name !== 'figure') return false
          render(updated)
          return true
        },
        stopEvent: (event) => meta.contains(event.target as Node),
        ignoreMutation: (mutation) => meta.contains(mutation.target) || mutation.target === image,
      }
    }
  },
})

function field(parent: HTMLElement, label: string, placeholder: string): HTMLInputElement {
  const wrapper = document.createElement('label')
  wrapper.textContent = label
  const input = document.createElement('input')
  input.placeholder = placeholder
  input.setAttribute('dir', 'auto')
  wrapper.append(input)
  parent.append(wrapper)
  return input
}
