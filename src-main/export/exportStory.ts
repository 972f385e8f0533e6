import type { StoryDetail } from '../../src-shared/domain/storyDraft'
import { slugify } from '../../src-shared/text/slugify'
import type { PictureSrc } from './cleanStoryHtml'
import { toNinjs, type PictureLookup } from './ninjs'
import type { Publication } from './ninjsTypes'
import { storyHtml } from './storyHtml'
import { storyMarkdown } from './storyMarkdown'
import { storyText } from './storyText'
import { assertValidNinjs } from './validateNinjs'

import type { ExportedStory, ExportFormat } from '../../src-shared/domain/exportFormat'

export { EXPORT_FORMATS, type ExportedStory, type ExportFormat } from '../../src-shared/domain/exportFormat'
// File names come from the slug: `pakistan-to-welcome-uk-support.ninjs.json`, `….html`, `….md`,
// `….txt`; the media types are `application/json` (ninjs has none registered), `text/html`,
// `text/markdown`, `text/plain`. Content is text, to be written as UTF-8.

/** What an export needs besides the story. */
export interface ExportContext {
  /** The picture library, for the pictures' type, size and credit. */
  pictures: PictureLookup
  /** The version being published (ninjs only). Default: `publicationOf(story)`, for a file export. */
  publication?: Publication
  /** A picture's `src`/`href` from its id; default `media/<id>`. */
  pictureSrc?: PictureSrc
}

const FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  ninjs: { extension: '.ninjs.json', mime: 'application/json' },
  html: { extension: '.html', mime: 'text/html' },
  markdown: { extension: '.md', mime: 'text/markdown' },
  text: { extension: '.txt', mime: 'text/plain' },
}

/**
 * Renders a story in one export format. The ednote and comments never appear in any.
 * @throws InvalidNinjsError (validateNinjs.ts) when the ninjs does not validate against
 *   ninjs 2.2: the export is blocked, and the message names each failing field.
 */
export function exportStory(story: StoryDetail, format: ExportFormat, context: ExportContext): ExportedStory {
  const { extension, mime } = FILES[format]
  return { fileName: `${fileStem(story)}${extension}`, mime, content: render(story, format, context) }
}

function render(story: StoryDetail, format: ExportFormat, context: ExportContext): string {
  const pictureOptions = { pictureSrc: context.pictureSrc, pictures: context.pictures }
  switch (format) {
    case 'ninjs': {
      const document = toNinjs(story, context.publication ?? publicationOf(story), context.pictures, pictureOptions)
      assertValidNinjs(document)
      return `${JSON.stringify(document, null, 2)}\n`
    }
    case 'html':
      return storyHtml(story, pictureOptions)
    case 'markdown':
      return storyMarkdown(story, pictureOptions)
    case 'text':
      return storyText(story)
  }
}

/**
 * The publication an export describes when none is given (a story outside any store): the
 * story's saved version and its last change; `canceled` for a spiked or unpublished story.
 * The app's "Export to file…" passes `fileExportPublication`, which numbers the version as the
 * site does.
 */
export function publicationOf(story: StoryDetail): Publication {
  const withdrawn = story.state === 'unpublished' || story.state === 'spiked'
  return { version: story.version, versionCreatedAt: story.updatedAt, pubstatus: withdrawn ? 'canceled' : 'usable' }
}

/** The slug, or one made from the headline; only letters, numbers and hyphens, so any file system takes it. */
function fileStem(story: StoryDetail): string {
  const slug = story.slug || slugify(story.headline)
  return slug.replace(/[^\p{L}\p{N}\p{M}-]+/gu, '-').replace(/^-+|-+$/g, '') || 'story'
}
