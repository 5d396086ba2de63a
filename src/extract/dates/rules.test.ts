import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isPartialDate } from '../../core/date-range.js'
import type { PartialDate } from '../../core/types.js'
import type { RuleExample } from '../recognizer.js'
import { runRecognizers, runRefiners } from '../run-rules.js'
import { splitSentences } from '../segment.js'
import { dateRecognizers, dateRefiners } from './configuration.js'
import { findTimeExpressions } from './index.js'
import type { DateFinding, DateRecognizer } from './time-expression.js'
import { dateContext } from './time-expression.js'

function anchorOf(reference: string | undefined): PartialDate | null {
  if (!reference) return null
  assert.ok(isPartialDate(reference), `reference ${reference} is a partial date`)
  return { value: reference, precision: reference.length === 10 ? 'day' : reference.length === 7 ? 'month' : 'year' }
}

/**
 * A positive example is read by the whole family, as a document would be: a relative date counts from the explicit
 * one before it, and another rule's longer match wins. The expression that reads `match` (from `rule`, for a
 * recognizer) must have what `expect` says, and its span must slice back to `match` where `match` first stands.
 */
function holds(ex: RuleExample<DateFinding>, rule?: string): void {
  const expect = ex.expect
  assert.ok(expect && ex.match, 'a positive example names its match')
  const all = findTimeExpressions(ex.text, splitSentences(ex.text), anchorOf(ex.reference))
  const t = all.find((x) => x.text === ex.match && (!rule || x.rule === rule))
  assert.ok(t, `no ${JSON.stringify(ex.match)}${rule ? ` by ${rule}` : ''} among ${JSON.stringify(all)}`)
  assert.equal(t.span.start, ex.text.indexOf(ex.match))
  assert.equal(ex.text.slice(t.span.start, t.span.end), ex.match)
  for (const [key, value] of Object.entries(expect))
    assert.deepEqual((t as unknown as Record<string, unknown>)[key], value, `${key} of ${JSON.stringify(ex.match)}`)
}

/** A negative example of a recognizer is run on that recognizer alone, so it is its own pattern that must not match. */
function findsNothing(rule: DateRecognizer, ex: RuleExample<DateFinding>): void {
  const context = dateContext(ex.text, splitSentences(ex.text), anchorOf(ex.reference))
  const found = runRefiners(dateRefiners, runRecognizers([rule], ex.text, context), context)
  assert.deepEqual(
    found.filter((f) => !ex.match || f.text === ex.match).map((f) => f.text),
    [],
  )
}

describe('date recognizers, each on its own examples', () => {
  it('have distinct ids in the date family and one-line notes', () => {
    const ids = dateRecognizers.map((r) => r.id)
    assert.equal(new Set(ids).size, ids.length)
    for (const r of [...dateRecognizers, ...dateRefiners]) {
      assert.match(r.id, /^date\/[a-z-]+$/)
      assert.ok(r.note.length > 0 && !r.note.includes('\n'), r.id)
    }
  })

  for (const rule of dateRecognizers) {
    describe(rule.id, () => {
      it('has at least two dated examples and one negative', () => {
        assert.ok(rule.examples.filter((ex) => ex.expect?.date).length >= 2, 'two examples that give a date')
        assert.ok(
          rule.examples.some((ex) => ex.expect === null),
          'a negative example',
        )
      })
      for (const ex of rule.examples) {
        it(`${ex.expect === null ? 'finds nothing in' : 'reads'} ${JSON.stringify(ex.text)}`, () =>
          ex.expect === null ? findsNothing(rule, ex) : holds(ex, rule.id))
      }
    })
  }
})

describe('date refiners, each on its own examples', () => {
  for (const refiner of dateRefiners) {
    describe(refiner.id, () => {
      for (const ex of refiner.examples ?? []) {
        it(`${JSON.stringify(ex.match)} in ${JSON.stringify(ex.text)}`, () => {
          if (ex.expect !== null) return holds(ex)
          // A refiner's negative example: nothing in the document's expressions reads `match`.
          const all = findTimeExpressions(ex.text, splitSentences(ex.text), anchorOf(ex.reference))
          assert.deepEqual(
            all.filter((t) => t.text === ex.match),
            [],
          )
        })
      }
    })
  }
})
