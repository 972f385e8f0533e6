import type { StoryDetail } from '../../src-shared/domain/storyDraft'

/** Association name of the lead picture (ninjs `associations[].name`). */
export const LEAD_PICTURE_NAME = 'lead-picture'

/**
 * One use of a picture in a story: the lead picture, or a figure in the body. Caption, alt
 * text and credit are this use's (the library's lasting description stays on the picture).
 * `name` identifies the use in exports: `lead-picture`, or `picture-1`, `picture-2`… for the
 * body's figures in document order (the same order the body HTML has them).
 */
export interface StoryPicture {
  name: string
  kind: 'lead' | 'body'
  pictureId: string
  /** Plain text: marks (bold, italic, links) dropped, line breaks as spaces. */
  caption: string
  alt: string
  credit: string
}

type JsonNode = { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown }

/** The pictures of a story, lead picture first, then the body's figures in order. */
export function storyPictures(story: Pick<StoryDetail, 'lead' | 'body'>): StoryPicture[] {
  const pictures: StoryPicture[] = []
  if (story.lead) pictures.push({ name: LEAD_PICTURE_NAME, kind: 'lead', ...story.lead })
  let figures = 0
  for (const figure of figuresOf(story.body)) {
    figures += 1
    pictures.push({
      name: `picture-${figures}`,
      kind: 'body',
      pictureId: String(figure.attrs?.['pictureId'] ?? ''),
      caption: textOf(figure).replace(/\s+/g, ' ').trim(),
      alt: String(figure.attrs?.['alt'] ?? ''),
      credit: String(figure.attrs?.['credit'] ?? ''),
    })
  }
  return pictures
}

/** Figure nodes anywhere in the body (a figure may sit in a quote or a list item), in document order. */
function figuresOf(node: JsonNode, found: JsonNode[] = []): JsonNode[] {
  // Into one list: flatMap made an array for every node, text included (P5 profile).
  if (node.type === 'figure') found.push(node)
  else for (const child of childrenOf(node)) figuresOf(child, found)
  return found
}

function textOf(node: JsonNode): string {
  if (node.type === 'text') return String(node.text ?? '')
  if (node.type === 'hardBreak') return ' '
  return childrenOf(node).map(textOf).join('')
}

function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.content) ? (node.content as JsonNode[]) : []
}
