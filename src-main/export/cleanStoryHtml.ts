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

/**
 * Text between tags exactly as `cleanStoryHtml` writes it: `&`, `<` and `>` escaped, quotes
 * left as they are (sanitize-html decodes the text, then escapes only these three). Markup we
 * build from this and our own allowed tags is already what the cleaning would give back.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => ENTITIES[char] ?? char)
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** What the figure and img transforms of the call in progress need: its options, and where it is. */
interface FigureState {
  options: CleanOptions
  /** Body figures seen so far (`picture-1`… in document order). */
  figures: number
  /** The library id of the figure being cleaned, until its img has taken it. */
  pictureId: string | null
}

// Each cleanStoryHtml call puts its own state here (sanitize-html runs the transforms synchronously).
let state: FigureState = { options: { pictureSrc: (id) => id }, figures: 0, pictureId: null }

// Built once. A stable object does not spare sanitize-html's own set-up: every call merges it
// with the defaults and rebuilds the lookup maps, the parser and a Frame constructor (so V8
// makes new hidden classes each call, a quarter of the cleaning in the P5 profile). It spares
// our share: the options, the scheme list and two transform closures a story.
const CLEAN_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  allowedClasses: ALLOWED_CLASSES,
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { figure: transformFigure, img: transformImg },
}

function transformFigure(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const pictureId = attribs['data-picture-id'] ?? null
  state.pictureId = pictureId
  if (!pictureId) return { tagName, attribs }
  state.figures += 1
  return { tagName, attribs: state.options.associationRefs ? { ...attribs, 'data-assoc-ref': `picture-${state.figures}` } : attribs }
}

function transformImg(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  if (!state.pictureId) return { tagName, attribs }
  const src = state.options.pictureSrc(state.pictureId)
  state.pictureId = null
  return { tagName, attribs: { ...attribs, src } }
}

/**
 * Cleans story HTML with a strict allow-list (sanitize-html): anything not in it is dropped,
 * a `<script>`/`<style>` with its content, an `onerror=` attribute, a `javascript:` link.
 * Body figures (`<figure data-picture-id>`) get their picture `src` from `options.pictureSrc`
 * and, when asked, a `data-assoc-ref` naming their ninjs association; the library id attribute
 * itself does not leave the workstation.
 */
export function cleanStoryHtml(html: string, options: CleanOptions): string {
  const schemes = options.pictureSchemes ?? []
  const cleanOptions = schemes.length ? { ...CLEAN_OPTIONS, allowedSchemesByTag: { img: ['http', 'https', ...schemes] } } : CLEAN_OPTIONS
  // The transforms read the state of this call; the one before is put back, should a
  // pictureSrc ever clean HTML of its own.
  const outer = state
  state = { options, figures: 0, pictureId: null }
  try {
    return sanitizeHtml(html, cleanOptions)
  } finally {
    state = outer
  }
}
