import sanitizeHtml from 'sanitize-html'

/** Where a picture is fetched from, given its library id: `media/<id>` on the workstation, an uploaded URL for the site. */
export type PictureSrc = (pictureId: string) => string

/** What `cleanStoryHtml` rewrites on the way out. */
export interface CleanOptions {
  /** The `src` of each body figure's picture (the stored HTML has `media/<id>`). */
  pictureSrc: PictureSrc
  /** Adds `data-assoc-ref="picture-1"`… to body figures, naming their ninjs association. */
  associationRefs?: boolean
  /** More URL schemes a picture `src` may use, e.g. the outbox's `newsdesk-picture:` placeholder a target replaces. */
  pictureSchemes?: readonly string[]
}

// Story markup and nothing else: the body schema's blocks and marks (src-shared/editor/
// bodyExtensions.ts) plus the article frame storyHtml.ts writes. No style, no script, no
// event handler, no iframe; links only http(s), mailto and tel; pictures only http(s) or relative.
const ALLOWED_TAGS = [
  'article', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'p', 'br', 'strong', 'em', 'a',
  'ul', 'ol', 'li', 'blockquote', 'figure', 'img', 'figcaption', 'small', 'time', 'span',
]

const ALLOWED_ATTRIBUTES: sanitizeHtml.IOptions['allowedAttributes'] = {
  '*': ['dir', 'lang'],
  a: ['href', 'rel'],
  img: ['src', 'alt', 'width', 'height'],
  time: ['datetime'],
  ol: ['start'],
  figure: ['data-assoc-ref'],
}

const ALLOWED_CLASSES: sanitizeHtml.IOptions['allowedClasses'] = {
  p: ['standfirst', 'byline', 'dateline'],
  span: ['place'],
  figure: ['lead-picture'],
  small: ['credit'],
  footer: ['credits'],
}

/** The text of a value as HTML text or a quoted attribute value: `&`, `<`, `>`, `"` and `'` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Cleans story HTML with a strict allow-list (sanitize-html): anything not in it is dropped,
 * a `<script>`/`<style>` with its content, an `onerror=` attribute, a `javascript:` link.
 * Body figures (`<figure data-picture-id>`) get their picture `src` from `options.pictureSrc`
 * and, when asked, a `data-assoc-ref` naming their ninjs association; the library id attribute
 * itself does not leave the workstation.
 */
export function cleanStoryHtml(html: string, options: CleanOptions): string {
  let figures = 0
  let pictureId: string | null = null
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedClasses: ALLOWED_CLASSES,
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https', ...(options.pictureSchemes ?? [])] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      figure: (tagName, attribs) => {
        pictureId = attribs['data-picture-id'] ?? null
        if (!pictureId) return { tagName, attribs }
        figures += 1
        return { tagName, attribs: options.associationRefs ? { ...attribs, 'data-assoc-ref': `picture-${figures}` } : attribs }
      },
      img: (tagName, attribs) => {
        if (!pictureId) return { tagName, attribs }
        const src = options.pictureSrc(pictureId)
        pictureId = null
        return { tagName, attribs: { ...attribs, src } }
      },
    },
  })
}
