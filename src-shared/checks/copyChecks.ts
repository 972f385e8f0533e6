import type { StoryFields } from '../domain/storyDraft'
import { isValidSlug } from '../text/slugify'
import { repeatedSentences } from './repeatedSentences'
import { segmentsInPieces } from './segmentsInPieces'

/** One copy-desk finding. A blocking one stops "Pass to ready" unless an editor overrides it with a reason. */
export interface CheckFinding {
  check: CheckId
  blocking: boolean
  message: string
  /** The text to find in the story (a word, a sentence), where there is one. */
  excerpt?: string
}

export type CheckId =
  | 'headline_length'
  | 'standfirst_missing'
  | 'byline_missing'
  | 'lead_caption_missing'
  | 'alt_missing'
  | 'slug_invalid'
  | 'word_count'
  | 'repeated_sentence'
  | 'broken_capitals'
  | 'doubled_word'
  | 'doubled_space'

/** Settings of the checks: the headline limit in characters, how far from the word target is "far". */
export interface CheckOptions {
  headlineMaxLength: number
  wordTargetTolerance: number
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { headlineMaxLength: 70, wordTargetTolerance: 0.25 }

/** What the checks read: the story's fields, its plain text (blocks separated by blank lines) and word count. */
export interface CheckedStory {
  fields: StoryFields
  text: string
  words: number
}

type Figure = { type?: string; attrs?: { alt?: string } ; content?: Figure[] }

/**
 * The copy-desk checks of issue 5, as pure functions of a story, run by the editor as the text
 * changes and by the main process before "Pass to ready". Blocking by default: missing byline,
 * missing alt text, invalid slug. (Spelling comes from Electron's spellchecker in the app.)
 * The same as `fieldChecks` then `textChecks`, in that order.
 */
export function runCopyChecks({ fields, text, words }: CheckedStory, options: CheckOptions = DEFAULT_CHECK_OPTIONS): CheckFinding[] {
  return [...fieldChecks(fields, words, options), ...textChecks(text, fields.language)]
}

/**
 * The checks of the story's fields and word count: cheap (no reading of the text), and the
 * only ones that block. `fields.body` is read only for its figures' alt text.
 */
export function fieldChecks(fields: StoryFields, words: number, options: CheckOptions = DEFAULT_CHECK_OPTIONS): CheckFinding[] {
  const findings: CheckFinding[] = []
  const add = finder(findings)
  const headlineLength = [...fields.headline].length
  if (headlineLength > options.headlineMaxLength) add('headline_length', false, `The headline is ${headlineLength} characters; the limit is ${options.headlineMaxLength}.`)
  if (!fields.standfirst.trim()) add('standfirst_missing', false, 'There is no standfirst.')
  if (!fields.credits.some((credit) => credit.role === 'author')) add('byline_missing', true, 'There is no byline (an author credit).')
  if (fields.lead && !fields.lead.caption.trim()) add('lead_caption_missing', false, 'The lead picture has no caption.')
  if (fields.lead && !fields.lead.alt.trim()) add('alt_missing', true, 'The lead picture has no alt text.')
  const figuresWithoutAlt = countFiguresWithoutAlt((fields.body.content ?? []) as Figure[])
  if (figuresWithoutAlt > 0) add('alt_missing', true, figuresWithoutAlt === 1 ? 'A picture in the text has no alt text.' : `${figuresWithoutAlt} pictures in the text have no alt text.`)
  if (fields.slug && !isValidSlug(fields.slug)) add('slug_invalid', true, `The slug “${fields.slug}” is not valid.`)
  if (fields.wordTarget && Math.abs(words - fields.wordTarget) > fields.wordTarget * options.wordTargetTolerance) {
    add('word_count', false, `${words} words against a target of ${fields.wordTarget}.`)
  }
  return findings
}

/**
 * The checks that read the plain text (blocks separated by blank lines) in `language`:
 * repeated sentences, broken capitals, doubled words and spaces. Never blocking. Linear in
 * the text's length, but about half a second on a 36,000-word story: the editor runs them
 * off the page's main thread (src-renderer/features/story/checkStoryText.ts).
 */
export function textChecks(text: string, language: string): CheckFinding[] {
  const findings: CheckFinding[] = []
  const add = finder(findings)
  for (const pair of repeatedSentences(text, language)) add('repeated_sentence', false, `Said twice: “${pair.first}” — “${pair.second}”`, pair.second)

  const wordSegmenter = new Intl.Segmenter(language, { granularity: 'word' })
  let previous = ''
  for (const { segment, isWordLike } of segmentsInPieces(wordSegmenter, text)) {
    if (!isWordLike) {
      if (/\n/.test(segment)) previous = ''
      continue
    }
    // Two capitals then lower case: a Shift held too long ("SAtuday"), not an acronym ("UK's").
    if (/^\p{Lu}{2}\p{Ll}{2,}$/u.test(segment)) add('broken_capitals', false, `“${segment}” has broken capitals.`, segment)
    if (previous && segment.toLocaleLowerCase() === previous.toLocaleLowerCase() && !/^\d+$/.test(segment)) add('doubled_word', false, `“${segment}” is doubled.`, `${previous} ${segment}`)
    previous = segment
  }
  for (const match of text.matchAll(/\S([ \u00a0]{2,})\S/gu)) {
    const around = text.slice(Math.max(0, (match.index ?? 0) - 20), (match.index ?? 0) + match[0].length + 20)
    add('doubled_space', false, `A doubled space: “…${around.trim()}…”`, match[0])
  }
  return findings
}

function finder(findings: CheckFinding[]) {
  return (check: CheckId, blocking: boolean, message: string, excerpt?: string) => void findings.push({ check, blocking, message, ...(excerpt ? { excerpt } : {}) })
}

function countFiguresWithoutAlt(nodes: Figure[]): number {
  return nodes.reduce((count, node) => count + (node.type === 'figure' && !node.attrs?.alt?.trim() ? 1 : 0) + countFiguresWithoutAlt(node.content ?? []), 0)
}
