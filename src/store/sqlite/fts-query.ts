import { SearchQueryError } from '../store.js'

/*
 * Dyad's search syntax, translated into an FTS5 query that cannot fail: words (matched as whole words, any case),
 * "quoted phrases", a word ending in * for a prefix, OR and NOT between two parts (upper case, as FTS5 reads them),
 * parentheses to group. Every word and phrase reaches FTS5 quoted, so nothing a user types is read as FTS5's own
 * syntax (a column filter "col:x", a bare "*", "^", "NEAR(…)"); a query that means nothing is refused with a reason of
 * Dyad's own, never the engine's wording.
 */

type Token =
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

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`

/** The FTS5 query for a user's search, or a SearchQueryError saying why there is none. */
export function ftsQuery(query: string): string {
  const ts = tokens(query)
  const fail = (why: string): never => {
    throw new SearchQueryError(`cannot search for ${JSON.stringify(query)}: ${why}`)
  }
  const parts: string[] = []
  let depth = 0
  // Whether the last token ends an operand (a word, a phrase, a closing parenthesis): an operator must follow one.
  let operand = false
  for (const t of ts) {
    if (t.kind === 'term' || t.kind === 'phrase') {
      parts.push(t.kind === 'term' ? `${quote(t.text)}${t.prefix ? '*' : ''}` : quote(t.text))
      operand = true
    } else if (t.kind === 'op') {
      if (!operand) fail(`${t.op} needs a word before it`)
      parts.push(t.op)
      operand = false
    } else if (t.kind === 'open') {
      depth++
      parts.push('(')
      operand = false
    } else {
      if (depth === 0) fail('a parenthesis is closed that was never opened')
      if (!operand) fail('a parenthesis holds no word')
      depth--
      parts.push(')')
      operand = true
    }
  }
  if (parts.length === 0 || !ts.some((t) => t.kind === 'term' || t.kind === 'phrase'))
    fail('there is no word to search for')
  if (depth > 0) fail('a parenthesis is not closed')
  if (!operand) fail(`${parts[parts.length - 1]} needs a word after it`)
  return parts.join(' ')
}
