import { textChecks, type CheckFinding } from '../../../../src-shared/checks/copyChecks'
import { countText, type TextCounts } from '../../../../src-shared/text/countText'

/** What reading a story's plain text gives: its counts and the copy-desk checks of the text. */
export interface StoryTextReport {
  counts: TextCounts
  /** `textChecks`: repeated sentences, broken capitals, doubled words and spaces (never blocking). */
  findings: CheckFinding[]
}

/** A request to the reader: `id` pairs it with its answer. */
export interface StoryTextRequest {
  id: number
  text: string
  language: string
}

/**
 * Counts and checks `text` (blocks separated by blank lines) in `language`. Pure; about half a
 * second on a 36,000-word story, so the story screen runs it in a worker (storyText.worker.ts).
 */
export function readStoryText(text: string, language: string): StoryTextReport {
  return { counts: countText(text), findings: textChecks(text, language) }
}
