import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { goldEvent as gold, predictedEvent as pred } from '../../test/factories.js'
import { actorsMatch, dateMatches, factMatches, matchItems, typeMatches } from './match.js'

describe('event matching', () => {
  it('does not score direction and accepts co-actors', () => {
    assert.ok(actorsMatch(gold({}), pred({ source: 'BBB', target: 'AAA' })))
    assert.ok(actorsMatch(gold({ co_targets: ['CCC'] }), pred({ target: 'CCC' })))
    assert.ok(!actorsMatch(gold({}), pred({ target: 'CCC' })))
    assert.ok(
      actorsMatch(gold({ target: null }), pred({ source: 'ZZZ', target: 'aaa' })),
      'a unilateral gold event needs its source on either side',
    )
  })
  it('matches types by family, or exactly when strict', () => {
    assert.ok(typeMatches(gold({ type: 'CONSULT' }), pred({ type: 'VISIT' })))
    assert.ok(!typeMatches(gold({ type: 'CONSULT' }), pred({ type: 'VISIT' }), true))
    assert.ok(typeMatches(gold({ type: 'CONSULT', alt_types: ['VISIT'] }), pred({ type: 'VISIT' }), true))
    assert.ok(!typeMatches(gold({ type: 'ACCUSE' }), pred({ type: 'SANCTION' })))
  })
  it('compares dates at the gold precision, with ranges, alternatives and lenient dates', () => {
    assert.ok(dateMatches(gold({ date: '2020-05', date_precision: 'month' }), pred({ date: '2020-05-30' })))
    assert.ok(!dateMatches(gold({}), pred({ date: '2020-05' })), 'a less precise prediction does not match')
    assert.ok(dateMatches(gold({ date: '1830', date_precision: 'year', date_end: '1839' }), pred({ date: '1835' })))
    assert.ok(dateMatches(gold({ alt_dates: ['2020-05-03'] }), pred({ date: '2020-05-03' })))
    assert.ok(dateMatches(gold({ date_lenient: true }), pred({ date: null })))
    assert.ok(dateMatches(gold({ date: null, date_precision: null }), pred({ date: '1999' })))
  })
  it('matches one to one, prefers required gold, and lets an optional copy absorb a duplicate', () => {
    const golds = [gold({}), gold({ optional: true })]
    const a = matchItems(
      golds,
      [pred({}), pred({})],
      (g, p) => actorsMatch(g, p) && typeMatches(g, p) && dateMatches(g, p),
    )
    assert.deepEqual([...a.entries()].sort(), [
      [0, 0],
      [1, 1],
    ])
    const capacity = matchItems(
      [gold({ co_targets: ['CCC'] })],
      [pred({}), pred({ target: 'CCC' }), pred({})],
      actorsMatch,
    )
    assert.equal(capacity.size, 2, 'a gold event with one co-target takes two predictions')
  })
})

describe('fact matching', () => {
  it('needs the same kind and a value within 0.5%, an alternative or the range', () => {
    const g = { kind: 'trade_volume', value: 450_000_000 }
    assert.ok(factMatches(g, { kind: 'trade_volume', value: 451_000_000 }))
    assert.ok(!factMatches(g, { kind: 'trade_volume', value: 460_000_000 }))
    assert.ok(!factMatches(g, { kind: 'count', value: 450_000_000 }))
    assert.ok(factMatches({ kind: 'other', value: 3, value_max: 4 }, { kind: 'other', value: 3.5 }))
    assert.ok(
      factMatches({ kind: 'other', value: 2.3e9, alt_values: [{ value: -2.3e9 }] }, { kind: 'other', value: -2.3e9 }),
    )
    assert.ok(!factMatches(g, { kind: 'trade_volume', value: null }))
  })
})
