import { z } from 'zod'
import { Credit, MAX_CREDITS } from './credit'
import { LeadPicture } from './picture'
import { Headline, Instant, LanguageTag, RowId, Story, TimeZone } from './story'

/** Longest standfirst, in characters: a sanity bound, not a style rule. */
export const STANDFIRST_MAX_LENGTH = 600

/**
 * A story body as TipTap/ProseMirror JSON (`{ type: 'doc', content: [...] }`). Only its outer
 * shape is checked here; the main process parses it against the editor schema
 * (src-shared/editor/bodyExtensions.ts) and refuses anything that does not fit.
 */
export const BodyJson = z
  .object({ type: z.literal('doc'), content: z.array(z.record(z.string(), z.unknown())).optional() })
  .loose()
export type BodyJson = z.infer<typeof BodyJson>

/** An empty body: one empty paragraph. */
export const EMPTY_BODY: BodyJson = { type: 'doc', content: [{ type: 'paragraph' }] }

/**
 * Everything a reporter edits on the story screen, sent whole on every save.
 * `slugLocked` is true once the person edited the slug; until then it follows the headline.
 * The dateline time is an exact instant; `datelineZone` is the IANA zone it is shown in.
 * `ednote` is internal: it is never exported.
 */
export const StoryFields = z.object({
  headline: Headline,
  standfirst: z.string().trim().max(STANDFIRST_MAX_LENGTH),
  slug: z.string().trim().max(100),
  slugLocked: z.boolean(),
  section: z.string().trim().max(80),
  tags: z.array(z.string().trim().min(1).max(60)).max(30),
  language: LanguageTag,
  datelinePlace: z.string().trim().max(120),
  datelineAt: Instant.nullable(),
  datelineZone: TimeZone.nullable(),
  deadlineAt: Instant.nullable(),
  wordTarget: z.number().int().positive().max(100_000).nullable(),
  ednote: z.string().max(10_000),
  body: BodyJson,
  /** Bylines and credit lines, in order (src-shared/text/byline.ts renders them). */
  credits: z.array(Credit).max(MAX_CREDITS),
  /** The reporter the story is assigned to, from the staff directory. */
  assigneeId: RowId.nullable(),
  lead: LeadPicture.nullable(),
})
export type StoryFields = z.infer<typeof StoryFields>

/** A whole story: its list summary, every field, and the derived HTML and counts. */
export const StoryDetail = Story.extend({
  ...StoryFields.shape,
  language: z.string(),
  bodyHtml: z.string(),
  /** The body as plain text (blocks separated by a blank line, captions left out). */
  bodyText: z.string(),
  characterCount: z.number().int().nonnegative(),
})
export type StoryDetail = z.infer<typeof StoryDetail>

/**
 * A story as a save answers it: everything but the body and what is derived from its text
 * (`body`, `bodyHtml`, `bodyText`). The editor holds the body; sending a 36,000-word story
 * back three ways after every autosave cost the page more than the save (issue 8, P1).
 */
export const SavedStory = StoryDetail.omit({ body: true, bodyHtml: true, bodyText: true })
export type SavedStory = z.infer<typeof SavedStory>

/** The fields a save sends beside the body (the body goes whole or as a `BodyPatch`). */
export const FieldsBesideBody = StoryFields.omit({ body: true })
export type FieldsBesideBody = z.infer<typeof FieldsBesideBody>

/**
 * Why a revision exists: an autosave (consecutive ones may be merged), a checkpoint (a save the
 * person asked for, Ctrl+S: never merged), a save refused as stale (the loser's text), or a restore.
 */
export const RevisionKind = z.enum(['save', 'checkpoint', 'conflict', 'restore'])

/** One entry of a story's history, without its text. */
export const RevisionSummary = z.object({
  id: RowId,
  storyId: RowId,
  storyVersion: z.number().int().nonnegative(),
  kind: RevisionKind,
  headline: z.string(),
  wordCount: z.number().int().nonnegative(),
  createdAt: Instant,
  createdBy: z.string(),
  /** The author's name from the directory, or their actor id when they are not in it. */
  createdByName: z.string(),
  updatedAt: Instant,
})
export type RevisionSummary = z.infer<typeof RevisionSummary>

/** A revision with the fields it saved and their HTML, for reading and comparing. */
export const Revision = RevisionSummary.extend({ fields: StoryFields.extend({ language: z.string() }), bodyHtml: z.string() })
export type Revision = z.infer<typeof Revision>

/** The editable fields of a stored story, as the save channel takes them back. */
export function fieldsOf(story: StoryDetail): StoryFields {
  return {
    headline: story.headline,
    standfirst: story.standfirst,
    slug: story.slug,
    slugLocked: story.slugLocked,
    section: story.section,
    tags: story.tags,
    language: story.language,
    datelinePlace: story.datelinePlace,
    datelineAt: story.datelineAt,
    datelineZone: story.datelineZone,
    deadlineAt: story.deadlineAt,
    wordTarget: story.wordTarget,
    ednote: story.ednote,
    body: story.body,
    credits: story.credits,
    assigneeId: story.assigneeId,
    lead: story.lead,
  }
}
