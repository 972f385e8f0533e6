import { Node, type Schema } from '@tiptap/pm/model'
import type { TextDirection } from '../../src-shared/editor/bodyExtensions'

/** A top-level block of a story body, parsed against the schema, with its HTML. */
export interface BodyBlock {
  node: Node
  html: string
}

type JsonBlock = Record<string, unknown>

/** Blocks kept, newest last; a 36,000-word story has about 700, so a few long stories fit. */
const LIMIT = 5000
const blocks = new Map<string, { node: Node; html?: string }>()

/**
 * The nodes of a body's top-level blocks, each parsed once and reused by later saves of the
 * same text (`Node.fromJSON`), keyed by direction and the block's JSON. An autosave changes a
 * paragraph or two, but parsing and rendering the whole body again was most of a save
 * (issue 8, P2 profile: fromJSON and the static HTML renderer, about 20 ms of a 5,000-word
 * story). ProseMirror nodes are immutable, so a node is safely part of many documents.
 * @throws whatever `Node.fromJSON` throws for a block that is not of the schema.
 */
export function parseBlocks(schema: Schema, direction: TextDirection, content: readonly JsonBlock[]): { keys: string[]; nodes: Node[] } {
  const keys: string[] = []
  const nodes: Node[] = []
  for (const json of content) {
    const key = `${direction}\u0000${JSON.stringify(json)}`
    let cached = blocks.get(key)
    if (cached) blocks.delete(key)
    else cached = { node: Node.fromJSON(schema, json) }
    blocks.set(key, cached)
    keys.push(key)
    nodes.push(cached.node)
  }
  while (blocks.size > LIMIT) blocks.delete(blocks.keys().next().value!)
  return { keys, nodes }
}

/**
 * The HTML of a body from its blocks' HTML (`render` for those not rendered before): the
 * static renderer writes a document as its blocks' HTML one after another, so this is the
 * same string (storyBody.test.ts holds it to a whole render).
 */
export function blocksHtml(keys: readonly string[], nodes: readonly Node[], render: (node: Node) => string): string {
  let html = ''
  keys.forEach((key, i) => {
    const cached = blocks.get(key)
    if (cached) html += cached.html ??= render(nodes[i]!)
    else html += render(nodes[i]!)
  })
  return html
}
