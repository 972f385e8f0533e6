import { ServiceError } from '../app/serviceError'
import type { ImportNotes } from './importNotes'
import { detectLanguage } from './shape/detectLanguage'
import { isProse } from './shape/lineKinds'
import { readStoryShape } from './shape/readStoryShape'
import type { ShapeOptions } from './shape/storyShape'
import { paragraphBlock, type SourceBlock } from './sourceBlock'
import type { ImportedStory } from './importedStory'

// A line that starts a list item is never joined to the line before it.
const LIST_ITEM = /^(?:\d+[.)]|[-•·▪*])\s/u
// A hard-wrapped line (wire copy, e-mail) is long and ends without a sentence's end.
const WRAPPED_LINE_MIN = 50

/**
 * Reads a web page as a person copies it (plain text): one block per line, except paragraphs
 * hard-wrapped across lines (wire copy, e-mail), which are joined. The page's shape follows the
 * rules in ./shape. The language comes from the script of the text.
 * @throws ServiceError `invalid_input` when no line reads as story text.
 */
export function readPlainText(name: string, text: string, notes: ImportNotes, options: ShapeOptions): ImportedStory {
  const blocks = textBlocks(text)
  const shape = readStoryShape(blocks, notes, options)
  if (!shape.body.some((block) => isProse(block.text))) {
    throw new ServiceError('invalid_input', `No story text was found in “${name}”: no line of it reads as a paragraph of a story.`)
  }
  const language = detectLanguage(shape.body.map((block) => block.text).join('\n'))
  return { format: 'text', shape, language, languageSource: 'the script of the text', slug: '' }
}

/** Normalised lines as blocks: line breaks unified, invisible characters removed, spaces collapsed. */
export function textBlocks(text: string): SourceBlock[] {
  const clean = text
    .replace(/\r\n?/g, '\n')
    // Zero-width characters and the BOM carry nothing a story needs; no-break spaces are spaces.
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
  const blocks: SourceBlock[] = []
  for (const group of clean.split(/\n\s*\n/)) {
    const lines = group.split('\n').map((line) => line.replace(/ +/g, ' ').trim()).filter(Boolean)
    const joined = hardWrapped(lines) ? [lines.join(' ')] : lines
    blocks.push(...joined.map(paragraphBlock))
  }
  return blocks
}

/**
 * A paragraph hard-wrapped across lines: every line but the last is long and most do not end a
 * sentence, and the group reads as one paragraph: its last line ends a sentence, or most lines
 * go on in lower case. A list of headlines (each line a capitalised title without a full stop)
 * is neither.
 */
function hardWrapped(lines: string[]): boolean {
  if (lines.length < 2 || lines.some((line) => LIST_ITEM.test(line))) return false
  const inner = lines.slice(0, -1)
  const endsSentence = (line: string) => /[.!?۔؟]["”’)]*$/u.test(line)
  const open = inner.filter((line) => !endsSentence(line))
  const lowerStarts = lines.slice(1).filter((line) => /^\p{Ll}/u.test(line))
  const oneParagraph = endsSentence(lines.at(-1)!) || lowerStarts.length / (lines.length - 1) >= 0.5
  return inner.every((line) => line.length >= WRAPPED_LINE_MIN) && open.length / inner.length >= 0.6 && oneParagraph
}
