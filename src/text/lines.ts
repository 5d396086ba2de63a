import type { Span } from '../core/types.js'

/** A line of a text with its offsets; `end` excludes the line break. */
export interface Line extends Span {
  readonly index: number
  readonly text: string
}

/** Splits a text into lines with their offsets (LF line breaks; the decoder has normalised CRLF). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let index = 0
  while (start <= text.length) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    lines.push({ index: index++, start, end, text: text.slice(start, end) })
    if (nl === -1) break
    start = nl + 1
  }
  return lines
}

const SENTENCE_END = /[.!?…:;"”’)\]]$/u

/**
 * True for a line that reads as running prose: several words and a sentence ending, or long enough to be a paragraph.
 * Used to tell article paragraphs from headings, widgets and captions.
 */
export function isProse(line: string): boolean {
  const t = line.trim()
  const words = t.split(/\s+/).filter(Boolean).length
  if (words >= 25) return true
  return words >= 8 && SENTENCE_END.test(t) && /\p{Ll}/u.test(t)
}

/** Counts whitespace-separated words. */
export function wordCount(line: string): number {
  const t = line.trim()
  return t === '' ? 0 : t.split(/\s+/).length
}
