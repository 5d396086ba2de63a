import type { DeclaredMetadata } from '../core/types.js'
import { type HtmlMainText, htmlMainText } from './html-main-text.js'

/**
 * The deepest nesting of elements the DOM route takes. Readability's clean-up walks each element's descendants, and
 * linkedom's parser slows down as the open elements pile up, so their cost grows with the square of the depth: 1,000
 * nested `<div>` take about ten seconds, 5,000 six minutes. Ordinary pages nest a few dozen levels deep.
 */
export const MAX_HTML_DEPTH = 256

/**
 * The most elements the DOM route takes. linkedom's tree of a page costs about 4 KB of memory an element, and the page
 * is parsed three times: 400,000 elements took 1.6 GB. An article page holds a few thousand.
 */
export const MAX_HTML_ELEMENTS = 50_000

/** How a page was read: through the DOM and Readability, or as plain text because that route could not take it. */
export type HtmlRoute = 'dom' | 'plain-too-deep' | 'plain-too-many-elements' | 'plain-dom-failed'

/**
 * An HTML page's text and declared metadata. A page nested deeper than `MAX_HTML_DEPTH` or holding more than
 * `MAX_HTML_ELEMENTS` elements (measured by one pass over its tags, before any parsing), or one the DOM route fails
 * on, is read by `plainHtmlText` instead: its text is kept, with one block per block element, rather than lost to a
 * crash or paid for in minutes and gigabytes.
 */
export function readHtml(html: string): HtmlMainText & { readonly route: HtmlRoute } {
  const shape = measureHtml(html, { depth: MAX_HTML_DEPTH, elements: MAX_HTML_ELEMENTS })
  if (shape.depth > MAX_HTML_DEPTH) return { ...plainHtmlText(html), route: 'plain-too-deep' }
  if (shape.elements > MAX_HTML_ELEMENTS) return { ...plainHtmlText(html), route: 'plain-too-many-elements' }
  try {
    return { ...htmlMainText(html), route: 'dom' }
  } catch {
    // A page the DOM route cannot take (linkedom and Readability have failed on broken pages): its text still counts.
    return { ...plainHtmlText(html), route: 'plain-dom-failed' }
  }
}

/** Elements that never hold anything (no end tag). */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'basefont',
  'bgsound',
  'frame',
  'image',
])
/** Elements whose content is text up to their own end tag, whatever it holds. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])
/** Raw or hidden elements whose text a reader never sees. */
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'noembed',
  'noframes',
  'head',
  'title',
])
/** What a head holds: anything else (or text) starts the body, whether the page says so or not. */
const IN_HEAD = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template'])
/** Opening these closes an open element of the listed kinds on top of the stack, as HTML parsers do. */
const CLOSES_P = ['p']
const IMPLIED_CLOSE: ReadonlyMap<string, readonly string[]> = new Map([
  ['li', ['li']],
  ['dt', ['dt', 'dd']],
  ['dd', ['dt', 'dd']],
  ['tr', ['tr', 'td', 'th']],
  ['td', ['td', 'th']],
  ['th', ['td', 'th']],
  ['option', ['option']],
  ['optgroup', ['optgroup', 'option']],
  ['tbody', ['thead', 'tbody', 'tr', 'td', 'th']],
  ['tfoot', ['thead', 'tbody', 'tr', 'td', 'th']],
  ...[
    'p',
    'div',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'dl',
    'table',
    'form',
    'section',
    'article',
    'aside',
    'header',
    'footer',
    'nav',
    'main',
    'blockquote',
    'pre',
    'figure',
    'fieldset',
    'address',
  ].map((t): [string, readonly string[]] => [t, CLOSES_P]),
])

/** Elements that start a new block of text. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'tr',
  'td',
  'th',
  'figcaption',
  'header',
  'footer',
  'ul',
  'ol',
  'table',
  'dd',
  'dt',
  'dl',
  'br',
  'hr',
  'body',
  'nav',
  'aside',
  'form',
  'address',
  'caption',
])

/** One piece of a page in document order: text between tags, or a tag with its lower-case name. */
type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'open'; readonly name: string; readonly tag: string }
  | { readonly kind: 'close'; readonly name: string }

/**
 * Walks a page's tags and text in one pass (every character is looked at a bounded number of times): comments,
 * doctypes and processing instructions are skipped, a raw-text element's content (a script, a style, a title) is one
 * text piece up to its end tag. Attribute values may hold `>` inside quotes. `visit` returning false stops the walk.
 */
function walkHtml(html: string, visit: (piece: Piece) => boolean | undefined): void {
  const n = html.length
  let i = 0
  const text = (to: number): boolean => (to > i ? visit({ kind: 'text', text: html.slice(i, to) }) !== false : true)
  while (i < n) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      text(n)
      return
    }
    if (!text(lt)) return
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      i = end < 0 ? n : end + 3
      continue
    }
    const name = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 80))
    if (!name) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?' || (html[lt + 1] === '/' && html[lt + 2] !== undefined)) {
        // <!doctype …>, <?xml …?>, a stray </…>: no text.
        const end = html.indexOf('>', lt)
        i = end < 0 ? n : end + 1
      } else {
        // A "<" that opens no tag is text.
        if (visit({ kind: 'text', text: '<' }) === false) return
        i = lt + 1
      }
      continue
    }
    const end = tagEnd(html, lt + (name[0] as string).length)
    const tagName = (name[2] as string).toLowerCase()
    i = end
    if (name[1]) {
      if (visit({ kind: 'close', name: tagName }) === false) return
      continue
    }
    if (visit({ kind: 'open', name: tagName, tag: html.slice(lt, end) }) === false) return
    if (RAW.has(tagName)) {
      const close = new RegExp(`</${tagName}(?=[\\s/>])`, 'gi')
      close.lastIndex = i
      const m = close.exec(html)
      const stop = m ? m.index : n
      if (stop > i && visit({ kind: 'text', text: html.slice(i, stop) }) === false) return
      if (visit({ kind: 'close', name: tagName }) === false) return
      i = m ? tagEnd(html, stop + 2 + tagName.length) : n
    }
  }
}

