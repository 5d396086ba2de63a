import type { Fact } from '../../core/types.js'
import { buildFacts } from './build-facts.js'
import { factConfiguration } from './configuration.js'
import type { FactContext } from './finding.js'

/**
 * Finds number-bearing facts: rows of flattened comparison tables, then sentence by sentence money with its currency
 * and scale ("US$12.18 billion", "EUR 60.2 billion", "Rs 500 crore"), exchange rates, percentages (with a percent cut
 * off at the end of the text), populations ("a nation of 18 million"), durations, measures and counts of people and
 * things ("76 Kazakhstani citizens", "three oil blocks"). The kind comes from words of the sentence, the qualifier
 * from the words just before the number, the period from a date of the number's own clause, the pair from the states of its sentence, paragraph or document. Numbers that are dates,
 * ordinals, labels ("No. 107", "Level 2") or unit conversions in brackets are not facts.
 */
export function findFacts(ctx: FactContext): Fact[] {
  return buildFacts(ctx, factConfiguration)
}

export type { FactConfiguration } from './build-facts.js'
export type { FactContext, FactFinding } from './finding.js'
