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
const BOUNDARY = /([.!?…]+)(["”’)\]]*)(\s+)(?=["“‘([]?[\p{Lu}\d])/gu

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
  if (end > start) out.push({ span: { start, end }, text: text.slice(start, end), paragraph })
}
