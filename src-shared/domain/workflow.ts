import { z } from 'zod'
import type { StaffRole } from './person'
import { Instant, RowId, StoryState } from './story'

/**
 * One allowed move of a story between desk states (DESIGN.md step 4, issue 5). The whole
 * workflow is this table: the main process refuses any move not in it, whatever the UI shows.
 * - `role`: who may make it (an `admin` may make any);
 * - `own`: only on a story the person is assigned to or bylined on;
 * - `note`: a written note is required (a return says why);
 * - `needsHeadline`: the story cannot leave draft without a headline.
 * Publishing, correcting and unpublishing are not moves: they go through the outbox.
 */
export interface Transition {
  from: StoryState
  to: StoryState
  action: string
  role: StaffRole
  own?: boolean
  note?: boolean
  needsHeadline?: boolean
}

export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'submitted', action: 'Submit', role: 'reporter', own: true, needsHeadline: true },
  { from: 'returned', to: 'submitted', action: 'Resubmit', role: 'reporter', own: true, needsHeadline: true },
  { from: 'submitted', to: 'editing', action: 'Claim', role: 'editor' },
  { from: 'submitted', to: 'returned', action: 'Return to reporter', role: 'editor', note: true },
  { from: 'editing', to: 'returned', action: 'Return to reporter', role: 'editor', note: true },
  { from: 'editing', to: 'ready', action: 'Pass to ready', role: 'editor' },
  { from: 'ready', to: 'editing', action: 'Reopen', role: 'editor' },
  { from: 'draft', to: 'spiked', action: 'Spike', role: 'editor' },
  { from: 'submitted', to: 'spiked', action: 'Spike', role: 'editor' },
  { from: 'editing', to: 'spiked', action: 'Spike', role: 'editor' },
  { from: 'returned', to: 'spiked', action: 'Spike', role: 'editor' },
  { from: 'ready', to: 'spiked', action: 'Spike', role: 'editor' },
  { from: 'spiked', to: 'draft', action: 'Restore from spike', role: 'editor' },
]

/** The moves the table offers from `state` (before role and ownership are checked). */
export function movesFrom(state: StoryState): Transition[] {
  return TRANSITIONS.filter((transition) => transition.from === state)
}

/** A recorded move: who, when, from, to, and the note. */
export const StoryMove = z.object({
  id: RowId,
  storyId: RowId,
  from: StoryState,
  to: StoryState,
  note: z.string(),
  movedAt: Instant,
  movedBy: z.string(),
  movedByName: z.string(),
})
export type StoryMove = z.infer<typeof StoryMove>
