/**
 * Google Docs wraps a whole copy in `<b style="font-weight:normal" id="docs-internal-guid-…">`
 * (which is not bold) and marks real bold and italic with inline styles on spans
 * (`font-weight:700`, `font-style:italic`). This unwraps the wrapper and turns those styles
 * into <strong>/<em>, so only the truly bold runs stay bold once styles are stripped.
 */
export function convertGoogleDocs(doc: Document): void {
  for (const wrapper of doc.querySelectorAll('b[id^="docs-internal-guid"]')) wrapper.replaceWith(...wrapper.childNodes)
  for (const b of doc.querySelectorAll('b')) {
    if (/font-weight:\s*(normal|[1-4]00)\b/i.test(b.getAttribute('style') ?? '')) b.replaceWith(...b.childNodes)
  }
  for (const span of doc.querySelectorAll<HTMLElement>('span[style]')) {
    const style = span.getAttribute('style') ?? ''
    let inner: Node[] = [...span.childNodes]
    if (/font-style:\s*italic/i.test(style)) inner = [wrap(doc, 'em', inner)]
    if (/font-weight:\s*(bold|[6-9]00)\b/i.test(style)) inner = [wrap(doc, 'strong', inner)]
    span.replaceWith(...inner)
  }
}

function wrap(doc: Document, tag: string, nodes: Node[]): HTMLElement {
  const element = doc.createElement(tag)
  element.append(...nodes)
  return element
}
