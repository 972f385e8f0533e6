import { parseHTML } from 'linkedom'
import { isAllowedLink } from '../../src-shared/editor/bodyExtensions'

/** Elements that can run code, load something, or change how the page behaves. Never in a story or its exports. */
const DANGEROUS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'template', 'noscript', 'xmp', 'video', 'audio', 'source', 'details', 'body', 'html', 'head'])
/** Attributes that carry a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'background', 'ping'])
/** The markup a stored story body may have (the shared TipTap schema), each with the attributes it may carry. */
const STORY_MARKUP: Record<string, readonly string[]> = {
  p: ['dir'], br: [], h2: ['dir'], h3: ['dir'], h4: ['dir'], strong: [], em: [], ul: ['dir'], ol: ['dir', 'start', 'type'], li: ['dir'], blockquote: ['dir'],
  a: ['href', 'target', 'rel'], figure: ['data-picture-id', 'data-credit', 'dir'], img: ['src', 'alt'], figcaption: [], small: ['class'],
}

/**
 * What is hostile in `html` (empty when nothing is): a dangerous element, an event handler or
 * inline style, `srcdoc`, or a URL attribute with a scheme other than http(s), mailto, tel or the
 * app's own newsdesk: (control characters and whitespace ignored, as browsers ignore them).
 * With `storyBody`, anything outside the story schema's markup counts too.
 */
export function hostileMarkup(html: string, storyBody = false): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
  const found: string[] = []
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (DANGEROUS.has(tag)) found.push(`<${tag}>`)
    if (storyBody && !(tag in STORY_MARKUP)) found.push(`<${tag}> is not story markup`)
    for (const { name, value } of [...element.attributes]) {
      const attribute = name.toLowerCase()
      if (attribute.startsWith('on') || attribute === 'style' || attribute === 'srcdoc') found.push(`<${tag} ${attribute}>`)
      if (URL_ATTRIBUTES.has(attribute) && !safeUrl(value)) found.push(`<${tag} ${attribute}="${value.slice(0, 60)}">`)
      if (storyBody && STORY_MARKUP[tag] && !STORY_MARKUP[tag].includes(attribute)) found.push(`<${tag} ${attribute}> is not story markup`)
    }
  }
  return found
}

function safeUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const bare = value.replace(/[\u0000-\u0020]/g, '')
  return /^newsdesk:\/\/app\//i.test(bare) || isAllowedLink(bare)
}

/**
 * What a CommonMark renderer would turn into hostile HTML in a Markdown export: raw HTML, and
 * links or pictures whose target is not a safe URL (`[text](javascript:…)`). A backslash-escaped
 * character (`\<`, `\[`) is literal text in CommonMark, so escaped ones are taken out first.
 */
export function hostileMarkdown(markdown: string): string[] {
  const unescaped = markdown.replace(/\\[!-/:-@[-`{-~]/g, '_')
  const links = [...unescaped.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]*)/g)].map((match) => match[1]!).filter((url) => !safeUrl(url))
  return [...hostileMarkup(unescaped).map((found) => `raw HTML ${found}`), ...links.map((url) => `link to ${url}`)]
}
