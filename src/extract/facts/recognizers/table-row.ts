import { z } from 'zod'
import { loadLexicon } from '../../../text/lexicon.js'
import type { TableCellRecognizer } from '../finding.js'
import { parseNumber, quantities, scaled } from '../lexicon.js'

const Labels = z.object({
  note: z.string(),
  labels: z.array(
    z.object({ pattern: z.string(), kind: z.string(), subkind: z.string().nullable(), unit: z.string().nullable() }),
  ),
})
type Label = z.infer<typeof Labels>['labels'][number] & { readonly re: RegExp }

let labels: readonly Label[] | undefined

/** The row labels of lexicons/facts/table-labels.json, in order: the first that matches gives the row's kind. */
export function rowLabels(): readonly Label[] {
  labels ??= loadLexicon('facts/table-labels.json', Labels).labels.map((l) => ({
    ...l,
    re: new RegExp(l.pattern, 'i'),
  }))
  return labels
}

/**
 * A value cell of a row of a flattened comparison table: a number with an optional currency before it and a scale or
 * unit after it ("$220 billion", "2,724,900 km2", "45%"). Its fact is about the country heading its column.
 */
export const tableRow: TableCellRecognizer = {
  id: 'fact/table-row',
  note: "One cell of a table row under a line of country names; the row's label gives the kind, the column the country.",
  pattern:
    /(?:[A-Z]{0,2}[$€£¥₹₽₸₩]|[A-Z]{3}\s)?\d[\d,.]*(?:\s?(?:%|percent|million|billion|trillion|thousand|bn|km2|km²|sq\s?km|km))?/g,
  examples: [
    {
      text: 'Norway\tDenmark\nPopulation\t5,400,000\t5,900,000',
      expect: {
        kind: 'population',
        value: 5_400_000,
        unit: 'people',
        subject: 'Population (NOR)',
        pair: ['DNK', 'NOR'],
      },
      match: '5,400,000',
    },
    {
      text: 'Fiji vs Samoa\nGDP | $5 billion | $900 million',
      expect: { kind: 'other', subkind: 'gdp', value: 5_000_000_000, unit: 'USD', subject: 'GDP (FJI)' },
      match: '$5 billion',
    },
    {
      text: 'Malta, Tunisia\nArea: 316 km2 163,610 km2',
      expect: { kind: 'other', subkind: 'area', value: 316, unit: 'km2' },
      match: '316 km2',
    },
    { text: 'Population\t5,400,000\t5,900,000', expect: null },
    { text: 'Norway\tDenmark\nPopulation\t5,400,000', expect: null },
  ],
  extract(cell, context) {
    const label = rowLabels().find((l) => l.re.test(context.label))
    const parsed = readCell(cell[0].trim())
    if (!label || !parsed) return null
    const start = context.valuesAt + cell.index
    return {
      kind: label.kind,
      subkind: label.subkind,
      subject: `${context.label} (${context.column})`,
      value: parsed.value,
      valueMax: null,
      unit: parsed.unit ?? label.unit,
      qualifier: null,
      period: null,
      span: { start, end: start + cell[0].trimEnd().length },
      evidence: context.row,
      rule: 'fact/table-row',
      confidence: 0.6,
    }
  },
}

/** A table cell read as a number with its unit: "19,000,000", "$220 billion", "2,724,900 km2", "45%". */
function readCell(cell: string): { value: number; unit: string | null } | null {
  const lex = quantities()
  const m = /^(?<cur>[A-Z]{0,2}[$€£¥₹₽₸₩]|[A-Z]{3}\s)?(?<num>[\d,.]+)\s?(?<tail>%|percent|[\p{L}²2 ]+)?$/u.exec(cell)
  if (!m?.groups) return null
  const n = parseNumber(m.groups.num ?? '')
  if (n === null) return null
  const tail = (m.groups.tail ?? '').trim().toLowerCase()
  const scale = lex.scales[tail] ?? 1
  const cur = m.groups.cur ? (lex.currencies[m.groups.cur.trim()] ?? null) : null
  const unit =
    cur ??
    (tail === '%' || tail === 'percent' ? 'percent' : scale === 1 && tail ? (lex.distanceUnits[tail] ?? tail) : null)
  return { value: scaled(n, scale), unit }
}
