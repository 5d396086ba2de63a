import type { QuantityMention } from '../core/types.js'
import type { FactFinding } from './facts/index.js'

/**
 * Every number the fact readers read, whether or not it became a fact, as a quantity mention: the number as written,
 * its scaled value, its unit and the reader's rule ("US$12.18 billion" → 12180000000 USD, `fact/money-currency-first`).
 */
export function quantitiesOf(text: string, findings: readonly FactFinding[]): QuantityMention[] {
  return findings.map((f) => ({
    kind: 'quantity',
    span: f.span,
    text: text.slice(f.span.start, f.span.end),
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    rule: f.rule,
    confidence: f.confidence,
  }))
}
