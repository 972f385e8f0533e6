import type { Credit } from '../../src-shared/domain/credit'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { renderCreditLines } from '../../src-shared/text/byline'
import { countText, type TextCounts } from '../../src-shared/text/countText'
import { cleanStoryHtml, escapeHtmlText, type CleanOptions } from './cleanStoryHtml'

/**
 * The credit lines at the foot of a story ("Reporter: Awais Kiyani"), as HTML:
 * `<footer class="credits"><p>Reporter: Awais Kiyani</p></footer>`, or '' without any.
 * This is how a reporter credit reaches the site: the byline (ninjs `by`) names only the
 * `author` credits (a desk byline such as "News Desk"), the other roles go here.
 * The names are escaped as `cleanStoryHtml` writes text, so the footer is already clean.
 */
export function creditFooterHtml(credits: readonly Credit[]): string {
  const lines = renderCreditLines(credits)
  if (lines.length === 0) return ''
  return `<footer class="credits">${lines.map((line) => `<p>${escapeHtmlText(line)}</p>`).join('')}</footer>`
}

/**
 * The story body as exported HTML: the stored body HTML cleaned (see `cleanStoryHtml`), then
 * the credit footer. Body figures keep their caption and credit; the lead picture is not part
 * of the body (ninjs carries it as an association, storyHtml puts it above the body).
 */
export function exportBodyHtml(story: Pick<StoryDetail, 'bodyHtml' | 'credits'>, options: CleanOptions): string {
  // The footer is our own markup around escaped names, byte for byte what cleaning it would
  // give (cleanStoryHtml.test.ts): a second sanitize-html pass would only cost its set-up.
  return cleanStoryHtml(story.bodyHtml, options) + creditFooterHtml(story.credits)
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

/**
 * Words and characters of `exportBodyText(story)`, exactly as `countText` gives them, from the
 * counts the save stored beside the body text (`wordCount`, `characterCount`: the same
 * countText, in the same transaction) plus the credit lines: counting every body again was
 * 63% of a ninjs export (issue 8, P5). It adds up because line breaks always separate words
 * and are grapheme clusters of their own (UAX #29 WB3a/b, GB4/5), so dropping the extra
 * blank lines takes one character each and no word. A body with whitespace at either end
 * (which the export trims) is counted again.
 */
export function exportBodyCounts(story: Pick<StoryDetail, 'bodyText' | 'credits' | 'wordCount' | 'characterCount'>): TextCounts {
  const credits = renderCreditLines(story.credits).join('\n')
  if (!story.bodyText) return countText(credits)
  if (endsInSpace(story.bodyText)) return countText(exportBodyText(story))
  // What exportBodyText's replace takes out: each run of n > 2 line breaks loses n - 2.
  const blankLines = story.bodyText.length - story.bodyText.replace(/\n{3,}/g, '\n\n').length
  const body = { words: story.wordCount, characters: story.characterCount - blankLines }
  if (!credits) return body
  const footer = countText(credits)
  return { words: body.words + footer.words, characters: body.characters + 2 + footer.characters }
}

// The two end characters, not `/^\s|\s$/`: that tries `\s$` at every position of the body.
const SPACE = /\s/

function endsInSpace(text: string): boolean {
  return SPACE.test(text.charAt(0)) || SPACE.test(text.charAt(text.length - 1))
}
