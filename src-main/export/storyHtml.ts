import { pictureUrl } from '../../src-shared/domain/picture'
import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { renderByline } from '../../src-shared/text/byline'
import { directionOf } from '../../src-shared/text/direction'
import { cleanStoryHtml, escapeHtml, type PictureSrc } from './cleanStoryHtml'
import { creditFooterHtml } from './exportBody'
import { datelineTime } from './exportTime'
import type { PictureLookup } from './ninjs'

/** How pictures appear in the HTML. */
export interface StoryHtmlOptions {
  /** A picture's `src` from its library id. Default `media/<id>` (the workstation's path); the site passes its uploaded URL. */
  pictureSrc?: PictureSrc
  /** The library, to give the lead picture its `width`/`height` (pixels). Optional. */
  pictures?: PictureLookup
}

/**
 * The story as one semantic `<article>`, cleaned by the strict allow-list (cleanStoryHtml.ts):
 * `<header>` with `<h1>` headline, `<p class="standfirst">`, `<p class="byline">By News Desk</p>`,
 * `<p class="dateline">` with the place and `<time datetime="2024-06-01T13:23:00+05:00">`; then the
 * lead picture as `<figure class="lead-picture">` with `<figcaption>` and its credit; the body;
 * `<footer class="credits">` with the credit lines ("Reporter: Awais Kiyani").
 * What a story does not have is left out. The ednote and comments are never part of it.
 */
export function storyArticleHtml(story: StoryDetail, options: StoryHtmlOptions = {}): string {
  const pictureSrc = options.pictureSrc ?? pictureUrl
  const direction = directionOf(story.language)
  const parts = [
    `<article lang="${escapeHtml(story.language)}" dir="${direction}">`,
    headerHtml(story),
    leadPictureHtml(story, pictureSrc, options.pictures),
    story.bodyHtml,
    creditFooterHtml(story.credits),
    '</article>',
  ]
  return cleanStoryHtml(parts.join(''), { pictureSrc })
}

/**
 * The story as a whole HTML5 document (UTF-8, `lang` and `dir` from the story's language,
 * `<title>` the headline) around `storyArticleHtml`. For "Export to file…".
 */
export function storyHtml(story: StoryDetail, options: StoryHtmlOptions = {}): string {
  const language = escapeHtml(story.language)
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${directionOf(story.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(story.headline)}</title>`,
    '</head>',
    '<body>',
    storyArticleHtml(story, options),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function headerHtml(story: StoryDetail): string {
  const lines: string[] = []
  if (story.headline) lines.push(`<h1>${escapeHtml(story.headline)}</h1>`)
  if (story.standfirst) lines.push(`<p class="standfirst">${escapeHtml(story.standfirst)}</p>`)
  const byline = renderByline(story.credits)
  if (byline) lines.push(`<p class="byline">${escapeHtml(byline)}</p>`)
  const dateline = datelineHtml(story)
  if (dateline) lines.push(dateline)
  return lines.length ? `<header>${lines.join('')}</header>` : ''
}

/** `<p class="dateline"><span class="place">London</span>, <time datetime="…">1 June 2024 at 1:23 PM GMT+5</time></p>`, in the story's language. */
function datelineHtml(story: StoryDetail): string {
  const place = story.datelinePlace ? `<span class="place">${escapeHtml(story.datelinePlace)}</span>` : ''
  const when = datelineTime(story)
  const time = when ? `<time datetime="${escapeHtml(when.datetime)}">${escapeHtml(when.readable)}</time>` : ''
  if (!place && !time) return ''
  return `<p class="dateline">${[place, time].filter(Boolean).join(', ')}</p>`
}

function leadPictureHtml(story: StoryDetail, pictureSrc: PictureSrc, pictures?: PictureLookup): string {
  const lead = story.lead
  if (!lead) return ''
  const picture = pictures?.(lead.pictureId) ?? null
  const size = picture ? ` width="${picture.width}" height="${picture.height}"` : ''
  const image = `<img src="${escapeHtml(pictureSrc(lead.pictureId))}" alt="${escapeHtml(lead.alt)}"${size}>`
  const caption = lead.caption ? `<figcaption>${escapeHtml(lead.caption)}</figcaption>` : ''
  const credit = lead.credit || picture?.credit
  const creditHtml = credit ? `<small class="credit">${escapeHtml(credit)}</small>` : ''
  return `<figure class="lead-picture">${image}${caption}${creditHtml}</figure>`
}
