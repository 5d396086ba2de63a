import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { goldEvent as gold, predictedEvent as pred } from '../../test/factories.js'
import { classifyMiss, diagnoseEvents, evidenceSpan, liesOn, missReport } from './misses.js'

describe('classifyMiss', () => {
  it('names each class from the predictions on the sentence', () => {
    const g = gold()
    assert.equal(classifyMiss(g, []), 'no event')
    assert.equal(classifyMiss(g, [pred({ type: 'SANCTION' })]), 'wrong type')
    assert.equal(classifyMiss(g, [pred({ target: 'CCC', type: 'VISIT' })]), 'wrong actors')
    assert.equal(classifyMiss(g, [pred({ date: '2020-05-05' })]), 'wrong date')
    assert.equal(classifyMiss(g, [pred({ date: null, source: 'BBB', target: 'AAA' })]), 'wrong date')
    assert.equal(classifyMiss(g, [pred({ type: 'ACCUSE', target: 'CCC' })]), 'wrong type and actors')
  })
  it('checks in order: wrong type before wrong actors before wrong date', () => {
    const g = gold()
    const wrongType = pred({ type: 'AGREE' })
    const wrongActors = pred({ source: 'DDD' })
    const wrongDate = pred({ date: '2020' })
    assert.equal(classifyMiss(g, [wrongDate, wrongActors, wrongType]), 'wrong type')
    assert.equal(classifyMiss(g, [wrongDate, wrongActors]), 'wrong actors')
  })
  it('reads actors, family and date as the matching does', () => {
    const g = gold({ type: 'SANCTION', target: null, alt_types: ['ACCUSE'], date: '2020-05', date_precision: 'month' })
    assert.equal(classifyMiss(g, [pred({ source: 'CCC', target: 'AAA', type: 'REJECT', date: '2020' })]), 'wrong date')
    assert.equal(classifyMiss(g, [pred({ source: 'CCC', target: 'DDD', type: 'THREATEN' })]), 'wrong actors')
  })
})

describe('diagnoseEvents', () => {
  it('lists required misses only, and does not count a prediction another gold event took', () => {
    const golds = [
      gold(),
      gold({ type: 'SUPPORT' }),
      gold({ type: 'ACCUSE', optional: true }),
      gold({ type: 'SANCTION', target: 'CCC' }),
    ]
    const preds = [pred(), pred({ type: 'SANCTION', target: 'DDD' })]
    // The first prediction is on the sentence of golds 0 and 1, the second on the sentence of gold 3.
    const there = (i: number, j: number) => (j === 0 ? i <= 1 : i === 3)
    const d = diagnoseEvents(golds, preds, there, (_, i) => `x#${i + 1}`)
    assert.deepEqual([...d.matching.assign], [[0, 0]])
    assert.deepEqual(d.families, {
      agree: { found: 0, total: 1 },
      consult: { found: 1, total: 1 },
      material_conflict: { found: 0, total: 1 },
    })
    assert.deepEqual(
      d.misses.map((m) => [m.id, m.class]),
      [
        ['x#2', 'no event'],
        ['x#4', 'wrong actors'],
      ],
    )
    assert.deepEqual(d.misses[0]?.predicted, [
      { type: 'CONSULT', source: 'AAA', target: 'BBB', date: '2020-05-04', matched: true },
    ])
  })
  it('counts misses per class, every class listed', () => {
    const golds = [gold({ type: 'SANCTION' }), gold({ type: 'AID' })]
    const d = diagnoseEvents(
      golds,
      [pred({ type: 'SANCTION', date: null })],
      () => true,
      (_, i) => String(i),
    )
    assert.deepEqual(missReport(d.misses).by_class, {
      'no event': 0,
      'wrong type': 1,
      'wrong actors': 0,
      'wrong date': 1,
      'wrong type and actors': 0,
    })
  })
})

describe('where a miss is', () => {
  it('finds gold evidence in the clean text, or in the decoded text through the cleaning map', () => {
    const decoded = 'Intro.\nNorway sanctioned Finland.[1] Then more.'
    const text = 'Intro.\nNorway sanctioned Finland. Then more.'
    const map = [
      { clean: { start: 0, end: 33 }, source: { start: 0, end: 33 } },
      { clean: { start: 33, end: 44 }, source: { start: 36, end: 47 } },
    ]
    assert.deepEqual(evidenceSpan('Then more.', { text, map }, decoded), { start: 34, end: 44 })
    const span = evidenceSpan('Norway sanctioned Finland.[1]', { text, map }, decoded)
    assert.deepEqual(span, { start: 7, end: 33 })
    assert.equal(evidenceSpan('Sweden did not.', { text, map }, decoded), null)
  })
  it('puts a prediction on a stretch by span overlap, else by a shared opening of its evidence', () => {
    const span = { start: 10, end: 20 }
    assert.ok(liesOn(pred({ start: 19, end: 30 }), span, 'x'))
    assert.ok(!liesOn(pred({ start: 20, end: 30 }), span, 'x'), 'spans are half-open')
    const long = 'Norway imposed sanctions on Finland over the fishing dispute on Monday.'
    assert.ok(liesOn(pred({ evidence: long }), null, `${long} More text.`))
    assert.ok(liesOn(pred({ evidence: `Earlier. ${long}` }), null, long), 'the stretch opens inside the evidence')
    assert.ok(!liesOn(pred({ evidence: 'Sweden imposed sanctions on Denmark.' }), null, long))
    assert.ok(!liesOn(pred({ evidence: long }), null, ''), 'an event without evidence has no sentence')
  })
})
