import type { Credit } from '../../src-shared/domain/credit'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { renderCreditLines } from '../../src-shared/text/byline'
import { cleanStoryHtml, escapeHtml, type CleanOptions } from './cleanStoryHtml'

/**
 * The credit lines at the foot of a story ("Reporter: Awais Kiyani"), as HTML:
 * `<footer class="credits"><p>Reporter: Awais Kiyani</p></footer>`, or '' without any.
 * This is how a reporter credit reaches the site: the byline (ninjs `by`) names only the
 * `author` credits (a desk byline such as "News Desk"), the other roles go here.
 */
export function creditFooterHtml(credits: readonly Credit[]): string {
  const lines = renderCreditLines(credits)
  if (lines.length === 0) return ''
  return `<footer class="credits">${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</footer>`
}

/**
 * The story body as exported HTML: the stored body HTML cleaned (see `cleanStoryHtml`), then
 * the credit footer. Body figures keep their caption and credit; the lead picture is not part
 * of the body (ninjs carries it as an association, storyHtml puts it above the body).
 */
export function exportBodyHtml(story: Pick<StoryDetail, 'bodyHtml' | 'credits'>, options: CleanOptions): string {
  return cleanStoryHtml(story.bodyHtml, options) + cleanStoryHtml(creditFooterHtml(story.credits), options)
}

/**
 * The story body as exported plain text: paragraphs separated by a blank line, captions left
 * out (as the desk counts words), then the credit lines, one per line.
 */
export function exportBodyText(story: Pick<StoryDetail, 'bodyText' | 'credits'>): string {
  // Nested blocks (a list item's paragraph) each add a separator; one blank line is enough.
  const body = story.bodyText.replace(/\n{3,}/g, '\n\n').trim()
  const credits = renderCreditLines(story.credits).join('\n')
  return [body, credits].filter(Boolean).join('\n\n')
}
