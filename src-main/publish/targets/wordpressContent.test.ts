import { describe, expect, it } from 'vitest'
import type { DeliveryPicture } from './publishTarget'
import { PublishFailure } from './publishFailure'
import { picturesShown, postContent, type MediaOnSite } from './wordpressContent'
import { wordpressGmt } from './wordpressTarget'

const picture = (pictureId: string, words: Partial<DeliveryPicture> = {}): DeliveryPicture => ({
  pictureId, filePath: `/pictures/${pictureId}`, fileName: `${pictureId}.jpg`, mime: 'image/jpeg', caption: '', alt: '', credit: '', ...words,
})
const onSite = new Map<string, MediaOnSite>([
  ['a', { id: '11', sourceUrl: 'https://site.example/uploads/a.jpg' }],
  ['b', { id: '12', sourceUrl: 'https://site.example/uploads/b.jpg?v=1&w=2' }],
])

describe('postContent', () => {
  it('puts the story mark first and wraps a bare placeholder in a figure with caption and credit', () => {
    const html = postContent('s-1', '<p>Text.</p><img src="newsdesk-picture:a">', [picture('a', { caption: 'Rally & march <2024>', alt: 'Crowd', credit: 'AP' })], onSite)
    expect(html).toBe('<!-- newsdesk-story:s-1 -->\n<p>Text.</p><figure class="wp-block-image"><img src="https://site.example/uploads/a.jpg" alt="Crowd" class="wp-image-11"/><figcaption>Rally &amp; march &lt;2024&gt; <small class="credit">AP</small></figcaption></figure>')
  })

  it("keeps the body's own figure and figcaption, and the tag's own alt text", () => {
    const body = `<figure data-picture-id="b"><img alt='Tents "by" the canal' src='newsdesk-picture:b'><figcaption>Camp</figcaption></figure>`
    expect(postContent('s-1', body, [picture('b', { alt: 'unused', caption: 'unused' })], onSite)).toBe(
      '<!-- newsdesk-story:s-1 -->\n<figure data-picture-id="b"><img src="https://site.example/uploads/b.jpg?v=1&amp;w=2" alt="Tents &quot;by&quot; the canal" class="wp-image-12"/><figcaption>Camp</figcaption></figure>',
    )
  })

  it('leaves other pictures alone and leaves out an empty figcaption', () => {
    const html = postContent('s-1', '<img src="https://elsewhere.example/x.png" alt="x"><img src=newsdesk-picture:a>', [picture('a')], onSite)
    expect(html).toContain('<img src="https://elsewhere.example/x.png" alt="x">')
    expect(html).toContain('<figure class="wp-block-image"><img src="https://site.example/uploads/a.jpg" alt="" class="wp-image-11"/></figure>')
  })

  it('refuses a placeholder for a picture that is not listed', () => {
    expect(() => postContent('s-1', '<img src="newsdesk-picture:zzz">', [], onSite)).toThrow(PublishFailure)
  })

  it('lists the pictures a body shows', () => {
    expect(picturesShown('<img src="newsdesk-picture:a"><p>x</p><IMG SRC=\'newsdesk-picture:b\'><img src="media/c">')).toEqual(['a', 'b'])
  })
})

describe('wordpressGmt', () => {
  it('writes the instant in UTC without offset, whatever zone it was written in', () => {
    expect(wordpressGmt('2024-03-10T04:00:00.000Z')).toBe('2024-03-10T04:00:00')
    expect(wordpressGmt('2024-03-10T09:00:00+05:00')).toBe('2024-03-10T04:00:00')
    expect(wordpressGmt('2024-03-10T04:00:00')).toBe('2024-03-10T04:00:00')
  })

  it('refuses a time that is not one', () => {
    expect(() => wordpressGmt('10/03/2024 nine')).toThrow(/not a valid time/)
  })
})
