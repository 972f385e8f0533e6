import { z } from 'zod'

/**
 * Where a story stands on the desk (DESIGN.md, "The job, end to end", step 4).
 * Transitions between them are defined by the workflow, not here.
 */
export const STORY_STATES = [
  'draft',
  'submitted',
  'editing',
  'ready',
  'published',
  'returned',
  'spiked',
  'corrected',
  'unpublished',
] as const

export const StoryState = z.enum(STORY_STATES)
export type StoryState = z.infer<typeof StoryState>

/**
 * True once a story has been on the site: its slug is then its web address (WordPress's post
 * name, the ninjs `slugline`), so it no longer follows the headline nor takes edits, and a
 * correction keeps readers' links working.
 */
export function slugIsFixed(state: StoryState): boolean {
  return state === 'published' || state === 'corrected' || state === 'unpublished'
}

/** Longest headline the store accepts, in UTF-16 code units (a sanity bound, not the style limit). */
export const HEADLINE_MAX_LENGTH = 300

/** A row id: a UUIDv7 string, made on the workstation that created the row (DESIGN.md, "Storage"). */
export const RowId = z.uuid({ version: 'v7', error: 'must be a UUIDv7 id' })

/** An exact instant: ISO 8601 in UTC with a `Z` suffix, e.g. `2024-06-01T08:23:00.000Z`. */
export const Instant = z.iso.datetime({ offset: false, error: 'must be an ISO 8601 UTC time' })

/** Control characters and bidi embedding/override/isolate marks: invisible, and a way to disguise text. */
// eslint-disable-next-line no-control-regex
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u

/**
 * A headline as typed: surrounding whitespace is trimmed; empty means "not written yet".
 * One line: control characters (line breaks included) and bidi overrides are refused.
 */
export const Headline = z
  .string()
  .trim()
  .max(HEADLINE_MAX_LENGTH, `must be at most ${HEADLINE_MAX_LENGTH} characters`)
  .refine((text) => !INVISIBLE_CONTROLS.test(text), 'must be one line without control characters')

/** A BCP 47 language tag such as `en`, `ur` or `en-GB`, in its canonical form. */
export const LanguageTag = z
  .string()
  .trim()
  .min(2, 'must be a language tag such as en or ur')
  .max(35)
  .transform((tag, ctx) => {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? tag
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${tag}" is not a BCP 47 language tag` })
      return z.NEVER
    }
  })

/** An IANA time zone name such as `Asia/Karachi` (or `UTC`). */
export const TimeZone = z.string().refine(isTimeZone, 'must be an IANA time zone such as Asia/Karachi')

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone.length > 0
  } catch {
    return false
  }
}

/**
 * A story as the desk sees it. `version` starts at 1 and goes up by one on every save;
 * a save naming an older version is refused (optimistic concurrency).
 * `createdBy`/`updatedBy` name the actor who made the change.
 */
export const Story = z.object({
  id: RowId,
  headline: z.string(),
  slug: z.string(),
  section: z.string(),
  language: z.string(),
  state: StoryState,
  version: z.number().int().positive(),
  wordCount: z.number().int().nonnegative(),
  wordTarget: z.number().int().positive().nullable(),
  deadlineAt: Instant.nullable(),
  /** The rendered byline ("By News Desk"), empty without an author credit. */
  byline: z.string(),
  assigneeId: RowId.nullable(),
  createdAt: Instant,
  createdBy: z.string(),
  updatedAt: Instant,
  updatedBy: z.string(),
  /** Comments not yet resolved. */
  openComments: z.number().int().nonnegative(),
  /** In search results: where the story matched, matches between U+0001 and U+0002. */
  snippet: z.string().optional(),
})
export type Story = z.infer<typeof Story>

/** One page of the story list, newest change first. `total` counts every live story. */
export const StoryPage = z.object({
  stories: z.array(Story),
  total: z.number().int().nonnegative(),
})
export type StoryPage = z.infer<typeof StoryPage>

/** Columns the story lists can be sorted by (issue 5: "sort by any column"). */
export const STORY_SORT_COLUMNS = ['updated', 'headline', 'byline', 'slug', 'section', 'state', 'words', 'deadline'] as const
export const StorySort = z.object({ column: z.enum(STORY_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) })
export type StorySort = z.infer<typeof StorySort>

/** Narrowing of the story lists; every field optional. Deadlines are instants, `deadlineTo` inclusive. */
export const StoryFilters = z.object({
  section: z.string().trim().max(80).optional(),
  assigneeId: RowId.optional(),
  language: z.string().trim().max(35).optional(),
  deadlineFrom: Instant.optional(),
  deadlineTo: Instant.optional(),
})
export type StoryFilters = z.infer<typeof StoryFilters>
