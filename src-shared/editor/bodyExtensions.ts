import { extensions as core, type Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { Figure } from './figure'
import { SmartTypography } from './smartTypography'

/** Text direction of a story body: every block carries it as `dir` in the HTML. */
export type TextDirection = 'ltr' | 'rtl'

/** Link schemes a story may carry; anything else (javascript:, data:, file:) is dropped. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const

/** True for a link with an allowed scheme, or with none (a relative link). Whitespace and controls are ignored, as browsers do. */
export function isAllowedLink(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase()
  return scheme === undefined || (LINK_PROTOCOLS as readonly string[]).includes(scheme)
}

/**
 * The one TipTap extension list of a story body, used by the renderer's editor and by the
 * main process when it derives HTML and text, so both produce the same document.
 * Paragraphs, h2–h4, bold, italic, links, bullet and numbered lists, block quotes, hard
 * breaks, figures (a library picture with caption, alt text and credit), smart typography, undo/redo. No code, strike, underline or rules: not news copy.
 */
export function bodyExtensions(direction: TextDirection): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: [...LINK_PROTOCOLS],
        isAllowedUri: (url, ctx) => isAllowedLink(url) && ctx.defaultValidate(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    Figure,
    core.TextDirection.configure({ direction }),
    SmartTypography,
  ]
}

/**
 * How a body becomes plain text, in the main process and the editor alike: blocks separated
 * by a blank line (so paragraphs never run words together), picture captions left out (the
 * word count is of the copy).
 */
export const BODY_TEXT_OPTIONS = {
  blockSeparator: '\n\n',
  textSerializers: { figure: () => '' },
} as const
