import type { BodyJson } from '../src-shared/domain/storyDraft'
import { mulberry32 } from '../src-main/testing/mulberry32'


const WORDS = ('the of and to in a said on for that with was as by at from officials government people city year week new minister ' +
  'police report meeting plan would could more than after before during under flood relief budget court senate council').split(' ')
const WORDS_PER_PARAGRAPH = 60

type JsonNode = Record<string, unknown>

/**
 * A long story body as the editor stores it (TipTap JSON): `words` words of paragraphs of
 * about 60 words, an h2 every 12 paragraphs and an h3 between, a three-item bullet list every
 * 20, a link in every 5th paragraph, bold and italic runs, and `figures` figures spread evenly
 * (each showing `pictureId`, captioned, with alt text). Seeded: the same arguments give the same body.
 * P1 and P7 use 36,000 words and 30 figures; P2 uses 5,000 words.
 */
export function longStoryBody({ words, figures, pictureId, seed = 7 }: { words: number; figures: number; pictureId: string; seed?: number }): BodyJson {
  const rnd = mulberry32(seed)
  const pick = () => WORDS[Math.floor(rnd() * WORDS.length)]!
  const sentence = (length: number) => {
    const list = Array.from({ length }, pick)
    list[0] = list[0]!.charAt(0).toUpperCase() + list[0]!.slice(1)
    return `${list.join(' ')}.`
  }
  const paragraphCount = Math.max(1, Math.round(words / WORDS_PER_PARAGRAPH))
  const figureEvery = figures > 0 ? Math.max(1, Math.floor(paragraphCount / figures)) : Infinity
  const content: JsonNode[] = []
  let figuresPlaced = 0
  for (let i = 0; i < paragraphCount; i++) {
    if (i > 0 && i % 12 === 0) content.push(heading(2, sentence(6)))
    else if (i > 0 && i % 6 === 0) content.push(heading(3, sentence(5)))
    if (i > 0 && i % 20 === 10) content.push(bulletList([sentence(8), sentence(8), sentence(8)]))
    content.push(paragraph(i, sentence, rnd))
    if (figuresPlaced < figures && i % figureEvery === Math.floor(figureEvery / 2)) {
      figuresPlaced++
      content.push({ type: 'figure', attrs: { pictureId, alt: `Picture ${figuresPlaced}: ${sentence(6)}`, credit: 'Staff photographer' }, content: [text(sentence(10))] })
    }
  }
  return { type: 'doc', content }
}

function text(value: string, marks?: JsonNode[]): JsonNode {
  return marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
}

function heading(level: number, value: string): JsonNode {
  return { type: 'heading', attrs: { level }, content: [text(value)] }
}

function bulletList(items: string[]): JsonNode {
  return { type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(item)] }] })) }
}

/** About 60 words in four sentences; some carry a link, a bold or an italic run, as copy does. */
function paragraph(index: number, sentence: (length: number) => string, rnd: () => number): JsonNode {
  const parts = [sentence(15), sentence(15), sentence(15), sentence(15)]
  const runs: JsonNode[] = [text(`${parts[0]} `)]
  if (index % 5 === 0) runs.push(text(parts[1]!, [{ type: 'link', attrs: { href: `https://example.com/story/${index}` } }]), text(' '))
  else if (rnd() < 0.3) runs.push(text(parts[1]!, [{ type: rnd() < 0.5 ? 'bold' : 'italic' }]), text(' '))
  else runs.push(text(`${parts[1]} `))
  runs.push(text(`${parts[2]} ${parts[3]}`))
  return { type: 'paragraph', content: runs }
}
