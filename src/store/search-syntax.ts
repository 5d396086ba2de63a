import { SearchQueryError } from './store.js'

/*
 * Dyad's search syntax, one for the documents and the events: words (matched as whole words, any case, accents
 * ignored), "quoted phrases", a word ending in * for a prefix, OR and NOT between two parts (upper case), AND or nothing
 * between parts for both, parentheses to group. A query that means nothing is refused with a reason of Dyad's own.
 * The full-text index reads it translated (sqlite/fts-query.ts); events' evidence is matched by `searchMatcher`, which
 * reads words as the index's tokenizer does (unicode61, diacritics removed), so both halves of a search agree.
 */

export type Token =
  | { readonly kind: 'term'; readonly text: string; readonly prefix: boolean }
  | { readonly kind: 'phrase'; readonly text: string }
  | { readonly kind: 'op'; readonly op: 'OR' | 'NOT' | 'AND' }
  | { readonly kind: 'open' | 'close' }

// A word: letters, digits and the joiners inside words ("al-Sisi", "O'Neill", "U.S."), as FTS5's tokenizer splits.
const WORD = /[\p{L}\p{N}]+(?:['’.\-_][\p{L}\p{N}]+)*/uy

function tokens(query: string): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < query.length) {
    const c = query[i] as string
    if (c === '"') {
      const end = query.indexOf('"', i + 1)
      if (end < 0)
        throw new SearchQueryError(`cannot search for ${JSON.stringify(query)}: a quotation mark is not closed`)
      const text = query.slice(i + 1, end).trim()
      if (/[\p{L}\p{N}]/u.test(text)) out.push({ kind: 'phrase', text })
      i = end + 1
      continue
    }
    if (c === '(' || c === ')') {
      out.push({ kind: c === '(' ? 'open' : 'close' })
      i++
      continue
    }
    WORD.lastIndex = i
    const m = WORD.exec(query)
    if (!m) {
      i++ // Any other character separates words, as the full-text index's tokenizer does.
      continue
    }
    i += m[0].length
    const prefix = query[i] === '*'
    if (prefix) i++
    if (!prefix && (m[0] === 'OR' || m[0] === 'NOT' || m[0] === 'AND')) out.push({ kind: 'op', op: m[0] })
    else out.push({ kind: 'term', text: m[0], prefix })
  }
  return out
}

/** The tokens of a query that means something, or a SearchQueryError saying why it does not. */
export function checkedTokens(query: string): Token[] {
  const ts = tokens(query)
  const fail = (why: string): never => {
    throw new SearchQueryError(`cannot search for ${JSON.stringify(query)}: ${why}`)
  }
  let depth = 0
  // Whether the last token ends an operand (a word, a phrase, a closing parenthesis): an operator must follow one.
  let operand = false
  let last = ''
  for (const t of ts) {
    if (t.kind === 'term' || t.kind === 'phrase') operand = true
    else if (t.kind === 'op') {
      if (!operand) fail(`${t.op} needs a word before it`)
      operand = false
    } else if (t.kind === 'open') {
      depth++
      operand = false
    } else {
      if (depth === 0) fail('a parenthesis is closed that was never opened')
      if (!operand) fail('a parenthesis holds no word')
      depth--
      operand = true
    }
    last = t.kind === 'op' ? t.op : t.kind === 'open' ? '(' : ''
  }
  if (!ts.some((t) => t.kind === 'term' || t.kind === 'phrase')) fail('there is no word to search for')
  if (depth > 0) fail('a parenthesis is not closed')
  if (!operand) fail(`${last} needs a word after it`)
  return ts
}

/** The words of a text as the full-text index reads them: runs of letters and digits, lower case, accents removed. */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/** A parsed query: a run of words (one word, or a phrase; the last may be a prefix), or parts joined. */
type Node =
  | { readonly kind: 'words'; readonly words: readonly string[]; readonly prefix: boolean }
  | { readonly kind: 'and' | 'or'; readonly parts: readonly Node[] }
  | { readonly kind: 'not'; readonly keep: Node; readonly drop: Node }

/** The tree of checked tokens, with FTS5's precedence: NOT binds tightest, then AND (or nothing), then OR. */
function parse(ts: readonly Token[]): Node {
  let i = 0
  const primary = (): Node => {
    const t = ts[i++] as Token
    if (t.kind === 'open') {
      const inner = or()
      i++ // the closing parenthesis (checked)
      return inner
    }
    if (t.kind === 'term') return { kind: 'words', words: searchWords(t.text), prefix: t.prefix }
    if (t.kind === 'phrase') return { kind: 'words', words: searchWords(t.text), prefix: false }
    throw new Error(`unexpected ${t.kind} in a checked search query`)
  }
  const not = (): Node => {
    let node = primary()
    while (ts[i]?.kind === 'op' && (ts[i] as { op: string }).op === 'NOT') {
      i++
      node = { kind: 'not', keep: node, drop: primary() }
    }
    return node
  }
  const and = (): Node => {
    const parts = [not()]
    for (;;) {
      const t = ts[i]
      if (t === undefined || t.kind === 'close' || (t.kind === 'op' && t.op === 'OR')) break
      if (t.kind === 'op' && t.op === 'AND') i++
      parts.push(not())
    }
    return parts.length === 1 ? (parts[0] as Node) : { kind: 'and', parts }
  }
  const or = (): Node => {
    const parts = [and()]
    while (ts[i]?.kind === 'op' && (ts[i] as { op: string }).op === 'OR') {
      i++
      parts.push(and())
    }
    return parts.length === 1 ? (parts[0] as Node) : { kind: 'or', parts }
  }
  return or()
}

/** Whether `words` holds the run `run` somewhere, its last word as a prefix when asked. */
function holds(words: readonly string[], run: readonly string[], prefix: boolean): boolean {
  if (run.length === 0) return false
  for (let i = 0; i + run.length <= words.length; i++) {
    let j = 0
    while (j < run.length) {
      const w = words[i + j] as string
      const r = run[j] as string
      if (!(w === r || (prefix && j === run.length - 1 && w.startsWith(r)))) break
      j++
    }
    if (j === run.length) return true
  }
  return false
}

function evaluate(node: Node, words: readonly string[]): boolean {
  switch (node.kind) {
    case 'words':
      return holds(words, node.words, node.prefix)
    case 'and':
      return node.parts.every((p) => evaluate(p, words))
    case 'or':
      return node.parts.some((p) => evaluate(p, words))
    case 'not':
      return evaluate(node.keep, words) && !evaluate(node.drop, words)
  }
}

/**
 * A test of texts against a query in Dyad's search syntax, as the full-text index would answer it; a query that
 * means nothing throws a SearchQueryError before any text is read.
 */
export function searchMatcher(query: string): (text: string) => boolean {
  const tree = parse(checkedTokens(query))
  return (text) => evaluate(tree, searchWords(text))
}
