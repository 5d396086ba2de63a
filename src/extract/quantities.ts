import type { QuantityMention, Sentence } from '../core/types.js'
import type { ActorMention } from './actors.js'
import type { TimeExpression } from './dates/index.js'
import { findFindings } from './facts/build-facts.js'
import { factConfiguration } from './facts/configuration.js'

/** What quantity finding reads: the clean text, its sentences, its time expressions and actor mentions. */
export interface QuantityContext {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly times: readonly TimeExpression[]
  readonly mentions: readonly ActorMention[]
}

/**
 * Every number the fact readers read, whether or not it became a fact, as a quantity mention: the number as written,
 * its scaled value, its unit and the reader's rule ("US$12.18 billion" → 12180000000 USD, `fact/money-currency-first`).
 */
export function findQuantities(ctx: QuantityContext): QuantityMention[] {
  return findFindings(ctx, factConfiguration).map((f) => ({
    kind: 'quantity',
    span: f.span,
    text: ctx.text.slice(f.span.start, f.span.end),
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    rule: f.rule,
    confidence: f.confidence,
  }))
}
