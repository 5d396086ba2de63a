import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { StoredEvent } from '../store/store.js'
import { pairSeries } from './pair-series.js'

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
