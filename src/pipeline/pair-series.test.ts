import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { StoredEvent, StoredFact } from '../store/store.js'
import { directed, keyFacts, latestEvent, pairSeries } from './pair-series.js'

const event = (over: Partial<StoredEvent>): StoredEvent => ({
  id: 1,
  documentId: 'd',
  documentTitle: null,
  type: 'CONSULT',
  family: 'consult',
  source: 'CHL',
  target: 'PER',
  coSources: [],
  coTargets: [],
  sourceActor: null,
  targetActor: null,
  sourceKind: 'country',
  targetKind: 'country',
  date: null,
  datePrecision: null,
  dateEnd: null,
  dateBasis: null,
  flags: { negated: false, hedged: false, future: false },
  dyadRelevant: true,
  evidence: { start: 0, end: 1 },
  evidenceText: 'x',
  rule: 'event/test',
  confidence: 1,
  ...over,
})

describe('pairSeries', () => {
  it('sums events by month with families, quad classes and the index; undated and year-only events stay out of months', () => {
    const s = pairSeries([
      event({ type: 'VISIT', family: 'consult', date: '2024-03-05', sourceActor: 'Ana Ruiz' }),
      event({ type: 'SANCTION', family: 'material_conflict', date: '2024-03' }),
      event({ type: 'AGREE', family: 'agree', date: '2024-05-01', dateEnd: '2024-05-02' }),
      event({
        type: 'ASSAULT',
        family: 'material_conflict',
        date: '2024-05',
        flags: { negated: true, hedged: false, future: false },
      }),
      event({ type: 'SUPPORT', family: 'agree', date: '2023' }),
      event({ type: 'ACCUSE', family: 'verbal_conflict', date: null, sourceActor: 'Ana Ruiz' }),
    ])
    assert.deepEqual(
      s.monthly.map((m) => [m.month, m.events, m.index]),
      [
        ['2024-03', 2, -5.1],
        ['2024-05', 2, 4.8],
      ],
    )
    assert.deepEqual(s.monthly[0]?.byQuad, { verbal_cooperation: 1, material_conflict: 1 })
    assert.deepEqual(s.monthly[0]?.byFamily, { consult: 1, material_conflict: 1 })
    assert.deepEqual([s.firstDate, s.lastDate, s.undated], ['2023', '2024-05-02', 1])
    assert.deepEqual(s.actors, [{ name: 'Ana Ruiz', code: 'CHL', events: 2 }])
  })
})

const fact = (over: Partial<StoredFact>): StoredFact => ({
  id: 1,
  documentId: 'd1',
  documentTitle: null,
  kind: 'trade_volume',
  subkind: null,
  subject: null,
  value: 450_000_000,
  valueMax: null,
  unit: 'USD',
  qualifier: null,
  period: '2023',
  pair: ['CHL', 'PER'],
  valueSpan: { start: 0, end: 1 },
  valueText: '$450 million',
  evidence: { start: 0, end: 1 },
  evidenceText: 'x',
  rule: 'fact/test',
  confidence: 1,
  ...over,
})

describe('keyFacts', () => {
  it('keeps the latest period per kind with its sources, and shows a differing value as a disagreement', () => {
    const k = keyFacts(
      [
        fact({ period: '2022', value: 400_000_000, documentId: 'd0' }),
        fact({ documentId: 'd1' }),
        fact({ documentId: 'd2', value: 451_000_000, valueText: '$451 million' }),
        fact({ documentId: 'd3', value: 500_000_000, valueText: '$500 million' }),
        fact({ kind: 'population', unit: 'people', value: 18_000_000, period: null, documentId: 'd1' }),
      ],
      ['CHL', 'PER'],
    )
    const trade = k.find((x) => x.kind === 'trade_volume')
    assert.deepEqual([trade?.period, trade?.value, trade?.sources], ['2023', 450_000_000, ['d1', 'd2']])
    assert.deepEqual(trade?.disagreements, [{ value: 500_000_000, valueText: '$500 million', documentId: 'd3' }])
    assert.equal(k.find((x) => x.kind === 'population')?.value, 18_000_000)
  })

  it('counts the documents giving values within 0.5% of each other together, and keeps the best-supported value', () => {
    // 100 and 100.4 agree, 100.4 and 100.8 agree, 100 and 100.8 do not: 100.4 has the most support (four documents).
    const k = keyFacts(
      [
        fact({ documentId: 'a', value: 100 }),
        fact({ documentId: 'b', value: 100 }),
        fact({ documentId: 'c', value: 100.4 }),
        fact({ documentId: 'd', value: 100.8 }),
        fact({ documentId: 'e', value: 120 }),
        fact({ documentId: 'f', value: 99.2 }),
      ],
      ['CHL', 'PER'],
    )
    const trade = k[0]
    assert.deepEqual([trade?.value, trade?.sources], [100.4, ['a', 'b', 'c', 'd']])
    assert.deepEqual(
      trade?.disagreements.map((d) => d.documentId),
      ['e', 'f'],
    )
  })

  it('uses only the facts whose own pair is the pair: a China–US figure is no key fact of China–Russia', () => {
    const k = keyFacts(
      [
        fact({ pair: ['CHN', 'USA'], value: 73_000_000_000, period: '2024', documentId: 'd1' }),
        fact({ pair: ['CHN', 'RUS'], value: 240_000_000_000, period: '2023', documentId: 'd1' }),
        fact({ pair: null, value: 5_000_000, period: '2025', documentId: 'd1' }),
      ],
      ['CHN', 'RUS'],
    )
    assert.deepEqual(
      k.map((x) => [x.value, x.period, x.pair]),
      [[240_000_000_000, '2023', ['CHN', 'RUS']]],
    )
  })
})

describe('directed', () => {
  it('keeps the acts of one side towards the other, co-actors included', () => {
    const events = [
      event({ id: 1, source: 'CHL', target: 'PER' }),
      event({ id: 2, source: 'PER', target: 'CHL' }),
      event({ id: 3, source: 'BOL', coSources: ['CHL'], target: 'ARG', coTargets: ['PER'] }),
      event({ id: 4, source: 'CHL', target: null }),
    ]
    assert.deepEqual(
      directed(events, 'CHL', 'PER').map((e) => e.id),
      [1, 3],
    )
    assert.deepEqual(
      directed(events, 'PER', 'CHL').map((e) => e.id),
      [2],
    )
  })
})

describe('latestEvent', () => {
  it('is the dated event that ends last; undated events never are', () => {
    const events = [
      event({ id: 1, date: '2024-03-05' }),
      event({ id: 2, date: null }),
      event({ id: 3, date: '2024-02', dateEnd: '2024-04' }),
      event({ id: 4, date: '2023' }),
    ]
    assert.equal(latestEvent(events)?.id, 3)
    assert.equal(latestEvent([event({ date: null })]), null)
  })
})
