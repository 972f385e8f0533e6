import { getAttributesFromExtensions, getSchema, getText, resolveExtensions, splitExtensions } from '@tiptap/core'
import { Node, type Schema } from '@tiptap/pm/model'
import { escapeHTML, renderJSONContentToString, serializeChildrenToHTMLString } from '@tiptap/static-renderer/json/html-string'
import { domOutputSpecToHTMLString, mapMarkExtensionToReactNode, mapNodeExtensionToReactNode } from '@tiptap/static-renderer/pm/html-string'
import { BODY_TEXT_OPTIONS, bodyExtensions, isAllowedLink, type TextDirection } from '../../src-shared/editor/bodyExtensions'
import type { BodyJson } from '../../src-shared/domain/storyDraft'
import { countText } from '../../src-shared/text/countText'
import { withoutDirection } from '../../src-shared/editor/withoutDirection'
import { ServiceError } from '../app/serviceError'
import { figuresOf, prepareBlocks, type DerivedFromBody } from './bodyBlocks'

/** A body checked against the editor schema, with what is derived from it. */
export interface PreparedBody extends DerivedFromBody {
  /** The body as stored: schema-valid, without per-block `dir` (it follows the story's language). */
  json: BodyJson
}

const extensionsByDirection = new Map<TextDirection, ReturnType<typeof bodyExtensions>>()
const schemas = new Map<TextDirection, Schema>()
const renderers = new Map<TextDirection, (node: Node) => string>()

function extensionsFor(direction: TextDirection) {
  let extensions = extensionsByDirection.get(direction)
  if (!extensions) extensionsByDirection.set(direction, (extensions = bodyExtensions(direction)))
  return extensions
}

function schemaFor(direction: TextDirection): Schema {
  let schema = schemas.get(direction)
  if (!schema) schemas.set(direction, (schema = getSchema(extensionsFor(direction))))
  return schema
}

/**
 * A body node (the document or one block) as HTML, exactly as `renderToHTMLString({ extensions:
 * bodyExtensions(direction), content: node })` writes it. That call resolves the extensions and
 * builds its node and mark mapping every time, about 0.8 ms before it renders a thing (P2
 * profile: resolveExtensions, flattenExtensions, getAttributesFromExtensions), and an autosave
 * renders each changed block. Here the mapping is built once per direction from the
 * package's own exported parts, the steps of its renderToElement, and reused.
 */
export function staticBodyHtml(node: Node, direction: TextDirection): string {
  let render = renderers.get(direction)
  if (!render) renderers.set(direction, (render = staticRenderer(extensionsFor(direction))))
  return render(node)
}

function staticRenderer(extensions: ReturnType<typeof bodyExtensions>): (node: Node) => string {
  const resolved = resolveExtensions(extensions)
  const attributes = getAttributesFromExtensions(resolved)
  const { nodeExtensions, markExtensions } = splitExtensions(resolved)
  // renderToHTMLString's own handlers for the two types it maps itself.
  const defined = {
    doc: ({ children }: { children?: string | string[] }) => serializeChildrenToHTMLString(children),
    text: ({ node }: { node: Node }) => escapeHTML(node.text ?? ''),
  }
  const nodes = nodeExtensions.filter((extension) => !(extension.name in defined)).map((extension) => mapNodeExtensionToReactNode(domOutputSpecToHTMLString, extension, attributes))
  const marks = markExtensions.map((extension) => mapMarkExtensionToReactNode(domOutputSpecToHTMLString, extension, attributes))
  const render = renderJSONContentToString<Node['marks'][number], Node>({ nodeMapping: { ...Object.fromEntries(nodes), ...defined }, markMapping: Object.fromEntries(marks) })
  return (node) => render({ content: node })
}

/**
 * Parses a body against the shared editor schema and derives its HTML, text and counts.
 * Links with a scheme other than http(s), mailto or tel are removed (their text stays).
 * A plain document is prepared block by block (`prepareBlocks`: each block once, then reused),
 * and its values are its blocks' joined: the static renderer writes a document as its blocks'
 * HTML one after another, getText puts `BODY_TEXT_OPTIONS.blockSeparator` between blocks, and
 * that separator ends a word and is one character per line break (UAX #29 WB3a/b, GB4/5), so
 * words add up and characters add up plus the separators (storyBody.test.ts holds all of it
 * to a whole-document pass).
 * @throws ServiceError `invalid_input` when the JSON is not a document of this schema.
 */
export function prepareBody(body: BodyJson, direction: TextDirection): PreparedBody {
  const schema = schemaFor(direction)
  const render = (content: Node) => asBrowserSerializes(staticBodyHtml(content, direction))
  const content = blockContent(body)
  if (!content) return prepareWhole(withoutUnsafeLinks(withoutDirection(body)), schema, render)
  const blocks = prepareBlocks(content, { schema, direction, clean: (block) => withoutUnsafeLinks(withoutDirection(block)), render })
  const separator = BODY_TEXT_OPTIONS.blockSeparator
  let words = 0
  let characters = separator.length * (blocks.length - 1)
  for (const block of blocks) (words += block.words), (characters += block.characters)
  return {
    json: { type: 'doc', content: blocks.map((block) => block.json) },
    html: blocks.map((block) => block.html).join(''),
    text: blocks.map((block) => block.text).join(separator),
    words,
    characters,
    pictureIds: blocks.flatMap((block) => block.pictureIds),
    captions: blocks.flatMap((block) => block.captions),
  }
}

/** A body that is not a plain list of blocks (empty, or with attributes of its own), in one pass. */
function prepareWhole(clean: BodyJson, schema: Schema, render: (node: Node) => string): PreparedBody {
  let doc: Node
  try {
    doc = Node.fromJSON(schema, clean)
    doc.check()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ServiceError('invalid_input', `The story body is not a valid document (${reason}).`)
  }
  const text = getText(doc, BODY_TEXT_OPTIONS)
  return { json: withoutDirection(doc.toJSON() as BodyJson), html: render(doc), text, ...countText(text), ...figuresOf(doc) }
}

/**
 * Writes the HTML the way a browser's innerHTML does (HTML spec, "serializing HTML fragments"):
 * void elements without a closing slash, no-break spaces as `&nbsp;`. So the stored HTML is
 * byte for byte what the editor's own getHTML() gives.
 */
function asBrowserSerializes(html: string): string {
  return html.replace(/<(img|br)((?:\s+[\w:-]+="[^"]*")*)\s*\/>/g, '<$1$2>').replaceAll('\u00a0', '&nbsp;')
}

type JsonNode = { attrs?: Record<string, unknown>; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: JsonNode[] }

/** The top-level blocks of a plain document (`{type: 'doc', content: [...]}`, nothing else), or null. */
function blockContent(body: BodyJson): Record<string, unknown>[] | null {
  const { type, content, ...rest } = body as { type?: unknown; content?: unknown }
  if (type !== 'doc' || !Array.isArray(content) || content.length === 0 || Object.keys(rest).length > 0) return null
  return content.every((block) => typeof block === 'object' && block !== null && !Array.isArray(block)) ? (content as Record<string, unknown>[]) : null
}

function withoutUnsafeLinks<T>(node: T): T {
  const { marks, content, ...rest } = node as JsonNode
  const copy: JsonNode = { ...rest }
  if (marks) copy.marks = marks.filter((mark) => mark.type !== 'link' || isAllowedLink(String(mark.attrs?.['href'] ?? '')))
  if (content) copy.content = content.map(withoutUnsafeLinks)
  return copy as T
}
