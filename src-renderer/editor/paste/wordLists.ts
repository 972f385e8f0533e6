/**
 * Word puts list items on the clipboard as paragraphs, not lists:
 * `<p class=MsoListParagraph style="mso-list:l0 level1 lfo1">` with the bullet or number
 * in a `<span style="mso-list:Ignore">` inside `<![if !supportLists]>`; level 2 bullets are
 * a Courier "o". This rebuilds real, nested <ul>/<ol> from them and drops the markers.
 */
export function convertWordLists(doc: Document): void {
  const items = [...doc.querySelectorAll('p')].filter(isWordListItem)
  let run: HTMLParagraphElement[] = []
  for (const item of items) {
    const previous = run.at(-1)
    if (previous && nextElement(previous) !== item) {
      buildList(doc, run)
      run = []
    }
    run.push(item)
  }
  if (run.length > 0) buildList(doc, run)
}

function isWordListItem(p: HTMLParagraphElement): boolean {
  return /mso-list:\s*l\d+/i.test(p.getAttribute('style') ?? '') || /^MsoListParagraph/i.test(p.className)
}

function nextElement(element: Element): Element | null {
  let next = element.nextSibling
  // Whitespace and comments between Word's paragraphs do not break a list.
  while (next && next.nodeType !== Node.ELEMENT_NODE) next = next.nextSibling
  return next as Element | null
}

function levelOf(p: HTMLParagraphElement): number {
  const match = /level(\d+)/i.exec(p.getAttribute('style') ?? '')
  return match ? Math.max(1, Number(match[1])) : 1
}

/** Removes the marker and returns its text (`·`, `o`, `1.`, `a)`). */
function takeMarker(p: HTMLParagraphElement): string {
  let marker = ''
  const ignored = [...p.querySelectorAll('span')].filter((span) => /mso-list:\s*Ignore/i.test(span.getAttribute('style') ?? ''))
  for (const span of ignored) {
    marker ||= (span.textContent ?? '').replace(/\s+/g, '').trim()
    // The marker sits in one or two wrapper spans (the Symbol/Courier font): drop the outermost empty one.
    let outer: Element = span
    while (outer.parentElement && outer.parentElement !== p && outer.parentElement.textContent === span.textContent) outer = outer.parentElement
    outer.remove()
  }
  removeConditionalBlocks(p)
  return marker
}

/** Drops everything between `<!--[if !supportLists]-->` and `<!--[endif]-->` comments. */
function removeConditionalBlocks(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT)
  const starts: Comment[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\[if !supportLists\]/i.test((node as Comment).data)) starts.push(node as Comment)
  }
  for (const start of starts) {
    let node: ChildNode | null = start.nextSibling
    while (node && !(node.nodeType === Node.COMMENT_NODE && /\[endif\]/i.test((node as Comment).data))) {
      const next: ChildNode | null = node.nextSibling
      node.remove()
      node = next
    }
  }
}

const ORDERED_MARKER = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]$/i

function buildList(doc: Document, paragraphs: HTMLParagraphElement[]): void {
  const first = paragraphs[0]!
  const container = doc.createElement('div')
  first.before(container)
  const stack: HTMLElement[] = []
  for (const p of paragraphs) {
    const level = levelOf(p)
    const ordered = ORDERED_MARKER.test(takeMarker(p))
    while (stack.length > level) stack.pop()
    while (stack.length < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul')
      const parentItem = stack.at(-1)?.lastElementChild
      ;(parentItem ?? stack.at(-1) ?? container).append(list)
      stack.push(list)
    }
    const item = doc.createElement('li')
    const body = doc.createElement('p')
    body.append(...p.childNodes)
    trimLeadingSpace(body)
    item.append(body)
    stack.at(-1)!.append(item)
    p.remove()
  }
  container.replaceWith(...container.childNodes)
}

/** Strips spaces and no-break spaces left where the marker was. */
export function trimLeadingSpace(element: Element): void {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const trimmed = (node.textContent ?? '').replace(/^[\s\u00a0]+/, '')
    node.textContent = trimmed
    if (trimmed) return
  }
}
