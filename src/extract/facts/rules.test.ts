import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findActors } from '../actors.js'
import { findTimeExpressions } from '../dates/index.js'
import { inferDyad } from '../dyad.js'
import type { RuleExample } from '../recognizer.js'
import type { RegexRecognizer } from '../run-rules.js'
import { splitSentences } from '../segment.js'
import { type FactConfiguration, findFindings } from './build-facts.js'
import { factConfiguration } from './configuration.js'
import type { FactContext, FactFinding } from './finding.js'

/** What fact finding reads from a text, made as extraction makes it. */
function contextOf(text: string, reference?: string): FactContext {
  const sentences = splitSentences(text)
  const anchor = reference ? { value: reference, precision: 'day' as const } : null
  const mentions = findActors(text).mentions
  const times = findTimeExpressions(text, sentences, anchor)
  return { text, sentences, times, mentions, dyad: inferDyad(text, mentions, null) }
}

/** Runs one example with the rules of `configuration` (one recognizer and every refiner) and checks what it says. */
function check(example: RuleExample<FactFinding>, configuration: FactConfiguration): void {
  const { text, expect, match } = example
  const found = findFindings(contextOf(text, example.reference), configuration)
  if (expect === null) {
    assert.deepEqual(found, [], `nothing in ${JSON.stringify(text)}`)
    return
  }
  // The finding the example is about: the one over its `match`, else the first.
  const f = found.find((x) => text.slice(x.span.start, x.span.end) === match) ?? found[0]
  assert.ok(f, `a finding in ${JSON.stringify(text)}`)
  assert.equal(text.slice(f.span.start, f.span.end), match, `matched text in ${JSON.stringify(text)}`)
  for (const [key, value] of Object.entries(expect))
    assert.deepEqual(f[key as keyof FactFinding], value, `${key} in ${JSON.stringify(text)}`)
}

/** Every recognizer's examples hold when it runs alone with every refiner, and there are enough of them. */
function checkAll(
  rules: readonly RegexRecognizer<FactFinding, unknown>[],
  alone: (rule: RegexRecognizer<FactFinding, unknown>) => FactConfiguration,
): void {
  for (const rule of rules) {
    it(`${rule.id}: "${rule.examples[0]?.match}" and the other examples hold`, () => {
      const positive = rule.examples.filter((e) => e.expect !== null)
      assert.ok(positive.length >= 2 && positive.length < rule.examples.length, 'two positive examples and a negative')
      for (const e of positive)
        assert.ok(
          e.match && ['value', 'unit', 'kind'].every((k) => e.expect && k in e.expect),
          'value, unit, kind, match',
        )
      for (const e of rule.examples) check(e, alone(rule))
    })
  }
}

describe('fact recognizers, each alone on its own examples', () => {
  const { refiners, table } = factConfiguration
  checkAll(factConfiguration.sentence as readonly RegexRecognizer<FactFinding, unknown>[], (rule) => ({
    table: null,
    sentence: [rule as (typeof factConfiguration.sentence)[number]],
    refiners,
  }))
  if (table) checkAll([table as RegexRecognizer<FactFinding, unknown>], () => ({ table, sentence: [], refiners }))
})

describe('fact refiners, on their own examples with every rule', () => {
  for (const refiner of factConfiguration.refiners) {
    if (!refiner.examples) continue
    it(`${refiner.id}: its examples hold`, () => {
      assert.ok((refiner.examples?.length ?? 0) >= 3, 'three examples at least')
      for (const e of refiner.examples ?? []) check(e, factConfiguration)
    })
  }
})
