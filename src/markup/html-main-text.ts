import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { DeclaredMetadata } from '../core/types.js'

/** The main text of an HTML page as plain lines, and what the page declares about itself. */
export interface HtmlMainText {
  readonly text: string
  readonly metadata: DeclaredMetadata
}

/** The few DOM node members the flattening walk reads (linkedom's nodes have them). */
interface DomNode {
  readonly nodeType: number
  readonly textContent: string | null
  readonly tagName?: string
  readonly childNodes: ArrayLike<DomNode>
}

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'FIGCAPTION',
  'HEADER',
  'FOOTER',
  'UL',
  'OL',
  'TABLE',
  'DD',
  'DT',
])

/**
 * Extracts an HTML page's article with Readability (on linkedom), flattened to text with one block per paragraph,
 * and the metadata its head declares. Scripts, styles and event handlers never reach the text.
 */
export function htmlMainText(source: string): HtmlMainText {
  const html = wholePage(source)
  const { document } = parseHTML(html)
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || null
  const head: DeclaredMetadata = {
    title: meta('meta[property="og:title"]') ?? document.querySelector('title')?.textContent?.trim() ?? null,
    publishedTime:
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[name="pubdate"]') ??
      meta('meta[itemprop="datePublished"]') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    siteName: meta('meta[property="og:site_name"]'),
    byline: meta('meta[name="author"]'),
    lang: document.documentElement?.getAttribute('lang') ?? null,
  }
  // Readability mutates the document; it gets its own parse.
  // biome-ignore lint/suspicious/noExplicitAny: Readability is typed against the browser's Document, which linkedom imitates
  const article = new Readability(parseHTML(html).document as any, { charThreshold: 200 }).parse()
  const body = article?.content
    ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body
    : document.body
  const text = body ? blockText(body as unknown as DomNode) : ''
  const siteName = article?.siteName ?? head.siteName
  return {
    text,
    metadata: {
      title: withoutSiteName(article?.title?.trim() || head.title, siteName),
      byline: article?.byline?.trim() || head.byline,
      publishedTime: article?.publishedTime ?? head.publishedTime,
      siteName,
      lang: article?.lang ?? head.lang,
    },
  }
}

/** The few members of linkedom's nodes and document that rebuilding a page uses. */
interface PageNode {
  readonly nodeType: number
  readonly tagName?: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<PageNode>
  readonly attributes?: ArrayLike<{ readonly name: string; readonly value: string }>
  appendChild(node: PageNode): unknown
  setAttribute(name: string, value: string): void
}
interface PageDocument extends PageNode {
  readonly documentElement: PageNode | null
  readonly head: PageNode
  readonly body: PageNode
  querySelector(selector: string): PageNode | null
}

/** Elements that belong in a page's head wherever a broken page puts them. */
const HEAD = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE'])
/** What a well-formed head holds besides them. */
const HEAD_TOO = new Set([...HEAD, 'SCRIPT', 'NOSCRIPT', 'TEMPLATE'])
/** The page's frame, which linkedom (no HTML5 tree building) may leave out, misplace or nest. */
const FRAME = new Set(['HTML', 'HEAD', 'BODY'])

/**
 * The page itself when it is an `<html>` root holding only its head and body, with nothing but head elements in the
 * head; else (a fragment, bare text, a page without `<body>`, a tag left open that swallows the body into the head,
 * content after `</html>`) the same nodes rebuilt into a head and a body. linkedom does no HTML5 tree building: it
 * builds no root for bare text (Readability then refuses it with a TypeError), reads no body in a fragment (its text
 * would be lost), and Readability fails with a TypeError on content outside the `<body>`.
 */
function wholePage(html: string): string {
  const { document } = parseHTML(html) as unknown as { document: PageDocument }
  const root = document.documentElement
  const children = (n: PageNode) => Array.from(n.childNodes)
  const content = (n: PageNode) => n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim() !== '')
  const only = (n: PageNode, allowed: ReadonlySet<string>) =>
    children(n).every((c) => !content(c) || (c.nodeType === 1 && allowed.has(c.tagName ?? '')))
  const head = root && children(root).find((c) => c.tagName === 'HEAD')
  if (
    root?.tagName === 'HTML' &&
    children(document).every((c) => c === root || !content(c)) &&
    only(root, FRAME) &&
    children(root).some((c) => c.tagName === 'BODY') &&
    (!head || only(head, HEAD_TOO))
  )
    return html
  const page = parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as PageDocument
  const declared = document.querySelector('html')
  for (const a of Array.from(declared?.attributes ?? [])) page.documentElement?.setAttribute(a.name, a.value)
  const place = (n: PageNode) => {
    const tag = n.nodeType === 1 ? (n.tagName ?? '') : ''
    if (FRAME.has(tag)) for (const c of children(n)) place(c)
    else if (HEAD.has(tag)) page.head.appendChild(n)
    else if (n.nodeType === 1 || n.nodeType === 3) page.body.appendChild(n)
  }
  for (const n of children(document)) place(n)
  return page.toString()
}

function blockText(root: DomNode): string {
  const out: string[] = []
  let line = ''
  const flush = () => {
    const t = line.replace(/[ \t\f\v\u00a0]+/gu, (m) => (m.includes('\u00a0') ? '\u00a0' : ' ')).trim()
    if (t) out.push(t)
    line = ''
  }
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const tag = (node.tagName ?? '').toUpperCase()
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG'].includes(tag)) return
    if (tag === 'BR') {
      flush()
      return
    }
    const block = BLOCK.has(tag)
    if (block) flush()
    for (const child of Array.from(node.childNodes)) walk(child)
    if (block) flush()
  }
  walk(root)
  flush()
  return out.join('\n\n')
}

/** "Accord Signed | Example Times" → "Accord Signed" when the page names its site "Example Times". */
function withoutSiteName(title: string | null | undefined, siteName: string | null | undefined): string | null {
  if (!title) return null
  if (!siteName) return title
  const suffix = new RegExp(`\\s+[|–—·:-]\\s+${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu')
  return title.replace(suffix, '').trim() || title
}
