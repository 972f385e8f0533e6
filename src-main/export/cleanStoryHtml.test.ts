import fc from 'fast-check'
import sanitizeHtml from 'sanitize-html'
import { describe, expect, it } from 'vitest'
import type { Credit } from '../../src-shared/domain/credit'
import { cleanStoryHtml, type CleanOptions } from './cleanStoryHtml'
import { creditFooterHtml } from './exportBody'

/**
 * cleanStoryHtml as it was before its options were built once (issue 8, P5): a new options
 * object, transform closures and counters on every call. The cleaner must still agree with it.
 */
function cleanedBefore(html: string, options: CleanOptions): string {
  let figures = 0
  let pictureId: string | null = null
  return sanitizeHtml(html, {
    allowedTags: ['article', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'figure', 'img', 'figcaption', 'small', 'time', 'span'],
    allowedAttributes: { '*': ['dir', 'lang'], a: ['href', 'rel'], img: ['src', 'alt', 'width', 'height'], time: ['datetime'], ol: ['start'], figure: ['data-assoc-ref'] },
    allowedClasses: { p: ['standfirst', 'byline', 'dateline'], span: ['place'], figure: ['lead-picture'], small: ['credit'], footer: ['credits'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https', ...(options.pictureSchemes ?? [])] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      figure: (tagName, attribs) => {
        pictureId = attribs['data-picture-id'] ?? null
        if (!pictureId) return { tagName, attribs }
        figures += 1
        return { tagName, attribs: options.associationRefs ? { ...attribs, 'data-assoc-ref': `picture-${figures}` } : attribs }
      },
      img: (tagName, attribs) => {
        if (!pictureId) return { tagName, attribs }
        const src = options.pictureSrc(pictureId)
        pictureId = null
        return { tagName, attribs: { ...attribs, src } }
      },
    },
  })
}

const OPTIONS: CleanOptions[] = [
  { pictureSrc: (id) => `media/${id}` },
  { pictureSrc: (id) => `media/${id}`, associationRefs: true },
  { pictureSrc: (id) => `newsdesk-picture:${id}`, pictureSchemes: ['newsdesk-picture'] },
  { pictureSrc: (id) => `https://news.example.com/${id}.jpg`, associationRefs: true, pictureSchemes: ['data'] },
]

const FRAGMENTS = [
  '<p dir="ltr">Plain &amp; simple &nbsp; “quoted” <br></p>',
  '<figure data-picture-id="p1" dir="rtl"><img src="media/p1" alt="a &quot;b&quot;"><figcaption>One</figcaption><small class="credit other">C</small></figure>',
  '<figure data-picture-id=""><img src="x"></figure><figure><img src="javascript:alert(1)"></figure><img src="data:image/png;base64,AA">',
  '<figure data-picture-id="p2"><figure data-picture-id="p3"><img></figure><img src="//evil.example/x.png"></figure>',
  '<script>alert(1)</script><style>p{}</style><textarea><p>x</p></textarea><img src=x onerror=alert(1)>',
  '<a href="JaVaScRiPt:alert(1)" onclick="x">a</a><a href="java\tscript:x">b</a><a href="mailto:a@b.c" target="_blank">c</a>',
  '<p class="standfirst byline evil" style="color:red" lang="ur">x</p><ol start="2" type="a"><li>i</li></ol><time datetime="2024">t</time>',
  '<svg><script>alert(1)</script></svg><math><mi>x</mi></math><iframe src="https://x"></iframe><!-- comment --><![CDATA[x]]>',
  '<p>unclosed <strong>bold <em>both</p> after</strong> <figure data-picture-id="p4"><img',
  '<article lang="en" dir="ltr"><header><h1>H &lt;1&gt;</h1></header><footer class="credits"><p>Reporter: A &amp; B</p></footer></article>',
]

/** Markup made of story tags, hostile tags, attributes and text, in any order and nesting. */
const markup = fc
  .array(
    fc.oneof(
      fc.constantFrom('<p dir="ltr">', '</p>', '<figure data-picture-id="p9">', '</figure>', '<img src="media/p9" alt="x">', '<a href="https://e.com/?a=1&b=2">', '</a>', '<br>'),
      fc.constantFrom('<script>', '</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:x">', '<span class="place x">', '<small class="credit">', '</small>'),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('&amp;', '&lt;', '&nbsp;', '&#39;', '&bogus;', '&', '"', "'", '<', '>', '\u0000', '\r\n'),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''))

describe('cleanStoryHtml', () => {
  it.each(OPTIONS.map((options, index) => ({ options, index })))('cleans as it did before, options $index', ({ options }) => {
    for (const html of FRAGMENTS) expect(cleanStoryHtml(html, options)).toBe(cleanedBefore(html, options))
    fc.assert(fc.property(markup, (html) => cleanStoryHtml(html, options) === cleanedBefore(html, options)), { numRuns: 300 })
  })

  it('numbers the figures of each call from 1, even when pictureSrc cleans HTML of its own', () => {
    const html = '<figure data-picture-id="a"><img></figure><figure data-picture-id="b"><img></figure>'
    const nested: CleanOptions = { associationRefs: true, pictureSrc: (id) => `media/${id}${cleanStoryHtml(html, { pictureSrc: () => '', associationRefs: true }).length}` }
    expect(cleanStoryHtml(html, nested)).toBe(cleanedBefore(html, nested))
  })
})

describe('creditFooterHtml', () => {
  const role = fc.constantFrom<Credit['role'][]>('author', 'reporter', 'photographer', 'additional_reporting')
  const name = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('<b>&amp;"x"</b>', "O'Brien & Sons", 'AT&T;', '&lt;', '\u0000\r\n\t'))

  it('is already what cleaning it gives, so the export appends it without a second pass', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ personId: fc.constant(null), name, role }), { maxLength: 5 }), (credits) => {
        const footer = creditFooterHtml(credits)
        return footer === cleanStoryHtml(footer, OPTIONS[0]!)
      }),
      { numRuns: 500 },
    )
  })
})
