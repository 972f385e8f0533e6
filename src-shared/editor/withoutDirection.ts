type JsonNode = { attrs?: Record<string, unknown>; content?: JsonNode[] }

/**
 * A body's JSON without `attrs.dir` anywhere. The direction belongs to the story's language
 * and is applied when the body is rendered or loaded into the editor, so a language change
 * re-directs every paragraph; stored JSON never carries it.
 */
export function withoutDirection<T>(node: T): T {
  const { attrs, content, ...rest } = node as JsonNode
  const copy: JsonNode = { ...rest }
  if (attrs) {
    const { dir: _dir, ...others } = attrs
    if (Object.keys(others).length > 0) copy.attrs = others
  }
  if (content) copy.content = content.map(withoutDirection)
  return copy as T
}
