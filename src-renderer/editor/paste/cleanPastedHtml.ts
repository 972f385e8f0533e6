import DOMPurify from 'dompurify'
import { convertGoogleDocs } from './googleDocs'
import { convertWordLists, trimLeadingSpace } from './wordLists'

/** The only markup a pasted story keeps; everything else is unwrapped to its text. */
const ALLOWED_TAGS = ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'a', 'ul', 'ol', 'li', 'blockquote']

/**
 * Cleans HTML from the clipboard before the editor parses it (TipTap `transformPastedHTML`):
 * Word's paragraph-lists become real nested lists, Google Docs' style-only bold and italic
 * become <strong>/<em>, then DOMPurify keeps only story markup: no styles, classes, `mso-*`,
 * `o:p`, scripts, event handlers, or `javascript:` links. Curly quotes and text are kept.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  for (const debris of doc.querySelectorAll('style, script, meta, link, title, xml, o\\:p')) debris.remove()
  convertWebBlocks(doc)
  convertWordLists(doc)
  convertGoogleDocs(doc)
  nestStrayLists(doc)
  for (const item of doc.querySelectorAll('li, p')) trimLeadingSpace(item)
  // Word spaces paragraphs with empty ones (`<p class=MsoNormal><o:p>&nbsp;</o:p></p>`).
  for (const p of doc.querySelectorAll('p')) if (!p.textContent?.trim() && !p.querySelector('br')) p.remove()
  return DOMPurify.sanitize(doc.body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    KEEP_CONTENT: true,
    ALLOW_DATA_ATTR: false,
  })
}

/** Google Docs nests a sub-list as a sibling of its parent item (`ul > ul`): move it into that item. */
function nestStrayLists(doc: Document): void {
  for (const list of doc.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol')) {
    const parentItem = list.previousElementSibling
    if (parentItem?.tagName === 'LI') parentItem.append(list)
  }
}

/**
 * Web pages put lines in <div>s and figures in tables; removing those tags would run lines
 * together. A <div> holding only text becomes a paragraph, a table row a paragraph of its
 * cells (separated by spaces), an <h1> the story's top heading level (h2).
 */
function convertWebBlocks(doc: Document): void {
  const rename = (element: Element, tag: string) => {
    const replacement = doc.createElement(tag)
    replacement.append(...element.childNodes)
    element.replaceWith(replacement)
  }
  for (const heading of doc.querySelectorAll('h1')) rename(heading, 'h2')
  for (const row of doc.querySelectorAll('tr')) {
    const cells = [...row.querySelectorAll('td, th')].map((cell) => cell.textContent?.trim() ?? '').filter(Boolean)
    const paragraph = doc.createElement('p')
    paragraph.textContent = cells.join('  ')
    row.replaceWith(paragraph)
  }
  for (const table of doc.querySelectorAll('table, tbody, thead, tfoot')) table.replaceWith(...table.childNodes)
  const blocks = 'p, div, ul, ol, li, h1, h2, h3, h4, h5, h6, blockquote, table, figure, section, article'
  for (const div of [...doc.querySelectorAll('div')].reverse()) {
    if (!div.querySelector(blocks)) rename(div, 'p')
    else div.replaceWith(...div.childNodes)
  }
}
