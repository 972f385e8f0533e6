import { z } from 'zod'
import { Instant, RowId } from './story'

/** A comment on a story, for the desk only: comments are never exported or published. */
export const StoryComment = z.object({
  id: RowId,
  storyId: RowId,
  body: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: Instant,
  updatedAt: Instant,
  resolvedAt: Instant.nullable(),
})
export type StoryComment = z.infer<typeof StoryComment>

/**
 * Control characters other than tab and line breaks: a NUL ends a string for SQLite's length(),
 * so "\u0000" passed `min(1)` here and then broke the table's CHECK (an `internal` error, found by
 * the reliability fuzz). Nobody types them; a paste can carry them.
 */
// eslint-disable-next-line no-control-regex
const STRAY_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/** A comment's text: trimmed, 1–5,000 characters, lines and tabs but no other control characters. */
export const CommentBody = z.string().trim().min(1, 'is empty').max(5000).refine((text) => !STRAY_CONTROLS.test(text), 'must not contain control characters')
