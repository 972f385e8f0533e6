import TurndownService from 'turndown'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { storyArticleHtml, type StoryHtmlOptions } from './storyHtml'

// The part of a DOM element the figure rule reads. turndown hands rules DOM nodes (domino under
// Node); this process compiles without the DOM lib, so the shape is spelled out here.
interface ElementLike {
  getAttribute(name: string): string | null
  querySelector(selector: string): ElementLike | null
  innerHTML: string
  textContent: string | null
}

let service: TurndownService | undefined

function markdownService(): TurndownService {
  if (service) return service
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '_', strongDelimiter: '**' })
  // turndown escapes Markdown syntax in text but not `<`: a caption reading "<script>" would
  // become raw HTML in any renderer that passes HTML through. `\<` shows a plain "<".
  const escapeMarkdown = turndown.escape.bind(turndown)
  turndown.escape = (text: string) => escapeMarkdown(text).replace(/</g, '\\<')
  turndown.addRule('figure', { filter: 'figure', replacement: (_content, node) => figureMarkdown(turndown, node as unknown as ElementLike) })
  return (service = turndown)
}

/**
 * A figure as an image and a caption line:
 * `![alt text](src)` then, as its own paragraph, `File photo — Credit` (either part may be absent).
 */
function figureMarkdown(turndown: TurndownService, figure: ElementLike): string {
  const image = figure.querySelector('img')
  const caption = figure.querySelector('figcaption')
  const credit = figure.querySelector('small')?.textContent?.trim() ?? ''
  const blocks: string[] = []
  if (image) blocks.push(`![${escapeAlt(image.getAttribute('alt') ?? '')}](${escapeDestination(image.getAttribute('src') ?? '')})`)
  const captionLine = [caption ? turndown.turndown(caption.innerHTML) : '', credit ? turndown.escape(credit) : ''].filter(Boolean).join(' — ')
  if (captionLine) blocks.push(captionLine)
  return `\n\n${blocks.join('\n\n')}\n\n`
}

function escapeAlt(alt: string): string {
  return alt.replace(/[\\[\]<]/g, (char) => `\\${char}`).replace(/\s+/g, ' ')
}

/** A link destination with nothing that would end it early: spaces and parentheses percent-encoded. */
function escapeDestination(src: string): string {
  return src.replace(/[\s()<>]/g, (char) => encodeURIComponent(char))
}

/**
 * The story as Markdown (CommonMark), converted by turndown from the same cleaned article as
 * `storyArticleHtml`: `# Headline`, the standfirst, byline and dateline as paragraphs, the
 * lead picture and each body figure as `![alt](src)` with a caption line, the body, then the
 * credit lines. Text that looks like Markdown or HTML is escaped. Never the ednote.
 */
export function storyMarkdown(story: StoryDetail, options: StoryHtmlOptions = {}): string {
  return `${markdownService().turndown(storyArticleHtml(story, options)).trim()}\n`
}
