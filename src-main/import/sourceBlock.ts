/**
 * The building blocks every reader (plain text, HTML, Word, ninjs) turns its source into before
 * the shape of the story is worked out: a block of text with its story-body JSON.
 */

/** A TipTap/ProseMirror JSON node as the story body stores it (src-shared/editor/bodyExtensions.ts). */
export interface JsonNode {
  type: string
  attrs?: Record<string, unknown>
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  content?: JsonNode[]
  text?: string
}

/**
 * A picture in the source. `bytes` when the file carried it (a Word image, a `data:` URI),
 * else a reference (`href` or nothing) a person must find. `alt`, `caption`, `credit` as the source gave them.
 */
export interface SourcePicture {
  name: string
  bytes: Uint8Array | null
  href: string | null
  alt: string
  caption: string
  credit: string
}

/** What the source itself said a block is: a title, a subtitle, a caption style, a figure… */
export type BlockHint = 'headline' | 'standfirst' | 'caption' | 'heading' | 'figure' | 'list' | 'quote'

/**
 * One block of the source in reading order. `text` is its plain text with whitespace collapsed
 * and trimmed, exactly the concatenation of its text nodes (so a dateline can be cut by length).
 */
export interface SourceBlock {
  text: string
  node: JsonNode
  hint?: BlockHint
  /** For a figure: the picture it shows. */
  picture?: SourcePicture
}

/** A paragraph block of plain text. */
export function paragraphBlock(text: string): SourceBlock {
  return { text, node: { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] } }
}

/**
 * Removes the first `count` characters of a paragraph's text (a dateline), across text nodes and
 * marks, then any spaces left at its start. Other block types are returned as they are.
 */
export function withoutLeadingText(block: SourceBlock, count: number): SourceBlock {
  if (block.node.type !== 'paragraph' || !block.node.content) return block
  let left = count
  const content: JsonNode[] = []
  for (const child of block.node.content) {
    if (left > 0 && child.type === 'text' && child.text) {
      const cut = Math.min(left, child.text.length)
      left -= cut
      const rest = child.text.slice(cut)
      if (rest) content.push({ ...child, text: rest })
      continue
    }
    // A hard break reads as one space in the block's text.
    if (left > 0 && child.type === 'hardBreak' && left--) continue
    content.push(child)
  }
  const first = content[0]
  if (first?.type === 'text' && first.text) {
    const trimmed = first.text.replace(/^\s+/, '')
    if (trimmed) content[0] = { ...first, text: trimmed }
    else content.shift()
  }
  return { ...block, text: block.text.slice(count).trimStart(), node: { ...block.node, content } }
}
