import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import BetterSqlite3 from 'better-sqlite3'
import type { Pair } from '../src/core/pair.js'
import { seriesWeights } from '../src/pipeline/pair-series.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import { event, extraction, fact, newVersion } from './factories.js'
import { runStoreContract } from './store.contract.js'

runStoreContract('sqlite (memory)', () => createSqliteStore({ path: ':memory:' }))

describe('sqlite store on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('creates the file in WAL mode, migrates once and keeps data across opens', async () => {
    const path = join(dir, 'nested', 'dyad.db')
    const a = await createSqliteStore({ path })
    await a.saveVersion(newVersion())
    await a.close()
    assert.ok(existsSync(path))
    const b = await createSqliteStore({ path })
    assert.equal((await b.listDocuments()).length, 1)
    await b.close()
    const raw = new BetterSqlite3(path, { readonly: true })
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal')
    const migrations = raw.prepare('select name from kysely_migration order by name').all() as { name: string }[]
    assert.deepEqual(
      migrations.map((m) => m.name),
      [
        '2026-11-24.1-documents',
        '2026-11-24.1-documents.sqlite-fts',
        '2026-11-24.2-extraction',
        '2026-11-24.3-extractor',
        '2026-11-29.1-fact-pair',
        '2026-11-30.1-query-indexes',
        '2026-11-30.2-pair-summaries',
        '2026-11-30.3-pair-event-dates',
        '2026-11-30.4-pair-windows',
      ],
    )
    raw.close()
  })

  it('fills the pair rollups from what is stored when their migration runs on an existing database', async () => {
    const path = join(dir, 'rollups.db')
    const a = await createSqliteStore({ path })
    const pair: Pair = ['ISR', 'KAZ']
    for (const [i, value] of ['2024-03-05', '2024-04', '2025'].entries())
      await a.saveVersion(
        newVersion({
          documentId: `doc-${i}`,
          contentHash: `h-${i}`,
          extraction: extraction({
            events: [
              event({ date: { value, precision: 'day', basis: 'explicit' } }),
              event({ type: 'ACCUSE', date: null }),
              // One each way at once (a co-source and a co-target), one the other way, with named actors.
              event({ type: 'AGREE', coSources: [{ country: 'KAZ' }], coTargets: [{ country: 'ISR' }] }),
              event({
                type: 'REJECT',
                source: { person: 'Tokayev', country: 'KAZ' },
                target: { person: 'Herzog', country: 'ISR' },
                date: { value: `202${i}-0${i + 1}`, precision: 'month', basis: 'explicit' },
              }),
            ],
            facts: [fact({ pair, period: String(2023 + (i % 2)), value: (i + 1) * 1e6 })],
          }),
        }),
      )
    const read = async (s: Awaited<ReturnType<typeof createSqliteStore>>) => [
      await s.summarizePairEvents([pair]),
      await s.pairAggregates(pair, { weights: seriesWeights() }),
      await s.pairProfile(pair),
      await s.pairLatestFacts(pair),
      await s.pairAggregates(pair, { direction: ['ISR', 'KAZ'], weights: seriesWeights() }),
      await s.pairAggregates(pair, { direction: ['KAZ', 'ISR'], weights: seriesWeights() }),
      await s.listEvents({ pair, limit: 2 }),
      await s.listEvents({ pair, order: 'desc' }),
    ]
    const before = await read(a)
    await a.close()
    // The database as it was before both rollup migrations: their tables, indexes and columns taken away.
    const raw = new BetterSqlite3(path)
    raw.exec(`drop table pair_event_dates; drop table pair_families; drop table pair_actors; drop table pair_documents;
      drop table pair_months; drop table pair_fact_periods; drop index events_by_reach; drop index facts_by_pair_kind;
      drop index event_pairs_by_date; alter table event_pairs drop column date_first;
      alter table event_pairs drop column date_last; alter table event_pairs drop column document_id;
      create index event_pairs_by_pair on event_pairs (a, b, event_id);
      delete from kysely_migration where name in ('2026-11-30.3-pair-event-dates', '2026-11-30.4-pair-windows')`)
    raw.close()
    const b = await createSqliteStore({ path })
    assert.deepEqual(await read(b), before)
    assert.equal((before[0] as { lastDate: string }[])[0]?.lastDate, '2025')
    assert.deepEqual(
      (before[3] as { period: string }[]).map((f) => f.period),
      ['2024'],
      'the latest period of the figure only',
    )
    await b.close()
  })

  it("ranks a search's newest matches only, and finds a pair's documents whether the pair is large or small", async () => {
    const store = await createSqliteStore({ path: join(dir, 'search.db'), searchWindow: 3 })
    // 39 documents of a large pair (France–Japan) and one of a small one (Israel–Kazakhstan), all about a harbour; the
    // oldest France–Japan document alone names a lighthouse.
    const pairOf = (i: number): Pair => (i === 20 ? ['ISR', 'KAZ'] : ['FRA', 'JPN'])
    const results = await store.saveVersions(
      Array.from({ length: 40 }, (_, i) => {
        const text = `Report ${i}\n\nThe delegations discussed the harbour${i === 0 ? ' and the lighthouse' : ''}.`
        return newVersion({
          documentId: `doc-${String(i).padStart(2, '0')}`,
          contentHash: `h-${i}`,
          cleanText: text,
          rawText: text,
          extraction: extraction({ dyad: pairOf(i) }),
        })
      }),
    )
    assert.ok(results.every((r) => !(r instanceof Error)))
    const ids = async (q: string, pair?: Pair) => (await store.search(q, { pair, limit: 50 })).map((h) => h.id).sort()
    // The three newest matching documents are ranked, whatever the limit asks.
    assert.deepEqual(await ids('harbour'), ['doc-37', 'doc-38', 'doc-39'])
    assert.deepEqual(await ids('harbour', ['FRA', 'JPN']), ['doc-37', 'doc-38', 'doc-39'])
    // A small pair is walked through its own documents: its one document is found among forty matches.
    assert.deepEqual(await ids('harbour', ['ISR', 'KAZ']), ['doc-20'])
    // A rare word is found however old its document.
    assert.deepEqual(await ids('lighthouse'), ['doc-00'])
    assert.deepEqual(await ids('lighthouse', ['FRA', 'JPN']), ['doc-00'])
    assert.deepEqual(await ids('lighthouse', ['ISR', 'KAZ']), [])
    const [hit] = await store.search('lighthouse')
    assert.match(hit?.snippet ?? '', /\[lighthouse\]/)
    await store.close()
  })

  it('streams on a connection of its own, so that other reads and writes go on while a stream is open', {
    timeout: 10_000,
  }, async () => {
    const store = await createSqliteStore({ path: join(dir, 'stream.db') })
    const text = 'Israel met Kazakhstan. Israel met Kazakhstan again.'
    await store.saveVersion(
      newVersion({
        cleanText: text,
        extraction: extraction({
          dyad: ['ISR', 'KAZ'],
          events: [event({ evidence: { start: 0, end: 22 } }), event({ evidence: { start: 23, end: text.length } })],
        }),
      }),
    )
    const it = store.streamEvents({ pair: ['ISR', 'KAZ'] })[Symbol.asyncIterator]()
    assert.equal((await it.next()).done, false)
    await store.saveVersion(newVersion({ documentId: 'other', contentHash: 'other-hash' }))
    assert.equal((await store.listDocuments()).length, 2)
    assert.equal((await it.next()).done, false)
    assert.equal((await it.next()).done, true)
    await store.close()
  })
})
