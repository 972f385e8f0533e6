import mammoth from 'mammoth'
import { ServiceError } from '../app/serviceError'
import { parseDocument } from './html/dom'
import { htmlToBlocks } from './html/htmlToBlocks'
import type { ImportedStory } from './importedStory'
import type { ImportNotes } from './importNotes'
import { detectLanguage } from './shape/detectLanguage'
import { readStoryShape } from './shape/readStoryShape'
import type { ShapeOptions } from './shape/storyShape'
import type { SourcePicture } from './sourceBlock'

/**
 * Word's own styles, mapped beside mammoth's defaults (Heading 1–6, lists, bold, italic, links):
 * Title is the headline, Subtitle the standfirst, Caption a picture's caption.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => p.subtitle:fresh", "p[style-name='Caption'] => p.caption:fresh"]
const IMAGE_SRC = /^docx-image:(\d+)$/

/**
 * Reads a Word document (.docx) with mammoth: headings, paragraphs, lists, bold, italic and links
 * become the story body; Title/Subtitle/Caption styles (or the first heading) give the headline,
 * standfirst and captions; embedded pictures come with their alt text (Word's "description") and
 * go into the picture library. The byline, time and dateline lines are read as on a web page.
 * @throws ServiceError `invalid_input` when mammoth cannot read it or it has no text.
 */
export async function readDocx(name: string, bytes: Uint8Array, notes: ImportNotes, options: ShapeOptions): Promise<ImportedStory> {
  const images: SourcePicture[] = []
  let html: string
  let messages: { type: string; message: string }[]
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          const index = images.push({
            name: `${name.replace(/\.docx$/i, '')}-picture-${images.length + 1}.${image.contentType.split('/')[1] ?? 'bin'}`,
            bytes: new Uint8Array(await image.readAsBuffer()),
            href: null,
            alt: (image as { altText?: string }).altText?.trim() ?? '',
            caption: '',
            credit: '',
          })
          return { src: `docx-image:${index - 1}` }
        }),
      },
    )
    html = result.value
    messages = result.messages
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ServiceError('invalid_input', `“${name}” could not be read as a Word document (${reason.split('\n')[0]}).`)
  }
  for (const message of messages) {
    if (message.type === 'error') notes.look('body', `Word: ${message.message}`)
  }
  const root = parseDocument(`<!doctype html><html><body>${html}</body></html>`).body
  const blocks = root
    ? htmlToBlocks(root, {
        picture: (image) => {
          const index = IMAGE_SRC.exec(image.getAttribute('src') ?? '')?.[1]
          return index === undefined ? null : (images[Number(index)] ?? null)
        },
      })
    : []
  if (blocks.every((block) => !block.text && block.hint !== 'figure')) throw new ServiceError('invalid_input', `“${name}” has no text to import.`)
  attachCaptions(blocks)
  const shape = readStoryShape(blocks, notes, options)
  if (shape.body.length === 0 && !shape.headline) throw new ServiceError('invalid_input', `“${name}” has no text to import.`)
  return { format: 'docx', shape, language: detectLanguage(blocks.map((block) => block.text).join('\n')), languageSource: 'the script of the text', slug: '' }
}

/** A paragraph in Word's Caption style right after a picture is that picture's caption. */
function attachCaptions(blocks: ReturnType<typeof htmlToBlocks>): void {
  for (let index = blocks.length - 1; index > 0; index--) {
    const block = blocks[index]!
    const before = blocks[index - 1]!
    if (block.hint !== 'caption' || before.hint !== 'figure' || !before.picture) continue
    before.picture = { ...before.picture, caption: block.text }
    before.node = { ...before.node, content: block.node.content ?? [] }
    blocks.splice(index, 1)
  }
}
