import model from 'wink-eng-lite-web-model'
import winkNLP, { type ItemToken, type WinkMethods } from 'wink-nlp'
import type { Span } from '../core/types.js'

/** A word or punctuation mark of a text, with its offsets, lower-case form, lemma and universal part of speech. */
export interface Token {
  /** Position in the token list of its text (of its stretch, for a text read a stretch at a time). */
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly lower: string
  readonly lemma: string
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, PART, CCONJ, SCONJ, NUM, PUNCT, SYM… */
  readonly pos: string
}

let nlp: WinkMethods | undefined

/**
 * Tokens of a text, from wink-nlp's English model (tokens, parts of speech and lemmas; no network, no download):
 * every token keeps its offsets into `text`, so a rule over tokens yields spans of the text. Whitespace is not a
 * token.
 */
export function tokenize(text: string, offset = 0): Token[] {
  nlp ??= winkNLP(model, ['sbd', 'pos'])
  const its = nlp.its
  // The lemma helper's declared type takes an add-ons argument the token API does not pass; it works as any `its`.
  const lemmaOf = its.lemma as unknown as typeof its.pos
  const doc = nlp.readDoc(text)
  const out: Token[] = []
  let cursor = 0
  doc.tokens().each((t: ItemToken) => {
    const surface = t.out()
    if (t.out(its.type) === 'tabCRLF' || !surface.trim()) return
    const at = text.indexOf(surface, cursor)
    // wink hands back the text as written; a token it rewrote (never seen so far) is skipped, not misplaced.
    if (at < 0) return
    cursor = at + surface.length
    const lower = surface.toLowerCase()
    const lemma = String(t.out(lemmaOf) ?? lower).toLowerCase()
    out.push({
      index: out.length,
      start: offset + at,
      end: offset + cursor,
      text: surface,
      lower,
      lemma,
      pos: String(t.out(its.pos)),
    })
  })
  return out
}

/** The longest text tokenized at once; a longer one is read a stretch of whole sentences at a time. */
export const TOKENIZE_STRETCH = 256 * 1024

/**
 * The tokens of each sentence of a text, for sentences asked for in text order. A text up to `TOKENIZE_STRETCH` long
 * is tokenized whole; a longer one a stretch of whole sentences at a time (ending at a paragraph's end when one falls
 * in its second half), so that a huge text never holds every token, and the tagger's own copy of them, at once.
 */
export function sentenceTokenizer(
  text: string,
  sentences: readonly { readonly span: Span; readonly paragraph: number }[],
  stretch = TOKENIZE_STRETCH,
): (span: Span) => Token[] {
  if (text.length <= stretch) {
    const all = tokenize(text)
    return (span) => tokensIn(all, span)
  }
  let tokens: Token[] = []
  let from = 0
  let to = -1
  let next = 0
  return (span) => {
    if (span.start < from || span.end > to) {
      // The first sentence of the new stretch is the one asked for (a search back when asked out of order).
      if (sentences[next]?.span.start !== span.start) next = sentences.findIndex((s) => s.span.start >= span.start)
      if (next < 0) next = sentences.length
      from = span.start
      let last = next
      while (last + 1 < sentences.length && (sentences[last + 1] as { span: Span }).span.end - from <= stretch) last++
      for (let k = last; k > next; k--) {
        const s = sentences[k] as { span: Span; paragraph: number }
        const before = sentences[k - 1] as { span: Span; paragraph: number }
        if (before.span.end - from < stretch / 2) break
        if (s.paragraph !== before.paragraph) {
          last = k - 1
          break
        }
      }
      to = Math.max(span.end, sentences[last]?.span.end ?? span.end)
      // The stretch before is let go before the next is read.
      tokens = []
      tokens = tokenize(text.slice(from, to), from)
      next = last + 1
    }
    return tokensIn(tokens, span)
  }
}

/** The tokens of a list that lie inside a span (binary search: the list is in text order). */
export function tokensIn(tokens: readonly Token[], span: Span): Token[] {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid] as Token).start < span.start) lo = mid + 1
    else hi = mid
  }
  const out: Token[] = []
  for (let i = lo; i < tokens.length && (tokens[i] as Token).end <= span.end; i++) out.push(tokens[i] as Token)
  return out
}
