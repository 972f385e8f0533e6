import { describe, expect, it } from 'vitest'
import { sniffImport } from './sniffImport'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('sniffImport', () => {
  it('takes the extension as the person’s word for a text format', () => {
    const note = '{Editor’s note} The mayor said on Friday that the bridge would reopen.'
    expect(sniffImport('brace-story.txt', bytes(note))).toMatchObject({ format: 'text', text: note })
    expect(sniffImport('page.htm', bytes('Just words, no tags.'))).toMatchObject({ format: 'html' })
    expect(sniffImport('item.json', bytes('{"broken": '))).toMatchObject({ format: 'ninjs' })
    expect(sniffImport('notes.md', bytes('<p>Looks like markup</p>'))).toMatchObject({ format: 'text' })
  })

  it('sniffs the content when the name says nothing: a JSON object, markup, or text', () => {
    expect(sniffImport('item', bytes('{"uri": "urn:x", "type": "text"}'))).toMatchObject({ format: 'ninjs' })
    expect(sniffImport('clip', bytes('{Corrected} The mayor said…'))).toMatchObject({ format: 'text' })
    expect(sniffImport('saved', bytes('<!doctype html><html><body><p>x</p></body></html>'))).toMatchObject({ format: 'html' })
    expect(sniffImport('copied', bytes('Headline\n\nA paragraph.'))).toMatchObject({ format: 'text' })
  })

  it('drops a stray control character from a short note instead of calling it binary', () => {
    const sniffed = sniffImport('bell.txt', bytes('Flood warning for the Nullah Leh\u0007 as the river rises in Rawalpindi.'))
    expect(sniffed).toMatchObject({ format: 'text', text: 'Flood warning for the Nullah Leh as the river rises in Rawalpindi.' })
  })

  it('still refuses binary data: many control characters, or any NUL', () => {
    const noisy = 'ab\u0001\u0002\u0003\u0004cd'.repeat(10)
    expect(() => sniffImport('noisy.txt', bytes(noisy))).toThrow(/looks like binary data/)
    expect(() => sniffImport('nul.txt', bytes('text\u0000more'))).toThrow(/looks like binary data/)
  })
})
