import { getText } from '@tiptap/core'
import { Node, type Schema } from '@tiptap/pm/model'
import { RowId } from '../../src-shared/domain/story'
import { BODY_TEXT_OPTIONS, type TextDirection } from '../../src-shared/editor/bodyExtensions'
import { withoutDirection } from '../../src-shared/editor/withoutDirection'
import { countText } from '../../src-shared/text/countText'
import { ServiceError } from '../app/serviceError'

/** A top-level block of a body as JSON (`{ type: 'paragraph', content: [...] }`). */
export type JsonBlock = Record<string, unknown>

/**
 * What a save derives from a body, or from one of its blocks (a body's are its blocks' joined,
 * see `prepareBody`).
 */
export interface DerivedFromBody {
  /** Semantic HTML, as the editor's own `getHTML()` gives it. */
  html: string
  /** Plain text as `getText(body, BODY_TEXT_OPTIONS)` writes it: blocks a blank line apart (so paragraphs always separate words); a block's without the separator before it. */
  text: string
  /** `countText(text)`. */
  words: number
  characters: number
  /** Library ids of the pictures of the figures, in order. */
  pictureIds: string[]
  /** The figures' captions as plain text, in order (for search). */
  captions: string[]
}

/** One top-level block of a story body, checked against the schema, with everything a save derives from it. */
export interface PreparedBlock extends DerivedFromBody {
  node: Node
  /** The block as stored: the schema's JSON, without `dir`. Shared: never change it. */
  json: JsonBlock
}

/** What `prepareBlocks` needs besides the blocks: how to clean a block's JSON and render a node. */
export interface BlockPreparation {
  schema: Schema
  direction: TextDirection
  /** The block's JSON with what may not be stored removed (e.g. unsafe links). */
  clean: (json: JsonBlock) => JsonBlock
  render: (node: Node) => string
}

/** Blocks kept, newest last; a 36,000-word story has about 700, so a few long stories fit. */
const LIMIT = 5000
const prepared = new Map<string, PreparedBlock>()
/** The cache key of a stored block's JSON object (one `PreparedBlock.json`), so a body made of them needs no key built. */
const keyOfStored = new WeakMap<JsonBlock, { direction: TextDirection; key: string }>()

/**
 * The body's top-level blocks, each checked, rendered, read and counted once and reused by
 * later saves of the same block (keyed by direction and the block's cleaned JSON; a block
 * object that came out of this cache is known by identity, without building its key). An
 * autosave changes a paragraph or two: parsing, rendering and counting the whole body again
 * was most of a save (issue 8, P2 profile). ProseMirror nodes are immutable, so a node is
 * safely part of many documents.
 * @throws ServiceError `invalid_input` for a block that is not of the schema.
 */
export function prepareBlocks(content: readonly JsonBlock[], how: BlockPreparation): PreparedBlock[] {
  const blocks = content.map((json) => {
    const known = keyOfStored.get(json)
    let cleaned: JsonBlock | undefined
    const key = known?.direction === how.direction ? known.key : `${how.direction}\u0000${JSON.stringify((cleaned = how.clean(json)))}`
    let block = prepared.get(key)
    if (block) prepared.delete(key)
    // A stored block (known) is clean already.
    else block = prepareBlock(cleaned ?? json, how)
    prepared.set(key, block)
    keyOfStored.set(block.json, { direction: how.direction, key })
    return block
  })
  while (prepared.size > LIMIT) prepared.delete(prepared.keys().next().value!)
  return blocks
}

function prepareBlock(json: JsonBlock, how: BlockPreparation): PreparedBlock {
  let node: Node
  try {
    node = Node.fromJSON(how.schema, json)
    node.check()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ServiceError('invalid_input', `The story body is not a valid document (${reason}).`)
  }
  // Alone in a document, a block is read as it is as the first block of a body: getText puts the
  // separator before every block but the one at position 0, nested blocks included.
  const text = getText(how.schema.topNodeType.create(null, node), BODY_TEXT_OPTIONS)
  return { node, json: withoutDirection(node.toJSON() as JsonBlock), html: how.render(node), text, ...countText(text), ...figuresOf(node) }
}

/**
 * The figures in `node` (itself included), in order: their pictures' library ids and their
 * captions as plain text (empty captions left out).
 * @throws ServiceError `invalid_input` for a figure without a valid picture id.
 */
export function figuresOf(node: Node): { pictureIds: string[]; captions: string[] } {
  const pictureIds: string[] = []
  const captions: string[] = []
  const visit = (child: Node) => {
    if (child.type.name !== 'figure') return child.isBlock
    const id = child.attrs['pictureId']
    if (!RowId.safeParse(id).success) throw new ServiceError('invalid_input', 'A picture in the story body has no valid picture id.')
    pictureIds.push(id as string)
    if (child.textContent) captions.push(child.textContent)
    return false
  }
  if (visit(node)) node.descendants(visit)
  return { pictureIds, captions }
}
