import type { StoryState } from '../../../src-shared/domain/story'

/** The desk's queues: which states each shows (issue 5). "My stories" is its own view. */
export const QUEUES = [
  { id: 'desk', label: 'Desk queue', states: ['submitted', 'editing'] },
  { id: 'ready', label: 'Ready', states: ['ready'] },
  { id: 'returned', label: 'Returned', states: ['returned'] },
  { id: 'published', label: 'Published', states: ['published', 'corrected'] },
  { id: 'spiked', label: 'Spiked', states: ['spiked'] },
  { id: 'all', label: 'All', states: [] },
] as const satisfies readonly { id: string; label: string; states: readonly StoryState[] }[]

export type QueueId = (typeof QUEUES)[number]['id']
