import { z } from 'zod'
import type { Fact, RuleId, Span } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'
import type { ActorMention } from './actors.js'

const Labels = z.object({
  note: z.string(),
  labels: z.array(
    z.object({ pattern: z.string(), kind: z.string(), subkind: z.string().nullable(), unit: z.string().nullable() }),
  ),
})

/** A number as a table cell writes it, parsed: value and unit. */
export type CellReader = (cell: string) => { value: number; unit: string | null } | null

/** A cell: a number with an optional currency before it and scale or unit after it ("$220 billion", "2,724,900 km2"). */
const CELL =
  /(?:[A-Z]{0,2}[$€£¥₹₽₸₩]|[A-Z]{3}\s)?\d[\d,.]*(?:\s?(?:%|percent|million|billion|trillion|thousand|bn|km2|km²|sq\s?km|km))?/g

/**
 * Reads flattened comparison tables: a line naming two or more countries and nothing else (the column heads), then
 * rows of a label and one value per country ("Population 19,000,000 9,500,000", "GDP | $220 billion | $500 billion").
 * Each value becomes a fact about its column's country, with the row line as evidence and the label as subject.
 */
export function findTableFacts(text: string, mentions: readonly ActorMention[], read: CellReader): Fact[] {
  const labels = loadLexicon('facts/table-labels.json', Labels).labels.map((l) => ({
    ...l,
    re: new RegExp(l.pattern, 'i'),
  }))
  const facts: Fact[] = []
  const lines = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index ?? 0, text: m[0] }))
  let columns: string[] | null = null
  for (const line of lines) {
    const end = line.start + line.text.length
    const countries = mentions.filter(
      (m) => m.span.start >= line.start && m.span.end <= end && 'country' in m.actor && m.via !== 'person',
    )
    const rest = countries.reduceRight(
      (t, m) => t.slice(0, m.span.start - line.start) + t.slice(m.span.end - line.start),
      line.text,
    )
    if (countries.length >= 2 && /^[\s|\t,;:/–—-]*(?:vs\.?|versus)?[\s|\t,;:/–—-]*$/i.test(rest)) {
      columns = countries.map((m) => (m.actor as { country: string }).country)
      continue
    }
    if (!columns) continue
    const row = /^(?<label>[\p{L}][\p{L}\s()/%,.'’-]*?)[\s:|\t]+(?=[A-Z]{0,3}[$€£¥₹₽₸₩]?\s?\d)/u.exec(line.text)
    const cells = row ? [...line.text.slice(row[0].length).matchAll(CELL)] : []
    const trailing = row
      ? line.text
          .slice(row[0].length)
          .replace(CELL, '')
          .replace(/[\s|\t,;]/g, '')
      : 'x'
    if (!row || cells.length !== columns.length || trailing !== '') {
      // Prose ends the table; a blank line between rows does not.
      if (/[.!?]\s*$/.test(line.text) && line.text.split(/\s+/).length > 8) columns = null
      continue
    }
    const label = (row.groups?.label ?? '').trim()
    const kind = labels.find((l) => l.re.test(label))
    if (!kind) continue
    for (const [i, cell] of cells.entries()) {
      const parsed = read(cell[0].trim())
      if (!parsed) continue
      const at = line.start + row[0].length + (cell.index ?? 0)
      const valueSpan: Span = { start: at, end: at + cell[0].trimEnd().length }
      facts.push({
        kind: kind.kind,
        subkind: kind.subkind,
        subject: `${label} (${columns[i]})`,
        value: parsed.value,
        valueMax: null,
        unit: parsed.unit ?? kind.unit,
        qualifier: null,
        period: null,
        valueSpan,
        evidence: { start: line.start, end },
        rule: `fact/table-row ${kind.kind}${kind.subkind ? `.${kind.subkind}` : ''}` as RuleId,
        confidence: 0.6,
      })
    }
  }
  return facts
}
