import type { StoryState } from '../../../src-shared/domain/story'

/** The desk's queues: which states each shows (issue 5). "My stories" is its own view. */
export const QUEUES = [
  { id: 'desk', label: 'Desk queue', states: ['submitted', 'editing'], empty: 'Nothing is waiting for the desk. Submitted stories appear here.' },
  { id: 'ready', label: 'Ready', states: ['ready'], empty: 'No story is ready to publish.' },
  { id: 'returned', label: 'Returned', states: ['returned'], empty: 'No story is back with its reporter.' },
  { id: 'published', label: 'Published', states: ['published', 'corrected'], empty: 'Nothing has been published from this desk yet.' },
  { id: 'spiked', label: 'Spiked', states: ['spiked'], empty: 'No spiked stories.' },
  { id: 'all', label: 'All', states: [], empty: 'No stories yet.' },
] as const satisfies readonly { id: string; label: string; states: readonly StoryState[]; empty: string }[]

export type QueueId = (typeof QUEUES)[number]['id']
