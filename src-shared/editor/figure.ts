import { mergeAttributes, Node } from '@tiptap/core'
import { pictureUrl } from '../domain/picture'

/**
 * A picture in the story body: `<figure>` with the picture, an editable caption (inline text
 * with marks, the node's content), alt text and credit. A figure without a caption is valid.
 * The picture is named by its library id; its URL is derived, never stored.
 * There is no official TipTap figure extension; this is ours.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  marks: 'bold italic link',
  draggable: true,
  isolating: true,
  defining: true,

  addAttributes() {
    return {
      pictureId: { default: null, parseHTML: (el) => el.getAttribute('data-picture-id'), renderHTML: () => ({}) },
      alt: { default: '', parseHTML: (el) => el.querySelector('img')?.getAttribute('alt') ?? '', renderHTML: () => ({}) },
      credit: { default: '', parseHTML: (el) => el.getAttribute('data-credit') ?? '', renderHTML: () => ({}) },
    }
  },

  parseHTML() {
    return [{ tag: 'figure[data-picture-id]', contentElement: 'figcaption' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { pictureId, alt, credit } = node.attrs as { pictureId: string; alt: string; credit: string }
    const figure = mergeAttributes(HTMLAttributes, { 'data-picture-id': pictureId, ...(credit ? { 'data-credit': credit } : {}) })
    const image = ['img', { src: pictureUrl(pictureId), alt }] as const
    if (!credit) return ['figure', figure, image, ['figcaption', 0]]
    return ['figure', figure, image, ['figcaption', 0], ['small', { class: 'credit' }, credit]]
  },
})
