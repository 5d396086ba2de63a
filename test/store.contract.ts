import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Pair } from '../src/core/pair.js'
import {
  directed,
  keyFacts,
  latestEvent,
  pairSeries,
  seriesOfMonths,
  seriesWeights,
} from '../src/pipeline/pair-series.js'
import type { PairAggregates, Store, StoredEvent, StoredFact } from '../src/store/store.js'
import { SearchQueryError } from '../src/store/store.js'
import { actorMention, event, extraction, fact, metadata, newVersion, spanOf } from './factories.js'

/** The behaviour every Store implementation must have; each engine's test file runs it. */
export function runStoreContract(engine: string, open: () => Promise<Store>): void {
  describe(`${engine} store contract`, () => {
    let store: Store
    before(async () => {
      store = await open()
    })
    after(async () => {
      await store.close()
    })

    it('stores a new document as version 1 and reads it back whole', async () => {
      const v = newVersion({
        documentId: 'doc-a',
        contentHash: 'h-a1',
        cleanText: 'Atlantis and Lemuria signed an accord.',
      })
      const saved = await store.saveVersion(v)
      assert.deepEqual(
        { status: saved.status, version: saved.version, documentId: saved.documentId },
        { status: 'ingested', version: 1, documentId: 'doc-a' },
      )
      const doc = await store.getDocument('doc-a')
      assert.ok(doc)
      assert.equal(doc.cleanText, v.cleanText)
      assert.equal(doc.rawText, v.rawText)
      assert.deepEqual(doc.metadata, v.metadata)
      assert.deepEqual(doc.spanMap, v.spanMap)
      assert.deepEqual(doc.removals, v.removals)
      assert.equal(doc.publicationDate, '2024-03-05')
    })

    it('reports the same bytes as unchanged and stores nothing new', async () => {
      const again = await store.saveVersion(newVersion({ documentId: 'doc-a', contentHash: 'h-a1' }))
      assert.equal(again.status, 'unchanged')
      assert.equal(again.version, 1)
      assert.equal((await store.listDocuments()).length, 1)
    })

    it('keeps a changed document as a new version, listing only the latest', async () => {
      const saved = await store.saveVersion(
        newVersion({ documentId: 'doc-a', contentHash: 'h-a2', cleanText: 'Version two text.' }),
      )
      assert.equal(saved.version, 2)
      const list = await store.listDocuments()
      assert.equal(list.length, 1)
      assert.equal(list[0]?.version, 2)
      assert.equal((await store.getDocument('doc-a'))?.cleanText, 'Version two text.')
      assert.equal((await store.getDocument('doc-a', 1))?.cleanText, 'Atlantis and Lemuria signed an accord.')
    })

    it('finds a version by its content hash', async () => {
      assert.equal((await store.findByContentHash('h-a1'))?.version, 1)
      assert.equal(await store.findByContentHash('nope'), undefined)
    })

    it('searches the latest versions with snippets and marks', async () => {
      await store.saveVersion(
        newVersion({
          documentId: 'doc-b',
          contentHash: 'h-b1',
          cleanText: 'Lemuria recalled its ambassador from Atlantis over the fishing dispute.',
        }),
      )
      const hits = await store.search('ambassador', { marks: ['<b>', '</b>'] })
      assert.equal(hits.length, 1)
      assert.equal(hits[0]?.id, 'doc-b')
      assert.match(hits[0]?.snippet ?? '', /<b>ambassador<\/b>/)
      // The first version of doc-a mentioned "accord"; only the latest versions are searched.
      assert.equal((await store.search('accord')).length, 0)
    })

    it('rejects a malformed query with a SearchQueryError', async () => {
      await assert.rejects(store.search('"unbalanced'), SearchQueryError)
      await assert.rejects(store.search('AND OR'), SearchQueryError)
    })

    it('leaves nothing behind when saving a version fails half-way', async () => {
      const before = await store.listDocuments()
      // The version row is built after the document row is inserted; a failure there must roll both back.
      const poisoned = {
        ...metadata(),
        toJSON: () => {
          throw new Error('cannot serialise')
        },
      }
      await assert.rejects(
        store.saveVersion(newVersion({ documentId: 'doc-half', contentHash: 'h-half', metadata: poisoned })),
      )
      assert.deepEqual(await store.listDocuments(), before)
      assert.equal(await store.findByContentHash('h-half'), undefined)
      const saved = await store.saveVersion(newVersion({ documentId: 'doc-half', contentHash: 'h-half' }))
      assert.equal(saved.version, 1)
    })

    it('records failures without touching documents', async () => {
      const before = await store.listDocuments()
      await store.recordFailure({
        documentId: 'x',
        origin: '/tmp/bad.txt',
        contentHash: null,
        error: 'binary content',
        ingestedAt: '2024-01-01T00:00:00Z',
      })
      assert.deepEqual(await store.listDocuments(), before)
      assert.equal((await store.listFailures())[0]?.error, 'binary content')
    })
  })

  describe(`${engine} store contract: extraction`, () => {
    let store: Store
    before(async () => {
      store = await open()
    })
    after(async () => {
      await store.close()
    })

    const text = [
      'Israel and Kazakhstan held talks in Astana on 5 March 2024.',
      'Kazakhstan welcomed the Israeli proposal in May 2023.',
      'Russia and Israel urged Kazakhstan to open a consulate.',
      'Israeli Foreign Minister Gideon Saar praised Kazakhstan.',
      'In the 1990s the two countries agreed on visa-free travel.',
      'Turkey criticized Russia in January 2024.',
      'Bilateral trade exceeded $450 million in 2023.',
    ].join(' ')
    const sentence = (start: string) => {
      const s = spanOf(text, start)
      return { start: s.start, end: text.indexOf('.', s.start) + 1 }
    }
    const x = extraction({
      dyad: ['ISR', 'KAZ'],
      mentions: [
        actorMention('ISR', spanOf(text, 'Israel'), 'Israel'),
        {
          kind: 'time',
          date: { value: '2024-03-05', precision: 'day', basis: 'explicit' },
          span: spanOf(text, '5 March 2024'),
          text: '5 March 2024',
          rule: 'dates/day-month-year',
          confidence: 0.95,
        },
        {
          kind: 'time',
          date: { value: '1990', end: '1999', precision: 'year', basis: 'explicit' },
          span: spanOf(text, 'the 1990s'),
          text: 'the 1990s',
          rule: 'dates/decade',
          confidence: 0.9,
        },
      ],
      events: [
        event({ type: 'CONSULT', evidence: sentence('Israel and Kazakhstan held') }),
        event({
          type: 'SUPPORT',
          source: { country: 'KAZ' },
          target: { country: 'ISR' },
          date: { value: '2023-05', precision: 'month', basis: 'explicit' },
          evidence: sentence('Kazakhstan welcomed'),
        }),
        event({
          type: 'REQUEST',
          source: { country: 'RUS' },
          coSources: [{ country: 'ISR' }],
          date: null,
          flags: { negated: false, hedged: true, future: false },
          evidence: sentence('Russia and Israel urged'),
        }),
        event({
          type: 'SUPPORT',
          source: { person: 'Gideon Saar', role: 'foreign minister', country: 'ISR' },
          date: null,
          evidence: sentence('Israeli Foreign Minister'),
        }),
        event({
          type: 'AGREE',
          date: { value: '1990', end: '1999', precision: 'year', basis: 'explicit' },
          evidence: sentence('In the 1990s'),
        }),
        event({
          type: 'ACCUSE',
          source: { country: 'TUR' },
          target: { country: 'RUS' },
          date: { value: '2024-01', precision: 'month', basis: 'explicit' },
          dyadRelevant: false,
          evidence: sentence('Turkey criticized'),
        }),
      ],
      facts: [
        fact({ pair: ['ISR', 'KAZ'], valueSpan: spanOf(text, '$450 million'), evidence: sentence('Bilateral trade') }),
      ],
      entities: {
        countries: ['ISR', 'KAZ', 'RUS', 'TUR'],
        people: [{ name: 'Gideon Saar', role: 'foreign minister', country: 'ISR' }],
        organizations: [{ name: 'Knesset', country: 'ISR' }],
        places: [{ name: 'Astana', aliases: ['Nur-Sultan'], country: 'KAZ' }],
      },
    })
    const types = (events: readonly StoredEvent[]) => events.map((e) => e.type)

    it('stores an extraction with its version and reads it back with evidence from the clean text', async () => {
      await store.saveVersion(newVersion({ documentId: 'doc-x', contentHash: 'h-x1', cleanText: text, extraction: x }))
      const got = await store.getExtraction('doc-x')
      assert.ok(got)
      assert.deepEqual(got.dyad, ['ISR', 'KAZ'])
      assert.deepEqual(got.mentions, x.mentions)
      assert.deepEqual(got.entities, x.entities)
      assert.deepEqual(types(got.events), ['CONSULT', 'SUPPORT', 'REQUEST', 'SUPPORT', 'AGREE', 'ACCUSE'])
      const saar = got.events[3]
      assert.equal(saar?.source, 'ISR')
      assert.equal(saar?.sourceActor, 'Gideon Saar')
      assert.equal(saar?.evidenceText, 'Israeli Foreign Minister Gideon Saar praised Kazakhstan.')
      assert.equal(saar?.family, 'agree')
      assert.equal(saar?.documentId, 'doc-x')
      assert.equal(saar?.documentTitle, 'Synthetic Ministers Meet')
      const request = got.events[2]
      assert.deepEqual([request?.source, request?.coSources, request?.date], ['RUS', ['ISR'], null])
      assert.deepEqual(request?.flags, { negated: false, hedged: true, future: false })
      const agree = got.events[4]
      assert.deepEqual(
        [agree?.date, agree?.dateEnd, agree?.datePrecision, agree?.dateBasis],
        ['1990', '1999', 'year', 'explicit'],
      )
      assert.equal(got.events[5]?.dyadRelevant, false)
      const trade = got.facts[0]
      assert.deepEqual(
        [trade?.kind, trade?.value, trade?.valueText, trade?.period, trade?.qualifier],
        ['trade_volume', 450_000_000, '$450 million', '2023', 'exceeded'],
      )
      assert.equal(trade?.evidenceText, 'Bilateral trade exceeded $450 million in 2023.')
      assert.equal(await store.getExtraction('nope'), undefined)
    })

    it('lists the events between two states in either direction, co-actors included, undated last', async () => {
      const isrKaz = await store.listEvents({ pair: ['ISR', 'KAZ'] })
      assert.deepEqual(types(isrKaz), ['AGREE', 'SUPPORT', 'CONSULT', 'REQUEST', 'SUPPORT'])
      assert.deepEqual(
        isrKaz.map((e) => e.date),
        ['1990', '2023-05', '2024-03-05', null, null],
      )
      assert.deepEqual(types(await store.listEvents({ pair: ['KAZ', 'RUS'] })), ['REQUEST'])
      assert.deepEqual(types(await store.listEvents({ pair: ['RUS', 'TUR'] })), ['ACCUSE'])
      assert.deepEqual(
        await store.listEvents({ pair: ['ISR', 'RUS'] }),
        [],
        'co-sources are not paired with each other',
      )
      const newest = await store.listEvents({ pair: ['ISR', 'KAZ'], order: 'desc' })
      assert.deepEqual(types(newest), ['CONSULT', 'SUPPORT', 'AGREE', 'REQUEST', 'SUPPORT'])
      assert.deepEqual(types(await store.listEvents({ pair: ['ISR', 'KAZ'], order: 'desc', limit: 2 })), [
        'CONSULT',
        'SUPPORT',
      ])
    })

    it('pages events and facts with an offset, each item once', async () => {
      const all = await store.listEvents({ pair: ['ISR', 'KAZ'] })
      const paged = [
        ...(await store.listEvents({ pair: ['ISR', 'KAZ'], limit: 2 })),
        ...(await store.listEvents({ pair: ['ISR', 'KAZ'], limit: 2, offset: 2 })),
        ...(await store.listEvents({ pair: ['ISR', 'KAZ'], limit: 2, offset: 4 })),
      ]
      assert.deepEqual(
        paged.map((e) => e.id),
        all.map((e) => e.id),
      )
      assert.deepEqual(types(await store.listEvents({ pair: ['ISR', 'KAZ'], offset: 3 })), ['REQUEST', 'SUPPORT'])
      assert.deepEqual(await store.listEvents({ pair: ['ISR', 'KAZ'], offset: 5 }), [])
      assert.equal((await store.listFacts({ offset: 0, limit: 1 })).length, 1)
      assert.deepEqual(await store.listFacts({ offset: 1 }), [])
    })

    it('pages events, facts and documents by keyset, each item once, in both orders', async () => {
      for (const order of ['asc', 'desc'] as const) {
        const all = await store.listEvents({ pair: ['ISR', 'KAZ'], order })
        const paged: StoredEvent[] = []
        for (let after: StoredEvent | undefined, n = 0; n < 10; n++) {
          const page = await store.listEvents({ pair: ['ISR', 'KAZ'], order, limit: 2, after })
          paged.push(...page)
          after = page[page.length - 1]
          if (!after) break
        }
        assert.deepEqual(
          paged.map((e) => e.id),
          all.map((e) => e.id),
          order,
        )
      }
      const facts = await store.listFacts()
      const [first] = facts
      assert.ok(first)
      assert.deepEqual(
        await store.listFacts({
          after: { id: first.id, documentId: first.documentId, valueStart: first.valueSpan.start },
        }),
        facts.slice(1),
      )
      const docs = await store.listDocuments()
      assert.deepEqual(
        (await store.listDocuments({ limit: 1 })).map((d) => d.id),
        docs.slice(0, 1).map((d) => d.id),
      )
      assert.deepEqual(
        (await store.listDocuments({ after: docs[0]?.id })).map((d) => d.id),
        docs.slice(1).map((d) => d.id),
      )
    })

    it("streams the events and facts it lists, one at a time, with their documents' URLs", async () => {
      const streamed = []
      for await (const e of store.streamEvents({ pair: ['ISR', 'KAZ'], order: 'desc' })) streamed.push(e)
      const listed = await store.listEvents({ pair: ['ISR', 'KAZ'], order: 'desc' })
      assert.deepEqual(
        streamed.map(({ sourceUrl, ...e }) => e),
        listed,
      )
      const [doc] = await store.listDocuments({ pair: ['ISR', 'KAZ'] })
      assert.ok(streamed.every((e) => e.sourceUrl === doc?.sourceUrl))
      const facts = []
      for await (const f of store.streamFacts({ pair: ['ISR', 'KAZ'] })) facts.push(f)
      assert.deepEqual(
        facts.map(({ sourceUrl, ...f }) => f),
        await store.listFacts({ pair: ['ISR', 'KAZ'] }),
      )
    })

    it("lists events whose evidence answers a search in the documents' syntax: whole words, phrases, prefix*, OR, NOT", async () => {
      const sorted = async (text: string) => types(await store.listEvents({ text })).sort()
      assert.deepEqual(await sorted('kazakhstan TALKS'), ['CONSULT'])
      assert.deepEqual(await sorted('talks kazakhstan'), ['CONSULT'], 'words anywhere, in any order')
      assert.deepEqual(await sorted('"talks kazakhstan"'), [], 'a phrase keeps its order')
      assert.deepEqual(await sorted('"held talks"'), ['CONSULT'])
      assert.deepEqual(await sorted('israel'), ['CONSULT', 'REQUEST'], 'a whole word: not "Israeli"')
      assert.deepEqual(await sorted('israel*'), ['CONSULT', 'REQUEST', 'SUPPORT', 'SUPPORT'])
      assert.deepEqual(await sorted('talks OR urged'), ['CONSULT', 'REQUEST'])
      assert.deepEqual(await sorted('Kazakhstan NOT (Israeli OR Russia)'), ['CONSULT'])
      assert.deepEqual(await sorted('Astaná'), ['CONSULT'], 'accents are ignored, as the full-text index does')
      for (const nonsense of ['%', 'NOT talks', '"held talks'])
        await assert.rejects(store.listEvents({ text: nonsense }), SearchQueryError, nonsense)
    })

    it('lists events by type and by family', async () => {
      assert.deepEqual(types(await store.listEvents({ type: 'SUPPORT' })), ['SUPPORT', 'SUPPORT'])
      assert.deepEqual(types(await store.listEvents({ family: 'agree' })), ['AGREE', 'SUPPORT', 'SUPPORT'])
      assert.deepEqual(types(await store.listEvents({ family: 'verbal_conflict', pair: ['ISR', 'KAZ'] })), [])
    })

    it('lists events whose dates meet a range given at any precision, leaving undated ones out', async () => {
      assert.deepEqual(types(await store.listEvents({ from: '2024' })), ['ACCUSE', 'CONSULT'])
      assert.deepEqual(types(await store.listEvents({ from: '2023-05-31' })), ['SUPPORT', 'ACCUSE', 'CONSULT'])
      assert.deepEqual(types(await store.listEvents({ to: '1995' })), ['AGREE'])
      assert.deepEqual(types(await store.listEvents({ from: '2000', to: '2023-12' })), ['SUPPORT'])
      assert.deepEqual(types(await store.listEvents({ from: '2024-03-06' })), [])
      assert.deepEqual(types(await store.listEvents({ pair: ['ISR', 'KAZ'], from: '2024-01', to: '2024-03-05' })), [
        'CONSULT',
      ])
    })

    it('lists facts through their own pair and by kind', async () => {
      const [f] = await store.listFacts({ pair: ['ISR', 'KAZ'] })
      assert.deepEqual([f?.valueText, f?.pair], ['$450 million', ['ISR', 'KAZ']])
      assert.equal((await store.listFacts({ pair: ['RUS', 'TUR'] })).length, 0)
      assert.equal((await store.listFacts({ kind: 'trade_volume' }))[0]?.documentId, 'doc-x')
      assert.equal((await store.listFacts({ kind: 'population' })).length, 0)
    })

    it("shows only the latest version's events, keeping the old ones with the old version", async () => {
      const first = `${text} Israel's president visited Kazakhstan in 2022.`
      await store.saveVersion(
        newVersion({
          documentId: 'doc-y',
          contentHash: 'h-y1',
          cleanText: first,
          extraction: extraction({
            dyad: ['ISR', 'KAZ'],
            events: [
              event({
                type: 'VISIT',
                date: { value: '2022', precision: 'year', basis: 'explicit' },
                evidence: spanOf(first, "Israel's president visited Kazakhstan in 2022."),
              }),
            ],
            facts: [
              fact({ kind: 'count', value: 3, valueSpan: spanOf(first, 'Israel'), evidence: spanOf(first, 'Israel') }),
            ],
          }),
        }),
      )
      assert.deepEqual(types(await store.listEvents({ type: 'VISIT' })), ['VISIT'])
      assert.equal((await store.listFacts({ kind: 'count' })).length, 1)
      await store.saveVersion(
        newVersion({
          documentId: 'doc-y',
          contentHash: 'h-y2',
          cleanText: 'Nothing happened.',
          extraction: extraction({ dyad: ['ISR', 'KAZ'] }),
        }),
      )
      assert.deepEqual(await store.listEvents({ type: 'VISIT' }), [])
      assert.equal((await store.listFacts({ kind: 'count' })).length, 0)
      assert.deepEqual(types((await store.getExtraction('doc-y', 1))?.events ?? []), ['VISIT'])
      assert.deepEqual((await store.getExtraction('doc-y'))?.events, [])
    })

    it('sums up pairs and profiles one', async () => {
      assert.deepEqual(await store.listPairs(), [
        { pair: ['ISR', 'KAZ'], documents: 2, events: 5, facts: 1 },
        { pair: ['KAZ', 'RUS'], documents: 0, events: 1, facts: 0 },
        { pair: ['RUS', 'TUR'], documents: 0, events: 1, facts: 0 },
      ])
      const p = await store.pairProfile(['ISR', 'KAZ'], { events: 3 })
      assert.deepEqual([p.documents, p.events, p.facts], [2, 5, 1])
      assert.deepEqual(
        p.families.filter((f) => f.events > 0),
        [
          { family: 'consult', events: 1 },
          { family: 'agree', events: 3 },
          { family: 'request', events: 1 },
        ],
      )
      assert.equal(p.families.length, 8)
      assert.deepEqual(types(p.lastEvents), ['CONSULT', 'SUPPORT', 'AGREE'])
      assert.equal(p.factList[0]?.valueText, '$450 million')
      const none = await store.pairProfile(['FRA', 'JPN'])
      assert.deepEqual([none.documents, none.events, none.facts, none.lastEvents, none.factList], [0, 0, 0, [], []])
    })

    it("sums up a page of pairs' events in grouped reads, as the series of their event lists would", async () => {
      const pairs: Pair[] = [
        ['ISR', 'KAZ'],
        ['RUS', 'TUR'],
        ['FRA', 'JPN'],
      ]
      const summaries = await store.summarizePairEvents(pairs)
      assert.deepEqual(
        summaries.map((s) => s.pair),
        pairs,
      )
      for (const s of summaries) {
        const events = await store.listEvents({ pair: s.pair })
        const series = pairSeries(events)
        const families: Record<string, number> = {}
        for (const e of events) families[e.family] = (families[e.family] ?? 0) + 1
        assert.deepEqual({ ...s.families }, families)
        assert.equal(s.firstDate, series.firstDate)
        assert.equal(s.lastDate, series.lastDate)
        assert.deepEqual(s.latest, latestEvent(events))
      }
      assert.equal(summaries[0]?.latest?.type, 'CONSULT')
      assert.deepEqual(await store.summarizePairEvents([]), [])
    })

    it("groups a pair's events for its series as the series of its listed events sums them, in each direction", async () => {
      for (const pair of [
        ['ISR', 'KAZ'],
        ['RUS', 'TUR'],
        ['FRA', 'JPN'],
      ] as Pair[]) {
        const events = await store.listEvents({ pair })
        const all = await store.pairAggregates(pair, { weights })
        assert.deepEqual(seriesFrom(all), pairSeries(events))
        for (const direction of [pair, [pair[1], pair[0]]] as [string, string][]) {
          const one = await store.pairAggregates(pair, { direction, weights })
          assert.deepEqual(seriesFrom(one), pairSeries(directed(events, ...direction)), direction.join())
        }
        await assertSources(store, pair, all)
        await assertLatestFacts(store, pair)
        const dates = all.sources.map((d) => d.publicationDate ?? '')
        assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first, undated last')
        const two = await store.pairAggregates(pair, { sources: 2, weights })
        assert.deepEqual(
          two.sources.map((d) => d.id),
          all.sources.slice(0, 2).map((d) => d.id),
        )
        assert.equal(two.sourceCount, all.sourceCount)
      }
      const isrKaz = await store.pairAggregates(['ISR', 'KAZ'], { direction: ['ISR', 'KAZ'] })
      assert.ok(isrKaz.months.length > 0, 'ISR acts on KAZ in the fixture')
    })

    it('rolls back the version and its extraction when saving the extraction fails half-way', async () => {
      const before = await store.listEvents()
      const bad = extraction({
        dyad: ['ISR', 'KAZ'],
        events: [event({ type: 'THREATEN', evidence: { start: 0, end: 4 } })],
        // Entities are written after events: a null name fails on the NOT NULL constraint with events already inserted.
        entities: {
          countries: [],
          people: [{ name: null as unknown as string, role: null, country: null }],
          organizations: [],
          places: [],
        },
      })
      await assert.rejects(
        store.saveVersion(
          newVersion({ documentId: 'doc-bad', contentHash: 'h-bad', cleanText: text, extraction: bad }),
        ),
      )
      assert.deepEqual(await store.listEvents(), before)
      assert.deepEqual(await store.listEvents({ type: 'THREATEN' }), [])
      assert.equal(await store.getDocument('doc-bad'), undefined)
      assert.equal(await store.findByContentHash('h-bad'), undefined)
    })

    it('saves a batch in one transaction, rolling back only the version that fails, with the rollups of the rest', async () => {
      const pair: Pair = ['ISR', 'KAZ']
      const [summary] = await store.summarizePairEvents([pair])
      const counted = (await store.listPairs()).find((p) => p.pair.join() === pair.join())
      const threaten = (id: string) =>
        extraction({ dyad: pair, events: [event({ type: 'THREATEN', evidence: { start: 0, end: 4 } })], extractor: id })
      const bad = extraction({
        ...threaten('bad'),
        entities: {
          countries: [],
          people: [{ name: null as unknown as string, role: null, country: null }],
          organizations: [],
          places: [],
        },
      })
      const results = await store.saveVersions([
        newVersion({ documentId: 'doc-b1', contentHash: 'h-b1', cleanText: text, extraction: threaten('b1') }),
        newVersion({ documentId: 'doc-b2', contentHash: 'h-b2', cleanText: text, extraction: bad }),
        newVersion({ documentId: 'doc-b3', contentHash: 'h-b3', cleanText: text, extraction: threaten('b3') }),
        // The same bytes again in the batch: the first copy is stored already.
        newVersion({ documentId: 'doc-b4', contentHash: 'h-b1', cleanText: text, extraction: threaten('b4') }),
      ])
      assert.deepEqual(
        results.map((r) => (r instanceof Error ? 'error' : [r.status, r.documentId])),
        [['ingested', 'doc-b1'], 'error', ['ingested', 'doc-b3'], ['unchanged', 'doc-b1']],
      )
      assert.equal(await store.getDocument('doc-b2'), undefined)
      assert.equal(await store.findByContentHash('h-b2'), undefined)
      assert.deepEqual((await store.listEvents({ pair, type: 'THREATEN' })).map((e) => e.documentId).sort(), [
        'doc-b1',
        'doc-b3',
      ])
      // The rollups count the two stored versions, not the failed one.
      const after = (await store.listPairs()).find((p) => p.pair.join() === pair.join())
      assert.deepEqual([after?.documents, after?.events], [(counted?.documents ?? 0) + 2, (counted?.events ?? 0) + 2])
      const [now] = await store.summarizePairEvents([pair])
      assert.equal(now?.families.verbal_conflict, (summary?.families.verbal_conflict ?? 0) + 2)
      assert.deepEqual(await store.saveVersions([]), [])
    })

    it("replaces a version's extraction in place, with its pair and extractor, leaving other versions alone", async () => {
      const others = (await store.listEvents()).filter((e) => e.documentId !== 'doc-r')
      const saved = await store.saveVersion(
        newVersion({
          documentId: 'doc-r',
          contentHash: 'h-r1',
          cleanText: text,
          extraction: { ...x, extractor: 'x-1' },
        }),
      )
      assert.equal((await store.findByContentHash('h-r1'))?.extractor, 'x-1')
      const fewer = { ...x, dyad: ['KAZ', 'RUS'] as const, events: x.events.slice(0, 1), extractor: 'x-2' }
      await store.replaceExtraction(saved.versionId, fewer, text)
      const got = await store.getExtraction('doc-r')
      assert.deepEqual([got?.dyad, got?.events.length, got?.facts.length], [['KAZ', 'RUS'], 1, x.facts.length])
      assert.equal((await store.findByContentHash('h-r1'))?.extractor, 'x-2')
      assert.deepEqual(
        (await store.listEvents()).filter((e) => e.documentId !== 'doc-r'),
        others,
      )
      assert.equal((await store.listEvents({ pair: ['ISR', 'KAZ'] })).filter((e) => e.documentId === 'doc-r').length, 1)
    })

    it("lists a fact under its own pair, not its document's main pair", async () => {
      const other = `${text} China imported $73 billion of goods from the United States.`
      const save = (contentHash: string, facts: readonly ReturnType<typeof fact>[]) =>
        store.saveVersion(
          newVersion({
            documentId: 'doc-f',
            contentHash,
            cleanText: other,
            extraction: extraction({ dyad: ['ISR', 'KAZ'], facts }),
          }),
        )
      const span = spanOf(other, '$73 billion')
      await save('h-f1', [fact({ pair: ['CHN', 'USA'], value: 73e9, valueSpan: span, evidence: span })])
      assert.deepEqual(
        (await store.listFacts({ pair: ['CHN', 'USA'] })).map((f) => [f.documentId, f.pair]),
        [['doc-f', ['CHN', 'USA']]],
      )
      assert.ok((await store.listFacts({ pair: ['ISR', 'KAZ'] })).every((f) => f.documentId !== 'doc-f'))
      assert.deepEqual((await store.pairProfile(['CHN', 'USA'])).facts, 1)
      assert.deepEqual((await store.getExtraction('doc-f'))?.facts[0]?.pair, ['CHN', 'USA'])
      await save('h-f2', [])
      assert.deepEqual(await store.listFacts({ pair: ['CHN', 'USA'] }), [])
    })

    it("keeps a pair's rollup equal to its events when a new version or a re-extraction moves its latest event", async () => {
      const pair: Pair = ['EGY', 'GRC']
      const dated = (value: string, type: 'CONSULT' | 'ACCUSE' = 'CONSULT') =>
        event({
          type,
          source: { country: 'EGY' },
          target: { country: 'GRC' },
          date: { value, precision: value.length === 10 ? 'day' : 'month', basis: 'explicit' },
        })
      const save = (hash: string, events: ReturnType<typeof event>[]) =>
        store.saveVersion(
          newVersion({ documentId: 'doc-eg', contentHash: hash, cleanText: text, extraction: extraction({ events }) }),
        )
      const check = async (label: string) => {
        const events = await store.listEvents({ pair })
        const [summary] = await store.summarizePairEvents([pair])
        const series = pairSeries(events)
        const families: Record<string, number> = {}
        for (const e of events) families[e.family] = (families[e.family] ?? 0) + 1
        assert.deepEqual(
          [summary?.families, summary?.firstDate, summary?.lastDate, summary?.latest],
          [families, series.firstDate, series.lastDate, latestEvent(events)],
          label,
        )
        const all = await store.pairAggregates(pair, { weights })
        assert.deepEqual(seriesFrom(all), series, label)
        return events
      }
      await save('h-eg1', [dated('2025-02-10'), dated('2025-06', 'ACCUSE'), event({ date: null })])
      assert.equal((await check('first version')).length, 2)
      const v2 = await save('h-eg2', [dated('2024-01-03'), dated('2025-06-20', 'ACCUSE'), dated('2025-06-20')])
      assert.equal((await check('a new version moves the last date')).length, 3)
      assert.equal((await store.summarizePairEvents([pair]))[0]?.lastDate, '2025-06-20')
      await store.replaceExtraction(v2.versionId, extraction({ events: [dated('2023-11')] }), text)
      assert.equal((await check('a re-extraction takes the latest away')).length, 1)
      assert.equal((await store.summarizePairEvents([pair]))[0]?.lastDate, '2023-11')
      await assert.rejects(
        store.saveVersion(
          newVersion({
            documentId: 'doc-eg',
            contentHash: 'h-eg-bad',
            cleanText: text,
            extraction: extraction({
              events: [dated('2026-01-01')],
              entities: {
                countries: [],
                people: [{ name: null as unknown as string, role: null, country: null }],
                organizations: [],
                places: [],
              },
            }),
          }),
        ),
      )
      assert.equal((await check('a failed save changes nothing')).length, 1)
      await store.replaceExtraction(v2.versionId, extraction({ events: [] }), text)
      await check('no events left')
      const none = await store.pairAggregates(pair, { weights })
      assert.deepEqual([none.months, none.undated, none.firstDate], [[], 0, null])
    })

    it("reads every pair's series and summary from the rollup as its events would give them", async () => {
      // After new versions, re-extractions and a failed save (the tests above), the rollup is what the events sum to.
      const pairs = (await store.listPairs()).map((p) => p.pair)
      assert.ok(pairs.length > 2)
      const summaries = await store.summarizePairEvents(pairs)
      for (const [i, pair] of pairs.entries()) {
        const events = await store.listEvents({ pair })
        const all = await store.pairAggregates(pair, { weights })
        const series = pairSeries(events)
        assert.deepEqual(seriesFrom(all), series, pair.join())
        await assertSources(store, pair, all)
        await assertLatestFacts(store, pair)
        assert.deepEqual(
          [summaries[i]?.firstDate, summaries[i]?.lastDate, summaries[i]?.latest],
          [series.firstDate, series.lastDate, latestEvent(events)],
          pair.join(),
        )
      }
    })

    it('keeps the list of pairs, read from its summaries, equal to the counts over the latest versions', async () => {
      // After new versions, re-extractions and facts moved between pairs (the tests above), every listed pair counts
      // what its profile counts from the rows themselves, and no pair with documents or events is missing.
      const pairs = await store.listPairs()
      const dyads = new Map<string, number>()
      for (const d of await store.listDocuments()) {
        const dyad = (await store.getExtraction(d.id))?.dyad
        if (dyad) dyads.set(dyad.join('-'), (dyads.get(dyad.join('-')) ?? 0) + 1)
      }
      for (const p of pairs) {
        const profile = await store.pairProfile(p.pair)
        const [events, facts] = [await store.listEvents({ pair: p.pair }), await store.listFacts({ pair: p.pair })]
        const expected = {
          pair: p.pair,
          documents: dyads.get(p.pair.join('-')) ?? 0,
          events: events.length,
          facts: facts.length,
        }
        assert.deepEqual(p, expected)
        assert.deepEqual([profile.documents, profile.events, profile.facts], [p.documents, p.events, p.facts])
        const families = new Map<string, number>()
        for (const e of events) families.set(e.family, (families.get(e.family) ?? 0) + 1)
        assert.deepEqual(
          profile.families.filter((f) => f.events > 0).map((f) => [f.family, f.events]),
          [...families].sort(
            ([x], [y]) =>
              profile.families.findIndex((f) => f.family === x) - profile.families.findIndex((f) => f.family === y),
          ),
        )
        assert.ok(p.documents > 0 || p.events > 0)
      }
      const events = await store.listEvents()
      const linked = new Set(
        events.flatMap((e) =>
          [e.source, ...e.coSources].flatMap((s) =>
            [e.target, ...e.coTargets].flatMap((t) =>
              t && /^[A-Z]{3}$/.test(s) && /^[A-Z]{3}$/.test(t) && s !== t ? [[s, t].sort().join('-')] : [],
            ),
          ),
        ),
      )
      const listed = new Set(pairs.map((p) => p.pair.join('-')))
      for (const key of linked) assert.ok(listed.has(key), `${key} is listed`)
      assert.ok(!listed.has('CHN-USA'), 'a pair whose only fact was replaced away is gone')
    })
  })
}

