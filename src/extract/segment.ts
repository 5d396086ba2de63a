import { z } from 'zod'
import type { Sentence } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'

const Abbreviations = z.object({
  note: z.string(),
  abbreviations: z.array(z.string()),
  beforeNumbers: z.array(z.string()),
})

let abbreviations: { always: ReadonlySet<string>; beforeNumbers: ReadonlySet<string> } | undefined
function abbreviationSet() {
  if (!abbreviations) {
    const lex = loadLexicon('text/abbreviations.json', Abbreviations)
    abbreviations = { always: new Set(lex.abbreviations), beforeNumbers: new Set(lex.beforeNumbers) }
  }
  return abbreviations
}

/** End of a sentence: terminal punctuation, optional closing quotes/brackets, then space before a capital, digit or quote. */
// It starts only where a run of marks starts: a match can only begin there, and trying every mark of a long run again
// would cost the square of its length.
const BOUNDARY = /(?<![.!?…])([.!?…]+)(["”’)\]]*)(\s+)(?=["“‘([]?[\p{Lu}\d])/gu

/**
 * The longest sentence, in UTF-16 units, that extraction reads whole. The rules look around a trigger, a date or a
 * number within its sentence, so their cost grows with the sentence's length: a text with no sentence end (a list of
 * a million words, a page flattened without punctuation) would be one sentence as long as the text. Over this length
 * a sentence is cut at a clause boundary (";", ":", ","), else between words, else anywhere; every sentence of the
 * development sets is shorter than half of it.
 */
export const MAX_SENTENCE = 1000

/** The word ending at `end` (from the previous whitespace), to tell abbreviations and initials from sentence ends. */
function wordBefore(text: string, end: number): string {
  let i = end
  while (i > 0 && !/\s/.test(text[i - 1] as string)) i--
  return text.slice(i, end).replace(/^["“‘([]+/, '')
}

/**
 * Splits clean text into sentences with their spans. Paragraphs are separated by line breaks; inside a paragraph a
 * sentence ends at `.`, `!` or `?` (with closing quotes) before a capital, unless the word is a known abbreviation or
 * a single initial ("J. Smith"). Spans exclude surrounding whitespace.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  const abbr = abbreviationSet()
  let paragraph = 0
  const lineRe = /[^\n]+/g
  let previousEnd = 0
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    if (text.slice(previousEnd, line.index).includes('\n\n') || (out.length > 0 && previousEnd < line.index))
      paragraph++
    previousEnd = line.index + line[0].length
    const lineText = line[0]
    let start = 0
    BOUNDARY.lastIndex = 0
    for (let m = BOUNDARY.exec(lineText); m; m = BOUNDARY.exec(lineText)) {
      const stopAt = m.index + (m[1] as string).length
      const word = wordBefore(lineText, stopAt)
      const nextIsDigit = /\d/.test(lineText[m.index + m[0].length] ?? '')
      // "Vietnam–U.S. Comprehensive": the abbreviation may be the last part of a compound.
      const tail = word.split(/[–—/-]/).pop() ?? word
      const isAbbreviation =
        abbr.always.has(word) || abbr.always.has(tail) || (nextIsDigit && abbr.beforeNumbers.has(word))
      if ((m[1] as string) === '.' && (m[2] as string) === '' && (isAbbreviation || /^\p{Lu}\.$/u.test(word))) continue
      const end = stopAt + (m[2] as string).length
      push(out, text, line.index + start, line.index + end, paragraph)
      start = end + (m[3] as string).length
    }
    push(out, text, line.index + start, line.index + lineText.length, paragraph)
  }
  return out
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE)
    push(out, text, start, cut, paragraph)
    start = cut
    while (start < end && /\s/.test(text[start] as string)) start++
  }
  if (end > start) out.push({ span: { start, end }, text: text.slice(start, end), paragraph })
}

/** Where to cut an over-long sentence starting at `start` before `limit`: after the last clause mark or space of its
 * second half, else at `limit` (never inside a surrogate pair). */
function cutPoint(text: string, start: number, limit: number): number {
  const from = start + Math.floor((limit - start) / 2)
  const window = text.slice(from, limit)
  for (const boundary of [/[;:]\s/g, /,\s/g, /\s/g]) {
    let last = -1
    for (let m = boundary.exec(window); m; m = boundary.exec(window)) last = m.index + 1
    if (last > 0) return from + last
  }
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}
