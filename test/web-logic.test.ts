// The parts of the web UI that compute what it shows from the API's JSON, tested without a browser.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { segments } from '../web/src/components/highlight.js'
import {
  dateLabel,
  documentTitle,
  kindLabel,
  periodLabel,
  snippetParts,
  sourcePlace,
  valueLabel,
  webUrl,
} from '../web/src/format.js'
import { actorGraph, chartWindow, dateSpan, monthRange, NO_FILTERS, passes } from '../web/src/series.js'
import type { EventItem, Month } from '../web/src/types.js'

const event = (over: Partial<EventItem>): EventItem => ({
  type: 'CONSULT',
  source: 'CHL',
  target: 'PER',
  co_sources: [],
  co_targets: [],
  source_actor: null,
  target_actor: null,
  source_kind: 'country',
  target_kind: 'country',
  date: null,
  date_precision: null,
  date_end: null,
  date_basis: null,
  evidence: 'x',
  start: 0,
  end: 1,
  dyad_relevant: true,
  hedged: false,
  negated: false,
  future: false,
  confidence: 1,
  rule: 'event/test',
  family: 'consult',
  document: 'd',
  document_title: null,
  ...over,
})

describe('segments', () => {
  it('cuts overlapping and nested marks into pieces that list every mark covering them', () => {
    const text = 'Chile met Peru in Lima.'
    const segs = segments(text.length, [
      { key: 'e', layer: 'event', start: 0, end: 14, label: 'MEET' },
      { key: 'a', layer: 'actor', start: 0, end: 5, label: 'CHL' },
      { key: 'b', layer: 'actor', start: 10, end: 14, label: 'PER' },
      { key: 'f', layer: 'fact', start: 10, end: 22, label: 'x' },
    ])
    assert.deepEqual(
      segs.map((s) => [
        text.slice(s.start, s.end),
        s.marks
          .map((m) => m.key)
          .sort()
          .join(''),
      ]),
      [
        ['Chile', 'ae'],
        [' met ', 'e'],
        ['Peru', 'bef'],
        [' in Lima', 'f'],
        ['.', ''],
      ],
    )
  })
  it('clips marks to the text and drops empty ones', () => {
    const segs = segments(4, [
      { key: 'x', layer: 'time', start: 2, end: 9, label: '' },
      { key: 'y', layer: 'time', start: 3, end: 3, label: '' },
    ])
    assert.deepEqual(
      segs.map((s) => [s.start, s.end, s.marks.length]),
      [
        [0, 2, 0],
        [2, 4, 1],
      ],
    )
  })
})

describe('monthRange', () => {
  it('lists every month from the first to the last, across years', () => {
    const m = (month: string): Month => ({ month, events: 1, by_family: {}, by_quad: {}, index: 0 })
    assert.deepEqual(monthRange([m('2023-11'), m('2024-02')]), ['2023-11', '2023-12', '2024-01', '2024-02'])
    assert.deepEqual(monthRange([]), [])
  })
})

describe('dateSpan', () => {
  it('covers the day, month or year a partial date names, and both ends of a range', () => {
    const iso = (d: { start: Date; end: Date }) => [
      d.start.toISOString().slice(0, 10),
      d.end.toISOString().slice(0, 10),
    ]
    assert.deepEqual(iso(dateSpan('2024-02-28', null)), ['2024-02-28', '2024-02-29'])
    assert.deepEqual(iso(dateSpan('2024-12', null)), ['2024-12-01', '2025-01-01'])
    assert.deepEqual(iso(dateSpan('2019', null)), ['2019-01-01', '2020-01-01'])
    assert.deepEqual(iso(dateSpan('2009-09', '2009-10')), ['2009-09-01', '2009-11-01'])
  })
})

describe('passes', () => {
  const none = NO_FILTERS
  it('keeps events of the family and within the range, both ends included at any precision', () => {
    const e = event({ date: '2023-10-08', family: 'consult' })
    assert.ok(passes(e, none))
    assert.ok(passes(e, { ...none, family: 'consult' }))
    assert.ok(!passes(e, { ...none, family: 'agree' }))
    assert.ok(passes(e, { ...none, from: '2023', to: '2023' }))
    assert.ok(passes(e, { ...none, from: '2023-10', to: '2023-10' }))
    assert.ok(!passes(e, { ...none, from: '2023-11' }))
    assert.ok(!passes(e, { ...none, to: '2023-10-07' }))
  })
  it('keeps the events an actor takes part in, on either side, by code or by name', () => {
    const e = event({ source: 'CHL', source_actor: 'Ana Ruiz', target: 'PER', co_targets: ['BOL'] })
    for (const actor of ['Ana Ruiz', 'CHL', 'PER', 'BOL']) assert.ok(passes(e, { ...none, actor }), actor)
    assert.ok(!passes(e, { ...none, actor: 'ARG' }))
    assert.ok(!passes(e, { ...none, actor: 'Ana' }))
  })
  it('keeps a range that overlaps the filter, and an undated event only when no date bound is set', () => {
    assert.ok(passes(event({ date: '2023-09', date_end: '2023-11' }), { ...none, from: '2023-10', to: '2023-10' }))
    assert.ok(!passes(event({ date: null }), { ...none, from: '2023' }))
    assert.ok(passes(event({ date: null }), none))
  })
})

