import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import BetterSqlite3 from 'better-sqlite3'
import type { Pair } from '../src/core/pair.js'
import { seriesWeights } from '../src/pipeline/pair-series.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import { withSearchFunction } from '../src/store/sqlite/sqlite-store.js'
import type { Store } from '../src/store/store.js'
import { event, extraction, fact, newVersion, spanOf } from './factories.js'

/*
 * The guard of the read paths' shapes: every statement a list or profile runs is planned by SQLite (on a database
 * with statistics, as after an ingest), and none may SCAN a table of documents, versions, events or facts when a pair,
 * an id or a cursor is given. A scan there is what made a profile take minutes at 20k documents.
 */

const TABLES = ['documents', 'document_versions', 'events', 'event_pairs', 'facts', 'mentions', 'entities']
const ALIASES = ['d', 'v', 'e', 'p', 'f', 'c', 'cd', 'cv', 'pv', 'pp', 'pe']
const scan = new RegExp(`^SCAN (${[...TABLES, ...ALIASES].join('|')})\\b`)

describe('sqlite query plans', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-plans-'))
  const path = join(dir, 'plans.db')
  const log: { sql: string; parameters: readonly unknown[] }[] = []
  let store: Store
  let raw: BetterSqlite3.Database

  before(async () => {
    store = await createSqliteStore({ path, onQuery: (sql, parameters) => log.push({ sql, parameters }) })
    const countries = ['FRA', 'ISR', 'JPN', 'KAZ', 'RUS', 'TUR']
    for (let i = 0; i < 120; i++) {
      const a = countries[i % countries.length] as string
      const b = countries[(i * 7 + 1) % countries.length] as string
      const pair = [a, b === a ? 'USA' : b].sort() as unknown as Pair
      const text = `${a} met ${pair[1]} on ${i}. Trade was $${i} million. ${'More words. '.repeat(20)}`
      await store.saveVersion(
        newVersion({
          documentId: `doc-${String(i).padStart(3, '0')}`,
          contentHash: `hash-${i}`,
          cleanText: text,
          rawText: text,
          ingestedAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
          extraction: extraction({
            dyad: pair,
            events: [0, 1, 2].map((k) =>
              event({
                type: (['CONSULT', 'AGREE', 'ACCUSE'] as const)[k],
                source: { country: pair[k % 2] as string },
                target: { country: pair[(k + 1) % 2] as string },
                date: k === 2 ? null : { value: `${2000 + (i % 20)}-0${k + 1}`, precision: 'month', basis: 'explicit' },
                evidence: { start: 0, end: text.indexOf('.') + 1 },
              }),
            ),
            facts: [fact({ pair, valueSpan: spanOf(text, `$${i} million`), evidence: spanOf(text, 'Trade was') })],
          }),
        }),
      )
    }
    await store.optimize()
    // The store's own SQL functions (the evidence search) must be known to explain its queries.
    raw = withSearchFunction(new BetterSqlite3(path, { readonly: true }))
  })
  after(async () => {
    raw.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /** Runs a read and returns the plan lines of every statement it ran that scan a table. */
  async function scansOf(read: () => Promise<unknown>): Promise<string[]> {
    log.length = 0
    await read()
    assert.ok(log.length > 0, 'the read ran no statement')
    return log.flatMap(({ sql, parameters }) =>
      (raw.prepare(`explain query plan ${sql}`).all(...(parameters as unknown[])) as { detail: string }[])
        .map((r) => r.detail)
        .filter((d) => scan.test(d))
        .map((d) => `${d}   ← ${sql}`),
    )
  }

  const pair: Pair = ['FRA', 'ISR']
  const drain = async (items: AsyncIterable<unknown>) => {
    for await (const _ of items);
  }
  const reads: [string, () => Promise<unknown>][] = [
    ['listEvents by pair', () => store.listEvents({ pair })],
    ['listEvents by pair, newest first, a page', () => store.listEvents({ pair, order: 'desc', limit: 10 })],
    ['listEvents by pair and type', () => store.listEvents({ pair, type: 'AGREE' })],
    ['listEvents by pair and dates', () => store.listEvents({ pair, from: '2005', to: '2010' })],
    [
      'listEvents by pair after a cursor',
      () =>
        store.listEvents({ pair, limit: 5, after: { id: 10, documentId: 'doc-010', date: '2010-01', dateEnd: null } }),
    ],
    [
      'listEvents after a cursor of an undated event',
      () => store.listEvents({ pair, limit: 5, after: { id: 10, documentId: 'doc-010', date: null, dateEnd: null } }),
    ],
    [
      'listEvents after a cursor, no filter',
      () => store.listEvents({ limit: 5, after: { id: 10, documentId: 'doc-010', date: '2010-01', dateEnd: null } }),
    ],
    [
      'listEvents newest first after a cursor, no filter',
      () =>
        store.listEvents({
          order: 'desc',
          limit: 5,
          after: { id: 10, documentId: 'doc-010', date: '2010-01', dateEnd: null },
        }),
    ],
    ['listFacts by pair', () => store.listFacts({ pair })],
    [
      'listFacts by pair after a cursor',
      () => store.listFacts({ pair, limit: 5, after: { id: 3, documentId: 'doc-003', valueStart: 20 } }),
    ],
    ['streamEvents by pair', () => drain(store.streamEvents({ pair }))],
    ['streamFacts by pair', () => drain(store.streamFacts({ pair }))],
    ['listDocuments by pair', () => store.listDocuments({ pair })],
    ['listDocuments after a cursor', () => store.listDocuments({ after: 'doc-050', limit: 10 })],
    ['getDocument', () => store.getDocument('doc-007')],
    ['getDocument of a version', () => store.getDocument('doc-007', 1)],
    ['getExtraction', () => store.getExtraction('doc-007')],
    ['pairProfile', () => store.pairProfile(pair)],
    ['listPairs, from the pair summaries', () => store.listPairs()],
    ['pairAggregates', () => store.pairAggregates(pair, { weights: seriesWeights() })],
    [
      'pairAggregates in one direction',
      () => store.pairAggregates(pair, { direction: ['ISR', 'FRA'], weights: seriesWeights() }),
    ],
    ['pairLatestFacts', () => store.pairLatestFacts(pair)],
    ['listDocuments by id', () => store.listDocuments({ ids: ['doc-007', 'doc-011'] })],
    ['listDocuments by id prefix', () => store.listDocuments({ idPrefix: 'doc-01', limit: 2 })],
    [
      'summarizePairEvents of a page of pairs',
      () =>
        store.summarizePairEvents([
          ['FRA', 'ISR'],
          ['JPN', 'KAZ'],
          ['RUS', 'TUR'],
        ]),
    ],
    ['search within a pair', () => store.search('trade', { pair })],
  ]
  for (const [name, read] of reads)
    it(`${name}: no SCAN of a table`, async () => {
      assert.deepEqual(await scansOf(read), [])
    })

  /** The plan lines of every statement a read ran, each with its statement. */
  async function plansOf(read: () => Promise<unknown>): Promise<{ sql: string; plan: string[] }[]> {
    log.length = 0
    await read()
    return log.map(({ sql, parameters }) => ({
      sql,
      plan: (raw.prepare(`explain query plan ${sql}`).all(...(parameters as unknown[])) as { detail: string }[]).map(
        (r) => r.detail,
      ),
    }))
  }

  it("reads the list of pairs' details and a pair's series and counts from the rollups, the latest event by a seek on its date", async () => {
    const summary = await plansOf(() =>
      store.summarizePairEvents([
        ['FRA', 'ISR'],
        ['JPN', 'KAZ'],
      ]),
    )
    const rollup = summary.filter((s) => s.sql.includes('pair_event_dates'))
    assert.equal(rollup.length, 1)
    assert.ok(
      rollup.every((s) => s.plan.some((d) => /^SEARCH r USING .*pair_event_dates/.test(d))),
      String(rollup[0]?.plan),
    )
    const latest = summary.filter((s) => s.sql.includes('coalesce(e.date_end, e.date) ='))
    assert.ok(latest.length > 0)
    for (const s of latest)
      assert.ok(
        s.plan.some((d) => /^SEARCH e USING INDEX events_by_reach/.test(d)),
        `the latest event is a seek on its date: ${s.plan.join(' | ')}`,
      )
    // No statement of the list's details reads every event of a pair.
    assert.ok(
      !summary.some((s) => s.plan.some((d) => /SEARCH p USING .*event_pairs_by_date \(a=\? AND b=\?\)$/.test(d))),
    )
    // In one direction too, the series, dates and actors are rollup rows: no statement reads the pair's events.
    const oneWay = await plansOf(() =>
      store.pairAggregates(['FRA', 'ISR'], { direction: ['ISR', 'FRA'], weights: seriesWeights() }),
    )
    for (const { sql, plan } of oneWay)
      assert.ok(!plan.some((d) => /^(SEARCH|SCAN) (e|p|events|event_pairs)\b/.test(d)), `${plan.join(' | ')} ← ${sql}`)
    const series = await plansOf(() => store.pairAggregates(['FRA', 'ISR'], { weights: seriesWeights() }))
    for (const table of ['pair_actors', 'pair_documents', 'pair_months']) {
      const reads = series.filter((s) => s.sql.includes(table))
      assert.ok(reads.length > 0, table)
      // A rollup's rows are bounded by months and types, not by events: grouping them may sort.
      for (const r of reads)
        assert.ok(
          r.plan.every((d) => d.startsWith('SEARCH') || d === 'USE TEMP B-TREE FOR GROUP BY'),
          `${table}: ${r.plan.join(' | ')}`,
        )
    }
    // The newest sources are a walk of the index by publication date: no sort of all the pair's documents.
    const sources = series.filter((s) => /from "pair_documents" as "s"/.test(s.sql))
    assert.equal(sources.length, 1)
    assert.ok(
      sources[0]?.plan.some((d) => /^SEARCH s USING .*pair_documents_by_published/.test(d)) &&
        !sources[0]?.plan.some((d) => d.includes('TEMP B-TREE')),
      String(sources[0]?.plan),
    )
    const profile = await plansOf(() => store.pairProfile(['FRA', 'ISR']))
    for (const table of ['pair_summaries', 'pair_families']) {
      const reads = profile.filter((s) => s.sql.includes(table))
      assert.equal(reads.length, 1, table)
      assert.ok(
        reads[0]?.plan.every((d) => d.startsWith('SEARCH')),
        `${table}: ${reads[0]?.plan.join(' | ')}`,
      )
    }
    const dates = series.filter((s) => s.sql.includes('pair_event_dates'))
    assert.equal(dates.length, 1)
    assert.ok(
      dates[0]?.plan.filter((d) => /^SEARCH pair_event_dates USING/.test(d)).length === 2,
      `the first and last dates are two seeks: ${dates[0]?.plan.join(' | ')}`,
    )
  })

  it("reads a page of a pair's events as a walk of the pair's index in list order, either way, with a cursor or not", async () => {
    const cursor = { id: 10, documentId: 'doc-010', date: '2010-01', dateEnd: null }
    for (const read of [
      () => store.listEvents({ pair, limit: 10 }),
      () => store.listEvents({ pair, order: 'desc', limit: 10 }),
      () => store.listEvents({ pair, family: 'consult', limit: 10, after: cursor }),
      () => store.listEvents({ pair, order: 'desc', limit: 10, after: cursor }),
      () => store.listEvents({ pair, limit: 10, after: { ...cursor, date: null } }),
    ]) {
      const plans = await plansOf(read)
      assert.ok(plans.length > 0)
      for (const { sql, plan } of plans) {
        assert.ok(
          plan.some((d) => /^SEARCH p USING (COVERING )?INDEX event_pairs_by_date \(a=\? AND b=\?/.test(d)),
          `${plan.join(' | ')} ← ${sql}`,
        )
        assert.ok(!plan.some((d) => d.includes('TEMP B-TREE')), `no sort: ${plan.join(' | ')}`)
      }
    }
  })

  it("reads a page of a pair's facts as a walk of its documents newest first, with a cursor or not", async () => {
    const first = await store.listFacts({ pair, limit: 3 })
    const last = first[2]
    assert.ok(last)
    const cursor = { id: last.id, documentId: last.documentId, valueStart: last.valueSpan.start }
    for (const read of [
      () => store.listFacts({ pair, limit: 3 }),
      () => store.listFacts({ pair, limit: 3, after: cursor }),
      () => store.listFacts({ pair, kind: 'trade_volume', limit: 3, after: cursor }),
    ]) {
      const plans = (await plansOf(read)).filter((s) => s.sql.includes('"pair_documents" as "s"'))
      assert.equal(plans.length, 1)
      for (const { plan } of plans) {
        assert.ok(
          plan.some((d) => /^SEARCH s USING (COVERING )?INDEX pair_documents_by_published \(a=\? AND b=\?/.test(d)),
          plan.join(' | '),
        )
        // Only the facts of one document are sorted (by their place in the text), never the pair's.
        assert.ok(!plan.includes('USE TEMP B-TREE FOR ORDER BY'), plan.join(' | '))
      }
    }
  })

  it("reads a pair's key-fact candidates as a seek per figure on its latest period", async () => {
    const plans = await plansOf(() => store.pairLatestFacts(pair))
    const periods = plans.filter((s) => s.sql.includes('pair_fact_periods'))
    assert.equal(periods.length, 1)
    assert.ok(
      periods[0]?.plan.every((d) => d.startsWith('SEARCH')),
      String(periods[0]?.plan),
    )
    const facts = plans.filter((s) => /from "facts" as "f"/.test(s.sql))
    assert.ok(facts.length > 0)
    for (const { plan } of facts)
      assert.ok(
        plan.some((d) =>
          /^SEARCH f USING INDEX facts_by_pair_kind \(pair_a=\? AND pair_b=\? AND kind=\? AND <expr>=\?\)/.test(d),
        ),
        plan.join(' | '),
      )
  })

  it('tells a scan when there is one', async () => {
    const scans = await scansOf(() => store.listEvents({ text: 'met' }))
    assert.ok(scans.length > 0)
  })
})
