import { parseHTML } from 'linkedom'

/**
 * The few DOM shapes the import reads, typed here because the main process compiles without
 * the browser's DOM library. linkedom (a DOM for Node) provides them.
 */
export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<DomNode>
}

export interface DomElement extends DomNode {
  readonly tagName: string
  readonly children: ArrayLike<DomElement>
  getAttribute(name: string): string | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  remove(): void
}

export interface DomDocument {
  readonly documentElement: DomElement
  readonly body: DomElement | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

export const TEXT_NODE = 3
export const ELEMENT_NODE = 1

/** Parses HTML into a document (linkedom: no scripts run, nothing is fetched). */
export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument
}

/** An element's text with whitespace collapsed and trimmed. */
export function textOf(element: DomNode | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** Every element matching `selector`, as an array. */
export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector))
}
