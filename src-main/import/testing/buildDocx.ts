import JSZip from 'jszip'

/** A run of text in a Word paragraph: plain, or bold, italic, a link. */
export type DocxRun = string | { text: string; bold?: boolean; italic?: boolean; link?: string }

/** A Word paragraph in a style, a list item, or a picture with its alt text (Word's "description"). */
export type DocxBlock =
  | { style?: 'Title' | 'Subtitle' | 'Heading1' | 'Heading2' | 'Caption'; runs: DocxRun[] }
  | { list: 'bullet' | 'number'; runs: DocxRun[] }
  | { picture: Uint8Array; alt: string }

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture'
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
const STYLES: [id: string, name: string][] = [['Title', 'Title'], ['Subtitle', 'Subtitle'], ['Heading1', 'heading 1'], ['Heading2', 'heading 2'], ['Caption', 'caption'], ['ListParagraph', 'List Paragraph']]

/**
 * Writes a minimal but complete Word document (.docx: an Office Open XML zip with content
 * types, relationships, styles, numbering and the document) for tests, so no binary fixture
 * is committed and each test shows the Word content it imports. PNG pictures only.
 */
export async function buildDocx(blocks: readonly DocxBlock[]): Promise<Uint8Array> {
  const zip = new JSZip()
  const relationships: string[] = [rel('rIdStyles', 'styles', 'styles.xml'), rel('rIdNumbering', 'numbering', 'numbering.xml')]
  const body: string[] = []
  let pictures = 0
  const linkId = (href: string) => {
    const id = `rIdLink${relationships.length}`
    relationships.push(`<Relationship Id="${id}" Type="${R}/hyperlink" Target="${escape(href)}" TargetMode="External"/>`)
    return id
  }
  for (const block of blocks) {
    if ('picture' in block) {
      pictures++
      zip.file(`word/media/picture${pictures}.png`, block.picture)
      relationships.push(rel(`rIdPicture${pictures}`, 'image', `media/picture${pictures}.png`))
      body.push(`<w:p><w:r><w:drawing>${drawing(pictures, block.alt)}</w:drawing></w:r></w:p>`)
      continue
    }
    const properties = 'list' in block
      ? `<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${block.list === 'bullet' ? 1 : 2}"/></w:numPr></w:pPr>`
      : block.style ? `<w:pPr><w:pStyle w:val="${block.style}"/></w:pPr>` : ''
    body.push(`<w:p>${properties}${block.runs.map((item) => run(item, linkId)).join('')}</w:p>`)
  }
  zip.file('[Content_Types].xml', contentTypes())
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`)
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}">${relationships.join('')}</Relationships>`)
  zip.file('word/styles.xml', styles())
  zip.file('word/numbering.xml', numbering())
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}"><w:body>${body.join('')}</w:body></w:document>`)
  return zip.generateAsync({ type: 'uint8array' })
}

function run(item: DocxRun, linkId: (href: string) => string): string {
  const { text, bold, italic, link } = typeof item === 'string' ? { text: item } : item
  const properties = bold || italic ? `<w:rPr>${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}</w:rPr>` : ''
  const xml = `<w:r>${properties}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`
  return link ? `<w:hyperlink r:id="${linkId(link)}">${xml}</w:hyperlink>` : xml
}

function drawing(index: number, alt: string): string {
  return (
    `<wp:inline><wp:extent cx="914400" cy="609600"/><wp:docPr id="${index}" name="Picture ${index}" descr="${escape(alt)}"/>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}"><pic:nvPicPr><pic:cNvPr id="${index}" name="picture${index}.png" descr="${escape(alt)}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="rIdPicture${index}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline>`
  )
}

function styles(): string {
  const style = ([id, name]: [string, string]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${STYLES.map(style).join('')}</w:styles>`
}

function numbering(): string {
  const abstract = (id: number, format: string) =>
    `<w:abstractNum w:abstractNumId="${id}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${format === 'bullet' ? '•' : '%1.'}"/></w:lvl></w:abstractNum>`
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${abstract(0, 'bullet')}${abstract(1, 'decimal')}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`
}

function contentTypes(): string {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml'
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
    `<Override PartName="/word/document.xml" ContentType="${main}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${main}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${main}.numbering+xml"/></Types>`
  )
}

function rel(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