describe('actorGraph', () => {
  it('links people to their state and weights edges by the events between actors', () => {
    const ruiz = { source: 'CHL', source_actor: 'Ana Ruiz', source_kind: 'person' as const, target: 'PER' }
    const g = actorGraph([event(ruiz), event(ruiz), event({ source: 'PER', target: 'CHL' })])
    assert.deepEqual(g.nodes.map((n) => `${n.kind}:${n.label}`).sort(), [
      'country:CHL',
      'country:PER',
      'person:Ana Ruiz',
    ])
    const weight = (s: string, t: string) => g.edges.find((e) => e.source === s && e.target === t)?.weight
    assert.equal(weight('person:Ana Ruiz', 'c:PER'), 2)
    assert.equal(weight('c:PER', 'c:CHL'), 1)
    assert.ok(g.edges.some((e) => e.kind === 'member' && e.source === 'person:Ana Ruiz' && e.target === 'c:CHL'))
  })
  it('keeps organisations apart from states, tied to no state when they have none', () => {
    const g = actorGraph([
      event({ source: 'Hamas', source_actor: 'Hamas', source_kind: 'org', target: 'ISR' }),
      event({ source: 'Xavier Roe', source_actor: 'Xavier Roe', source_kind: 'person', target: 'ISR' }),
    ])
    assert.deepEqual(g.nodes.map((n) => `${n.kind}:${n.label}`).sort(), [
      'country:ISR',
      'org:Hamas',
      'person:Xavier Roe',
    ])
    assert.ok(g.edges.every((e) => e.kind === 'event'))
  })
})

describe('labels', () => {
  it('writes dates as a reader does, and passes through what is not a date', () => {
    assert.equal(dateLabel('2025-10-08'), '8 Oct 2025')
    assert.equal(dateLabel('2025-10'), 'Oct 2025')
    assert.equal(dateLabel('1992'), '1992')
    assert.equal(dateLabel('2009-09', '2009-10'), 'Sep 2009 – Oct 2009')
    assert.equal(periodLabel('2023'), '2023')
    assert.equal(periodLabel('2013-2023'), '2013 – 2023')
    assert.equal(periodLabel('2024-01/2024-02'), 'Jan 2024 – Feb 2024')
    assert.equal(periodLabel('2022-02'), 'Feb 2022')
    assert.equal(dateLabel(null), 'undated')
    assert.equal(dateLabel('2019-2023'), '2019-2023')
  })
  it('writes values with their currency, scale, unit and qualifier', () => {
    assert.equal(valueLabel({ value: 450e6, value_max: null, unit: 'USD', qualifier: 'over' }), 'over $450M')
    assert.equal(valueLabel({ value: 25, value_max: null, unit: 'percent', qualifier: null }), '25%')
    assert.equal(valueLabel({ value: 3300, value_max: null, unit: 'people', qualifier: null }), '3,300 people')
    assert.equal(valueLabel({ value: 3, value_max: 4, unit: 'years', qualifier: null }), '3 years–4 years')
    assert.equal(kindLabel('trade_volume'), 'Trade')
    assert.equal(kindLabel('defence_budget'), 'Defence budget')
  })
  it('links only to the web', () => {
    assert.equal(webUrl('https://example.org/a'), 'https://example.org/a')
    assert.equal(webUrl('javascript:alert(1)'), null)
    assert.equal(webUrl('not a url'), null)
    assert.equal(webUrl(null), null)
  })
})

describe('snippetParts', () => {
  it('reads marks and entities without parsing HTML, so markup in a document stays text', () => {
    assert.deepEqual(snippetParts('a &lt;img onerror=x&gt; <mark>Lima</mark> &amp; b'), [
      { text: 'a <img onerror=x> ', mark: false },
      { text: 'Lima', mark: true },
      { text: ' & b', mark: false },
    ])
  })
})

describe('chartWindow', () => {
  it('opens on the whole history when it spans under ten years', () => {
    assert.deepEqual(chartWindow(1), { start: 0, end: 0, whole: true })
    assert.deepEqual(chartWindow(119), { start: 0, end: 118, whole: true })
    assert.deepEqual(chartWindow(120), { start: 0, end: 119, whole: true })
  })

  it('opens on the last ten years of a longer history, the months before left to the slider', () => {
    assert.deepEqual(chartWindow(121), { start: 1, end: 120, whole: false })
    // December 1991 to October 2025: the window starts in November 2015.
    const axis = monthRange([{ month: '1991-12' }, { month: '2025-10' }] as Month[])
    const w = chartWindow(axis.length)
    assert.equal(axis[w.start], '2015-11')
    assert.equal(axis[w.end], '2025-10')
    assert.equal(w.whole, false)
    assert.deepEqual(chartWindow(0), { start: 0, end: 0, whole: true })
  })
})

describe('documentTitle', () => {
  it('is the title when there is one', () => {
    assert.equal(documentTitle({ id: '3a0c0f3e51d4', title: 'Kazakhstan and Israel' }), 'Kazakhstan and Israel')
  })

  it('names a document without a title by where and when it comes from, never by its bare id', () => {
    const d = { id: '3a0c0f3e51d4', title: null }
    assert.equal(
      documentTitle({ ...d, source: 'https://www.reuters.com/world/x', publication_date: '2024-03-04' }),
      'Untitled document from reuters.com, 4 Mar 2024',
    )
    assert.equal(documentTitle({ ...d, source: '/home/me/reading/notes.txt' }), 'Untitled document from notes.txt')
    assert.equal(
      documentTitle({ ...d, title: '  ', source: '-', publication_date: '2024' }),
      'Untitled document of 2024',
    )
    assert.equal(documentTitle({ ...d, source: '-' }), 'Untitled document 3a0c0f3e')
  })

  it('reads the place of a source: host, file name, upload; nothing for a paste', () => {
    assert.equal(sourcePlace('HTTPS://news.example.org/a?b=1'), 'news.example.org')
    assert.equal(sourcePlace('C:\\docs\\report.html'), 'report.html')
    assert.equal(sourcePlace('upload:brief.md'), 'brief.md')
    assert.equal(sourcePlace('-'), null)
    assert.equal(sourcePlace(null), null)
  })
})
