import type { Fact } from '../../core/types.js'
import { buildFacts, factsOf, findFindings } from './build-facts.js'
import { factConfiguration } from './configuration.js'
import type { FactContext, FactFinding } from './finding.js'
import { quantities } from './lexicon.js'
import { rowLabels } from './recognizers/table-row.js'

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

/** The facts of a text and every number read on the way (quantity mentions), from one reading. */
export function readNumbers(ctx: FactContext): { facts: Fact[]; findings: FactFinding[] } {
  const findings = findFindings(ctx, factConfiguration)
  return { facts: factsOf(findings), findings }
}

let kinds: readonly string[] | undefined

/** Every kind a fact can have: the kinds the lexicons give numbers (sentences and table rows), sorted. */
export function factKinds(): readonly string[] {
  kinds ??= [...new Set([...quantities().kinds.map((k) => k.kind), ...rowLabels().map((l) => l.kind)])].sort()
  return kinds
}

export type { FactConfiguration } from './build-facts.js'
export type { FactContext, FactFinding } from './finding.js'