/** The index just past the `>` that ends a tag whose attributes start at `from` (quotes respected), or the end. */
function tagEnd(html: string, from: number): number {
  let quote = ''
  for (let i = from; i < html.length; i++) {
    const c = html[i] as string
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") {
      // A quote opens a value only after "=" (spaces between): a stray quote elsewhere is an ordinary character.
      if (/=\s*$/.test(html.slice(Math.max(from, i - 8), i))) quote = c
    } else if (c === '>') return i + 1
  }
  return html.length
}

/**
 * How many elements a page holds and how deep they nest, as an HTML parser would build them (end tags close what is
 * open inside them, and a `<p>`, `<li>` or `<td>` left open is closed by the next), counting no further than just
 * past either limit.
 */
export function measureHtml(
  html: string,
  limits: { readonly depth: number; readonly elements: number } = {
    depth: Number.POSITIVE_INFINITY,
    elements: Number.POSITIVE_INFINITY,
  },
): { depth: number; elements: number } {
  const stack: string[] = []
  let deepest = 0
  let elements = 0
  walkHtml(html, (piece) => {
    if (piece.kind === 'open') {
      elements++
      // ("<div/>" opens a div, as HTML parsers read it.)
      if (VOID.has(piece.name)) return elements <= limits.elements
      const closes = IMPLIED_CLOSE.get(piece.name)
      while (closes && stack.length > 0 && closes.includes(stack[stack.length - 1] as string)) stack.pop()
      stack.push(piece.name)
      deepest = Math.max(deepest, stack.length)
      return deepest <= limits.depth && elements <= limits.elements
    }
    if (piece.kind === 'close') {
      // The stack is never deeper than `limit` + 1, so this search is bounded.
      const at = stack.lastIndexOf(piece.name)
      if (at >= 0) stack.length = at
    }
    return true
  })
  return { depth: deepest, elements }
}

/** Character references a page's text uses most; numeric ones are read too. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  copy: '©',
  reg: '®',
  euro: '€',
  pound: '£',
  yen: '¥',
  middot: '·',
  bull: '•',
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (all, dec, hex, name) => {
    if (name) return ENTITIES[name] ?? all
    const code = dec ? Number(dec) : Number.parseInt(hex as string, 16)
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all
  })
}

/** The attributes of an opening tag, lower-case names. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>()
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
  // After the tag's name.
  re.lastIndex = /^<[a-zA-Z][a-zA-Z0-9:-]*/.exec(tag)?.[0].length ?? 1
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const name = (m[1] as string).toLowerCase()
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''))
  }
  return out
}

/**
 * A page's text without a DOM, in one pass: the text of every element a reader sees (scripts, styles, templates, the
 * head and comments left out), one block per block element, and the title, language, date, author and site name its
 * head declares. No article is told from the page's furniture here: the cleaning rules do that after.
 */
export function plainHtmlText(html: string): HtmlMainText {
  const blocks: string[] = []
  let line: string[] = []
  const flush = () => {
    const t = line
      .join('')
      .replace(/[ \t\n\r\f\v\u00a0]+/gu, (m) => (m.includes('\u00a0') ? '\u00a0' : ' '))
      .trim()
    if (t) blocks.push(t)
    line = []
  }
  const meta = new Map<string, string>()
  let title: string | null = null
  let lang: string | null = null
  // How many hidden elements of each kind are open (a script, the head…): text inside any of them is not read.
  const hidden = new Map<string, number>()
  let hiddenOpen = 0
  const close = (name: string) => {
    const open = hidden.get(name) ?? 0
    if (open === 0) return
    hidden.set(name, open - 1)
    hiddenOpen--
  }
  const leaveHead = () => close('head')
  let previous = ''
  walkHtml(html, (piece) => {
    if (piece.kind === 'text') {
      if (previous === 'title' && title === null) title = decodeEntities(piece.text).replace(/\s+/g, ' ').trim() || null
      if (hiddenOpen === 1 && hidden.get('head') === 1 && piece.text.trim() !== '') leaveHead()
      if (hiddenOpen === 0) line.push(decodeEntities(piece.text))
      previous = ''
      return true
    }
    previous = piece.kind === 'open' ? piece.name : ''
    if (piece.kind === 'open') {
      if (piece.name === 'html') lang ??= attributes(piece.tag).get('lang') || null
      if (piece.name === 'meta') {
        const a = attributes(piece.tag)
        const key = a.get('property') ?? a.get('name') ?? a.get('itemprop')
        const content = a.get('content')?.trim()
        if (key && content && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), content)
      }
      if (!IN_HEAD.has(piece.name)) leaveHead()
      if (HIDDEN.has(piece.name)) {
        hidden.set(piece.name, (hidden.get(piece.name) ?? 0) + 1)
        hiddenOpen++
      }
    } else if (HIDDEN.has(piece.name)) close(piece.name)
    if (BLOCK.has(piece.name)) flush()
    return true
  })
  flush()
  const declared: DeclaredMetadata = {
    title: meta.get('og:title') ?? title,
    byline: meta.get('author') ?? null,
    publishedTime:
      meta.get('article:published_time') ??
      meta.get('date') ??
      meta.get('pubdate') ??
      meta.get('datepublished') ??
      null,
    siteName: meta.get('og:site_name') ?? null,
    lang,
  }
  return { text: blocks.join('\n\n'), metadata: declared }
}
