import fc from 'fast-check'

/** Every vector tries to set `window.__pwned` (or the parent's), so "no pasted code ran" is one flag. */
const RUN = 'window.__pwned=1'

/** Hostile fragments: script tags, event handlers, javascript: and data: URLs, SVG and MathML with script, CSS expressions, mutation-XSS shapes. */
export const VECTORS: readonly string[] = [
  `<script>${RUN}</script>`,
  `<ScRiPt >${RUN}</sCrIpT>`,
  `<img src=x onerror="${RUN}">`,
  `<img src="x" onerror=${RUN} alt="photo">`,
  `<svg onload="${RUN}"><script>${RUN}</script></svg>`,
  `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s"/></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="0" y="20">svg link</text></a></svg>`,
  `<svg><foreignObject><img src=x onerror="${RUN}"></foreignObject></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}"></style></mglyph></table></mtext></math>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<template><img src=x onerror="${RUN}"></template>`,
  `<xmp><img src=x onerror="${RUN}"></xmp>`,
  `<iframe src="javascript:parent.__pwned=1"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="data:text/html,<script>parent.__pwned=1</script>">`,
  `<a href="javascript:${RUN}">a javascript link</a>`,
  `<a href="JaVaScRiPt:${RUN}">mixed case</a>`,
  `<a href=" &#106;&#97;vascript:${RUN}">entities</a>`,
  `<a href="jav&#x09;ascript:${RUN}">a tab inside</a>`,
  `<a href="java\u0000script:${RUN}">a NUL inside</a>`,
  `<a href="vbscript:msgbox(1)">vbscript</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+">data link</a>`,
  `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+">`,
  `<a href="#" onclick="${RUN}" onmouseover="${RUN}">handlers on a link</a>`,
  `<p style="background-image:url(javascript:${RUN})">css url</p>`,
  `<p style="width:expression(${RUN})">css expression</p>`,
  `<style>@import 'javascript:${RUN}'; p { background: url("javascript:${RUN}") }</style>`,
  `<link rel="stylesheet" href="https://evil.example/x.css">`,
  `<form action="javascript:${RUN}"><button formaction="javascript:${RUN}">send</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:/">`,
  `<details open ontoggle="${RUN}"><summary>more</summary></details>`,
  `<input autofocus onfocus="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `<body onload="${RUN}">`,
  `<p>text</p><!--<img src=x onerror="${RUN}">-->`,
  `<img src=x srcset="javascript:${RUN} 1x">`,
  `<div onpaste="${RUN}" contenteditable>editable</div>`,
  `<figure data-picture-id="x&quot; onerror=&quot;${RUN}"><img src="x" onerror="${RUN}"><figcaption>fake figure</figcaption></figure>`,
  `&lt;script&gt;${RUN}&lt;/script&gt; typed as text`,
  `<p>[click](javascript:${RUN}) and <b>**bold**</b></p>`,
]

/** Ways the same fragment reaches the clipboard: alone, in Word's markup, in a Google Docs wrapper, deep in a web page's layout. */
const WRAPPERS: readonly ((inner: string) => string)[] = [
  (inner) => inner,
  (inner) => `<p>Before</p>${inner}<p>After</p>`,
  (inner) => `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body><p class=MsoNormal style='mso-list:l0 level1 lfo1'><![if !supportLists]>1.<![endif]>Item ${inner}<o:p></o:p></p></body></html>`,
  (inner) => `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr"><span style="font-weight:700">Bold</span>${inner}</p></b>`,
  (inner) => `<div><table><tr><td>${inner}</td><td>cell</td></tr></table><ul><li>${inner}<ul><li>${inner}</li></ul></li></ul></div>`,
  (inner) => `<blockquote><h1>${inner}</h1><a href="https://example.com/${encodeURIComponent(inner).slice(0, 40)}">${inner}</a></blockquote>`,
]

/**
 * `count` hostile pastes from `seed`: one to three vectors, wrapped, each now and then mangled
 * (case flipped, a tab or newline inside a tag, a NUL byte), as text/html; one in ten is the same
 * markup offered as plain text too, which is what some sources put on the clipboard.
 */
export function hostilePastes(count: number, seed: number): { html: string; text?: string }[] {
  const mangle = fc.constantFrom<(html: string) => string>(
    (html) => html,
    (html) => html.replace(/<([a-z]+)/gi, (_m, tag: string) => `<${tag.toUpperCase()}`),
    (html) => html.replace(/ on/g, '\n\ton'),
    (html) => html.replace(/javascript/g, 'java\u0000script'),
    (html) => html.replace(/"/g, "'"),
  )
  const paste = fc.record({
    vectors: fc.array(fc.constantFrom(...VECTORS), { minLength: 1, maxLength: 3 }),
    wrap: fc.constantFrom(...WRAPPERS),
    mangle,
    asText: fc.boolean(),
  })
  return fc.sample(paste, { numRuns: count, seed }).map(({ vectors, wrap, mangle, asText }, index) => {
    const html = mangle(wrap(vectors.join(' ')))
    return index % 10 === 0 && asText ? { html, text: html } : { html }
  })
}
