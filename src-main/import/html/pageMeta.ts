import { all, textOf, type DomDocument } from './dom'

/**
 * What a saved news page says about its story outside the text, from the metadata news sites
 * publish for search engines and social networks: schema.org `NewsArticle` JSON-LD, Open Graph
 * (`og:title`, `og:image`, `article:published_time`, `article:section`, `article:tag`),
 * `<meta name="author|description|keywords">`, `<html lang>`, `<link rel="canonical">`.
 * Empty strings and lists mean "not said".
 */
export interface PageMeta {
  headline: string
  description: string
  authors: string[]
  /** As the page wrote it (ISO 8601, usually with an offset). */
  published: string
  section: string
  tags: string[]
  language: string
  url: string
  image: { href: string; caption: string; alt: string } | null
  siteName: string
}

type Json = Record<string, unknown>

/** Reads a page's metadata. Call before Readability, which changes the document. */
export function readPageMeta(document: DomDocument): PageMeta {
  const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute('content')?.trim() ?? ''
  const metas = (key: string) => all(document, `meta[property="${key}"], meta[name="${key}"]`).map((element) => element.getAttribute('content')?.trim() ?? '').filter(Boolean)
  const article = jsonLdArticle(document)
  const siteName = meta('og:site_name')
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url')
  const image = imageOf(article?.['image']) ?? (meta('og:image') ? { href: meta('og:image'), caption: '', alt: meta('og:image:alt') } : null)
  const keywords = article?.['keywords']
  return {
    headline: withoutSiteName(str(article?.['headline']) || meta('og:title') || meta('twitter:title') || textOf(document.querySelector('h1')) || textOf(document.querySelector('title')), siteName),
    description: str(article?.['description']) || meta('og:description') || meta('description'),
    authors: namesOf(article?.['author']).concat(metas('author'), metas('article:author').filter((name) => !/^https?:/i.test(name))).filter(unique),
    published: str(article?.['datePublished']) || meta('article:published_time') || meta('datePublished') || document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || meta('pubdate'),
    section: (Array.isArray(article?.['articleSection']) ? str(article['articleSection'][0]) : str(article?.['articleSection'])) || meta('article:section'),
    tags: (typeof keywords === 'string' ? keywords.split(',') : Array.isArray(keywords) ? keywords.map(str) : metas('article:tag').length ? metas('article:tag') : meta('keywords').split(','))
      .map((tag) => tag.trim())
      .filter((tag) => tag.length > 0 && tag.length <= 60)
      .filter(unique)
      .slice(0, 30),
    language: document.documentElement.getAttribute('lang')?.trim() || meta('content-language') || meta('og:locale').replace('_', '-') || str(article?.['inLanguage']),
    url: /^https?:\/\//i.test(url) ? url : '',
    image: image && /^(?:https?:|data:)/i.test(image.href) ? image : null,
    siteName,
  }
}

/** The first schema.org *Article of the page's JSON-LD (top level, in an array, or in `@graph`). */
function jsonLdArticle(document: DomDocument): Json | null {
  for (const script of all(document, 'script[type="application/ld+json"]')) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((item) => (isJson(item) && Array.isArray(item['@graph']) ? item['@graph'] : [item]))
    const found = items.find((item) => isJson(item) && [item['@type']].flat().some((type) => typeof type === 'string' && /Article|BlogPosting|Report/.test(type)))
    if (found) return found as Json
  }
  return null
}

function namesOf(value: unknown): string[] {
  return [value].flat().flatMap((item) => (typeof item === 'string' ? [item] : isJson(item) ? [str(item['name'])] : [])).filter(Boolean)
}

function imageOf(value: unknown): PageMeta['image'] {
  const first = [value].flat()[0]
  if (typeof first === 'string') return { href: first, caption: '', alt: '' }
  if (!isJson(first)) return null
  const href = str(first['url']) || str(first['contentUrl'])
  return href ? { href, caption: str(first['caption']), alt: str(first['description']) } : null
}

/** "Headline | Site" or "Headline - Site" → "Headline", when the tail is the site's name (or short enough to be one). */
function withoutSiteName(title: string, siteName: string): string {
  const parts = title.split(/\s+[|–—-]\s+/)
  if (parts.length < 2) return title.trim()
  const tail = parts.at(-1)!.trim()
  const isSite = siteName ? tail.toLowerCase() === siteName.toLowerCase() : tail.split(/\s+/).length <= 3
  return isSite ? parts.slice(0, -1).join(' - ').trim() : title.trim()
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function unique<T>(value: T, index: number, list: T[]): boolean {
  return list.indexOf(value) === index
}
