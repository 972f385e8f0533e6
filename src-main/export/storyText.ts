import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { renderByline } from '../../src-shared/text/byline'
import { exportBodyText } from './exportBody'
import { datelineTime } from './exportTime'

/**
 * The story as plain text (UTF-8, `\n` line ends), the copy as a reader or a sub reads it:
 *
 * ```
 * Headline
 * Standfirst
 *
 * By News Desk
 * London, 1 June 2024 at 1:23 PM GMT+5
 *
 * Body paragraphs, separated by a blank line…
 *
 * Reporter: Awais Kiyani
 * ```
 * Pictures and their captions are left out (they are not copy, and are not counted as words).
 * What a story does not have is left out; never the ednote.
 */
export function storyText(story: StoryDetail): string {
  const top = [story.headline, story.standfirst].filter(Boolean).join('\n')
  const when = datelineTime(story)
  const dateline = [story.datelinePlace, when?.readable].filter(Boolean).join(', ')
  const credit = [renderByline(story.credits), dateline].filter(Boolean).join('\n')
  return `${[top, credit, exportBodyText(story)].filter(Boolean).join('\n\n')}\n`
}