/** How the profile weighs each type in its series. */
const weights = seriesWeights()

/** The series a profile draws from a store's aggregates. */
function seriesFrom(a: PairAggregates) {
  return seriesOfMonths(a)
}

/**
 * The aggregates' sources are every document about the pair (its main pair, or giving events or facts of it), with
 * the pair's events and facts each gives counted as the lists count them (all of them: the fixtures are small).
 */
async function assertSources(store: Store, pair: Pair, all: PairAggregates): Promise<void> {
  const count = (ids: string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>())
  const nEvents = count((await store.listEvents({ pair })).map((e) => e.documentId))
  const nFacts = count((await store.listFacts({ pair })).map((f) => f.documentId))
  const about = await store.listDocuments({ pair })
  const ids = [...new Set([...about.map((d) => d.id), ...nFacts.keys()])].sort()
  assert.equal(all.sourceCount, ids.length, pair.join())
  assert.deepEqual(
    all.sources.map((d) => ({ id: d.id, events: d.events, facts: d.facts })).sort((a, b) => a.id.localeCompare(b.id)),
    ids.map((id) => ({ id, events: nEvents.get(id) ?? 0, facts: nFacts.get(id) ?? 0 })),
    pair.join(),
  )
}

/** The latest facts of a pair are those of the latest period of each kind of figure, and give the same key facts. */
async function assertLatestFacts(store: Store, pair: Pair): Promise<void> {
  const all = await store.listFacts({ pair })
  const key = (f: StoredFact) => [f.kind, f.subkind ?? '', f.unit ?? '', (f.subject ?? '').toLowerCase()].join('|')
  const latest = new Map<string, string>()
  for (const f of all) if ((f.period ?? '') >= (latest.get(key(f)) ?? '')) latest.set(key(f), f.period ?? '')
  const read = await store.pairLatestFacts(pair)
  assert.deepEqual(
    read.map((f) => f.id).sort((x, y) => x - y),
    all
      .filter((f) => (f.period ?? '') === latest.get(key(f)))
      .map((f) => f.id)
      .sort((x, y) => x - y),
    pair.join(),
  )
  assert.deepEqual(keyFacts(read, pair), keyFacts(all, pair), pair.join())
  // Each is the listed fact, as far as a key fact reads it.
  const byId = new Map(all.map((f) => [f.id, f]))
  for (const f of read) {
    const listed = byId.get(f.id)
    assert.ok(listed)
    const { id, documentId, kind, subkind, subject, unit, period, pair: p, value, valueText, qualifier } = listed
    assert.deepEqual(f, { id, documentId, kind, subkind, subject, unit, period, pair: p, value, valueText, qualifier })
  }
}
