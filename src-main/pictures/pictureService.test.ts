import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ServiceError } from '../app/serviceError'
import { openDatabase } from '../db/openDatabase'
import type { Store } from '../db/store'
import { fixedContext } from '../testing/fixedContext'
import { makeTempDir } from '../testing/tempDir'
import { createPictureService, type PictureService } from './pictureService'

const FIXTURES = join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'pictures')
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)))

let temp: ReturnType<typeof makeTempDir>
let store: Store
let pictures: PictureService
let maxBytes = 50 * 1024 * 1024
beforeEach(() => {
  temp = makeTempDir()
  store = openDatabase(join(temp.dir, 'newsdesk.sqlite'), { appVersion: 'test' }).store
  pictures = createPictureService(store, fixedContext(), { folder: join(temp.dir, 'pictures'), maxBytes: () => maxBytes })
})
afterEach(() => {
  store.close()
  temp.remove()
  maxBytes = 50 * 1024 * 1024
})

async function refusal(add: Promise<unknown>): Promise<ServiceError> {
  try {
    await add
  } catch (error) {
    if (error instanceof ServiceError) return error
    throw error
  }
  throw new Error('the file should have been refused')
}

describe('the picture library', () => {
  it.each([
    ['plain.png', 'image/png'],
    ['plain.webp', 'image/webp'],
    ['plain.gif', 'image/gif'],
    ['plain.avif', 'image/avif'],
    ['captioned.jpg', 'image/jpeg'],
  ])('knows %s as %s from its bytes, whatever its name', async (file, mime) => {
    const picture = await pictures.add({ name: 'renamed.bin', bytes: fixture(file) })
    expect(picture).toMatchObject({ mime, width: 48, height: 32, bytes: fixture(file).length, name: 'renamed.bin' })
  })

  it('stores the same bytes once, named by their SHA-256, and returns the first picture again', async () => {
    const first = await pictures.add({ name: 'a.jpg', bytes: fixture('captioned.jpg') })
    const again = await pictures.add({ name: 'copy of a.jpg', bytes: fixture('captioned.jpg') })
    expect(again.id).toBe(first.id)
    expect(readdirSync(join(temp.dir, 'pictures'))).toEqual([first.sha256])
    expect(readFileSync(join(temp.dir, 'pictures', first.sha256))).toEqual(Buffer.from(fixture('captioned.jpg')))
    expect(store.sqlite.prepare('SELECT count(*) FROM pictures').pluck().get()).toBe(1)
    expect(pictures.file(first.id)).toEqual({ path: join(temp.dir, 'pictures', first.sha256), mime: 'image/jpeg' })
  })

  it('prefills description, credit, copyright and time from the file’s IPTC/XMP metadata', async () => {
    const picture = await pictures.add({ name: 'naqvi.jpg', bytes: fixture('captioned.jpg') })
    expect(picture).toMatchObject({
      description: 'Interior Minister Mohsin Naqvi at the National Crime Agency in London',
      credit: 'Newsdesk Photo Service',
      copyright: '© 2024 Newsdesk Photo Service',
      takenAt: '2024-05-31T15:40:00.000Z',
    })
    const plain = await pictures.add({ name: 'plain.png', bytes: fixture('plain.png') })
    expect(plain).toMatchObject({ description: '', credit: '', copyright: '', takenAt: null })
  })

  it('refuses a text file named .jpg, an empty file, an SVG and a file over the limit, each with a clear message', async () => {
    expect((await refusal(pictures.add({ name: 'photo.jpg', bytes: new TextEncoder().encode('Reporter: Awais Kiyani\n') }))).message).toBe(
      '“photo.jpg” is not a picture. Newsdesk accepts JPEG, PNG, WebP, GIF and AVIF pictures.',
    )
    expect((await refusal(pictures.add({ name: 'empty.png', bytes: new Uint8Array() }))).message).toBe('“empty.png” is empty.')
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    expect((await refusal(pictures.add({ name: 'logo.svg', bytes: svg }))).message).toContain('is a SVG file. Newsdesk accepts')
    maxBytes = 1000
    expect((await refusal(pictures.add({ name: 'big.jpg', bytes: fixture('captioned.jpg') }))).message).toBe('“big.jpg” is 1.4 KB; pictures may be at most 1000 bytes.')
    expect(store.sqlite.prepare('SELECT count(*) FROM pictures').pluck().get()).toBe(0)
  })

  it('searches description, credit and file name', async () => {
    await pictures.add({ name: 'naqvi.jpg', bytes: fixture('captioned.jpg') })
    await pictures.add({ name: 'flood.png', bytes: fixture('plain.png') })
    expect(pictures.list({ query: 'crime agency', limit: 50 }).map((p) => p.name)).toEqual(['naqvi.jpg'])
    expect(pictures.list({ query: 'FLOOD', limit: 50 }).map((p) => p.name)).toEqual(['flood.png'])
    expect(pictures.list({ query: '100%_', limit: 50 })).toEqual([])
    expect(pictures.list({ query: '', limit: 50 })).toHaveLength(2)
  })
})
