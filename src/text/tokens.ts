import model from 'wink-eng-lite-web-model'
import winkNLP, { type ItemToken, type WinkMethods } from 'wink-nlp'
import type { Span } from '../core/types.js'

/** A word or punctuation mark of a text, with its offsets, lower-case form, lemma and universal part of speech. */
export interface Token {
  /** Position in the token list of its text. */
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
export function tokenize(text: string): Token[] {
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
    out.push({ index: out.length, start: at, end: cursor, text: surface, lower, lemma, pos: String(t.out(its.pos)) })
  })
  return out
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
