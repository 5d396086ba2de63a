import { spanIndex } from '../../core/span-index.js'
import type { ActorMention } from '../actors.js'
import type { FactFinding, TableCellRecognizer } from './finding.js'

/** Column heads: country names and nothing else but separators, or "vs". */
const HEADS = /^[\s|\t,;:/–—-]*(?:vs\.?|versus)?[\s|\t,;:/–—-]*$/i
/** A row: a label, then the values (a number, maybe after a currency, must follow). */
const ROW = /^(?<label>[\p{L}][\p{L}\s()/%,.'’-]*?)[\s:|\t]+(?=[A-Z]{0,3}[$€£¥₹₽₸₩]?\s?\d)/u

/**
 * Reads flattened comparison tables: a line naming two or more countries and nothing else (the column heads), then
 * rows of a label and one value per country ("Population 19,000,000 9,500,000", "GDP | $220 billion | $500 billion").
 * Each value cell goes to the cell recognizer with its row's label and its column's country; the row line is the
 * evidence.
 */
export function readTables(text: string, mentions: readonly ActorMention[], cells: TableCellRecognizer): FactFinding[] {
  const found: FactFinding[] = []
  const lines = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index ?? 0, text: m[0] }))
  let columns: string[] | null = null
  const index = spanIndex(mentions)
  for (const line of lines) {
    const end = line.start + line.text.length
    const countries = index.within(line.start, end).filter((m) => 'country' in m.actor && m.via !== 'person')
    if (countries.length >= 2 && HEADS.test(withoutSpans(line, countries))) {
      columns = countries.map((m) => (m.actor as { country: string }).country)
      continue
    }
    if (!columns) continue
    const row = ROW.exec(line.text)
    const values = row ? line.text.slice(row[0].length) : ''
    const matches = row ? [...values.matchAll(cells.pattern)] : []
    const trailing = row ? values.replace(cells.pattern, '').replace(/[\s|\t,;]/g, '') : 'x'
    if (!row || matches.length !== columns.length || trailing !== '') {
      // Prose ends the table; a blank line between rows does not.
      if (/[.!?]\s*$/.test(line.text) && line.text.split(/\s+/).length > 8) columns = null
      continue
    }
    const label = (row.groups?.label ?? '').trim()
    for (const [i, cell] of matches.entries()) {
      const context = {
        label,
        column: columns[i] as string,
        row: { start: line.start, end },
        valuesAt: line.start + row[0].length,
      }
      const f = cells.extract(cell, context)
      // A table of two countries compares them: its cells are facts of that pair.
      const [a, b] = columns
      const pair: readonly [string, string] | undefined =
        columns.length === 2 && a && b && a !== b ? (a < b ? [a, b] : [b, a]) : undefined
      if (f) found.push(pair ? { ...f, pair } : f)
    }
  }
  return found
}

/** A line's text without the mentions in it (in text order, not overlapping): one pass, not a copy per mention. */
function withoutSpans(
  line: { start: number; text: string },
  spans: readonly { span: { start: number; end: number } }[],
) {
  const ordered = spans.every((m, i) => i === 0 || (spans[i - 1] as typeof m).span.end <= m.span.start)
  // Overlapping mentions are cut from the right, one after another, as the row reader always did.
  if (!ordered)
    return spans.reduceRight(
      (t, m) => t.slice(0, m.span.start - line.start) + t.slice(m.span.end - line.start),
      line.text,
    )
  const parts: string[] = []
  let at = 0
  for (const m of spans) {
    parts.push(line.text.slice(at, m.span.start - line.start))
    at = m.span.end - line.start
  }
  parts.push(line.text.slice(at))
  return parts.join('')
}
