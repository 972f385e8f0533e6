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

/** A comment's text: trimmed, 1–5,000 characters. */
export const CommentBody = z.string().trim().min(1, 'is empty').max(5000)
