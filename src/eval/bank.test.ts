import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { predictedEvent } from '../../test/factories.js'
import { BankError, type BankItem, bankMarkdown, parseBank, scoreBankItem, summariseBank } from './bank.js'
import type { PlacedPrediction } from './misses.js'

const line = (o: Record<string, unknown>) =>
  JSON.stringify({
    id: 'q1',
    publication_date: null,
    text: 'Oman praised Jordan.',
    target: 'Oman praised Jordan.',
    events: [],
    ...o,
  })

const item = (o: Partial<BankItem>): BankItem => ({
  id: 'q1',
  publication_date: '2020-02-03',
  text: 'Oman hosted talks. Oman praised Jordan on 1 February 2020.',
  target: 'Oman praised Jordan on 1 February 2020.',
  events: [],
  ...o,
})

const support = {
  type: 'SUPPORT',
  source: 'OMN',
  target: 'JOR',
  date: '2020-02-01',
  date_precision: 'day',
}

// The prediction that matches `support`.
const pred = (p: Partial<PlacedPrediction>) =>
  predictedEvent({ type: 'SUPPORT', source: 'OMN', target: 'JOR', date: '2020-02-01', ...p })

describe('parseBank', () => {
  it('reads one item a line and skips blank lines', () => {
    const items = parseBank(`${line({ id: 'a' })}\n\n${line({ id: 'b', publication_date: '2020' })}\n`)
    assert.deepEqual(
      items.map((i) => [i.id, i.publication_date]),
      [
        ['a', null],
        ['b', '2020'],
      ],
    )
  })
  it('names the first bad line and its reason', () => {
    const bad = (source: string, message: RegExp) =>
      assert.throws(
        () => parseBank(source),
        (e: unknown) => e instanceof BankError && message.test(e.message),
      )
    bad(`${line({})}\n{"id": "q2",`, /^line 2: not JSON \(/)
    bad(line({ events: [{ type: 'SUPPORT' }] }), /^line 1: events\.0\.source: /)
    bad(line({ target: 'Jordan praised Oman.' }), /^line 1: target is not part of text$/)
    bad(`${line({})}\n${line({})}`, /^line 2: id q1 already on line 1$/)
    bad('\n  \n', /^no items$/)
  })
})

describe('bankMarkdown', () => {
  it('writes the item as the reference scorer writes it', () => {
    assert.equal(
      bankMarkdown(item({ id: 'z9', publication_date: '2020-02' })),
      '---\ntitle: "Item z9"\ndate: 2020-02\n---\n\nOman hosted talks. Oman praised Jordan on 1 February 2020.\n',
    )
    assert.equal(
      bankMarkdown(item({ publication_date: null, text: 'T.', target: 'T.' })),
      '---\ntitle: "Item q1"\n---\n\nT.\n',
    )
  })
})

describe('scoreBankItem and summariseBank', () => {
  const clean = 'Item q1\n\nOman hosted talks. Oman praised Jordan on 1 February 2020.'
  const onTarget = { start: 28, end: 67 }

  it('keeps only predictions on the target sentence', () => {
    const s = scoreBankItem(item({ events: [support] }), {
      clean_text: clean,
      events: [
        pred({ type: 'CONSULT', start: 9, end: 27 }),
        pred(onTarget),
        pred({ type: 'ACCUSE', start: null, end: null, evidence: 'Oman hosted talks.' }),
      ],
    })
    assert.equal(s.predicted, 1)
    assert.deepEqual(s.events, { tp_pred: 1, fp: 0, gold_found: 1, gold_required: 1 })
    assert.deepEqual(s.misses, [])
  })

  it('adds up as the sentence scorer does: recall counts matched predictions, co-actors give capacity', () => {
    const withCoTarget = item({ events: [{ ...support, co_targets: ['QAT'] }] })
    const twoMatches = scoreBankItem(withCoTarget, {
      clean_text: clean,
      events: [pred(onTarget), pred({ ...onTarget, target: 'QAT' })],
    })
    const undated = scoreBankItem(item({ id: 'q2', events: [{ ...support, date: null, date_precision: null }] }), {
      clean_text: clean,
      events: [pred(onTarget)],
    })
    const missed = scoreBankItem(item({ id: 'q3', events: [support] }), {
      clean_text: clean,
      events: [pred({ ...onTarget, date: '2020-01-31' })],
    })
    const negative = scoreBankItem(item({ id: 'q4' }), { clean_text: clean, events: [pred(onTarget)] })
    const quiet = scoreBankItem(item({ id: 'q5' }), { clean_text: clean, events: [] })
    const report = summariseBank([twoMatches, undated, missed, negative, quiet])
    // events: tp 2 + 1 + 0, fp 0 + 0 + 1 + 1, fn 0 + 0 + 1 → P 3/5, R 3/4.
    assert.deepEqual(report.events, { precision: 0.6, recall: 0.75, f1: 0.6667 })
    assert.deepEqual(report.no_date, { precision: 0.8, recall: 1, f1: 0.8889 })
    assert.deepEqual(report.strict, report.events)
    assert.deepEqual(report.recall_by_family, { agree: '2/3' })
    assert.equal(report.negatives_with_false_event, '1/2')
    assert.equal(report.hallucinated_dates, 1)
    assert.equal(report.items, 5)
    assert.deepEqual(
      report.misses.items.map((m) => [m.id, m.class]),
      [['q3#1', 'wrong date']],
    )
    assert.equal(report.misses.by_class['wrong date'], 1)
  })
})
