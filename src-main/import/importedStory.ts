import type { ImportFormat } from '../../src-shared/domain/importReport'
import type { StoryShape } from './shape/storyShape'

/**
 * A source read by one of the readers, before it is matched to the directory, its pictures
 * stored and its times placed in a zone: the shape of the story, its language (a BCP 47 tag),
 * where the language came from (for the report), and a slug when the source gave one.
 */
export interface ImportedStory {
  format: ImportFormat
  shape: StoryShape
  language: string
  languageSource: string
  slug: string
}
