import type { Span } from '../../core/types.js'

/**
 * Where one clause of a sentence ends and another begins: a semicolon, a spaced dash, the end of a quotation, or a
 * comma before a word that opens a new clause ("while", "but", "and", "compared with", "up from", "according to").
 */
const CLAUSE_BREAK =
  /;|\s[—–]\s|[,.]?[”"](?=\s)|,\s+(?:while|whereas|but|and|which|when|although|though|compared\s+(?:with|to)|up\s+from|down\s+from|against|versus|according\s+to|as|after|before|from)\b/giu

/** The clause of a sentence holding a span: the text between the clause breaks before and after it. */
export function clauseOf(text: string, sentence: Span, at: Span): Span {
  const s = text.slice(sentence.start, sentence.end)
  let start = sentence.start
  let end = sentence.end
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    const b = sentence.start + m.index
    if (b + m[0].length <= at.start) start = b + m[0].length
    else if (b >= at.end) {
      end = b
      break
    }
  }
  return { start, end }
}
