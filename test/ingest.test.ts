import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import type { RawDocument } from '../src/core/types.js'
import { extractDocument } from '../src/pipeline/extract.js'
import { ingestBatch, ingestOne } from '../src/pipeline/ingest.js'
import { contentHash } from '../src/pipeline/prepare.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import { type Store, StoreUnavailableError } from '../src/store/store.js'

const seed = (name: string): RawDocument => ({
  origin: `/corpus/${name}`,
  mediaType: 'text/plain',
  bytes: readFileSync(new URL(`./fixtures/seeds/${name}`, import.meta.url)),
})

describe('ingestOne', () => {
  let store: Store
  before(async () => {
    store = await createSqliteStore({ path: ':memory:' })
  })
  after(async () => {
    await store.close()
  })

  it('stores what extraction finds with the version, then recognises the same bytes before any work', async () => {
    for (const name of ['000_99231b158a2f5198.txt', '003_05902e0c1a095d85.txt', '004_0acf342cc4b77461.txt']) {
      const raw = seed(name)
      // Compared with the extractor's own output, so this holds whatever the extractor finds.
      const x = extractDocument(raw)
      const outcome = await ingestOne({ ok: true, raw }, store, () => new Date('2025-01-01T00:00:00Z'))
      assert.equal(outcome.status, 'ingested', name)
      if (outcome.status !== 'ingested') continue
      assert.deepEqual([outcome.events, outcome.facts], [x.events.length, x.facts.length], name)
      const stored = await store.getExtraction(outcome.documentId)
      assert.ok(stored, name)
      assert.deepEqual(stored.dyad, x.dyad, name)
      const brief = (ms: typeof x.mentions) => ms.map((m) => [m.kind, m.span.start, m.span.end, m.text, m.rule])
      assert.deepEqual(brief(stored.mentions), brief(x.mentions), name)
      // Through JSON, as stored: a property the extractor leaves undefined is simply absent.
      assert.deepEqual(stored.entities, JSON.parse(JSON.stringify(x.entities)), name)
      assert.deepEqual(
        stored.events.map((e) => [e.type, e.evidence.start, e.evidence.end]),
        x.events.map((e) => [e.type, e.evidence.start, e.evidence.end]),
        name,
      )
      const text = x.prepared.clean.text
      for (const e of stored.events) assert.equal(e.evidenceText, text.slice(e.evidence.start, e.evidence.end))
      assert.equal(stored.facts.length, x.facts.length, name)
      const again = await ingestOne({ ok: true, raw }, store)
      assert.deepEqual([again.status, 'events' in again], ['unchanged', false], name)
    }
  })

  it('reads unchanged bytes again when another extractor stored them, replacing their events in place', async () => {
    const raw = seed('000_99231b158a2f5198.txt')
    const first = await ingestOne({ ok: true, raw }, store, undefined, 'x-old')
    // The first test stored these bytes with the installed extractor: another fingerprint reads them again.
    assert.equal(first.status, 'reextracted')
    if (first.status !== 'reextracted') return
    const before = await store.getExtraction(first.documentId)
    const same = await ingestOne({ ok: true, raw }, store, undefined, 'x-old')
    assert.equal(same.status, 'unchanged')
    const upgraded = await ingestOne({ ok: true, raw }, store, undefined, 'x-new')
    assert.equal(upgraded.status, 'reextracted')
    if (upgraded.status !== 'reextracted') return
    assert.equal(upgraded.version, first.version, 'no new version: the bytes are the same')
    const after = await store.getExtraction(first.documentId)
    assert.equal(after?.events.length, before?.events.length, 'the same rules give the same events, not twice as many')
    assert.equal((await store.findByContentHash(contentHash(raw.bytes)))?.extractor, 'x-new')
    const again = await ingestOne({ ok: true, raw }, store, undefined, 'x-new')
    assert.equal(again.status, 'unchanged')
    const pairs = await store.listEvents({ pair: ['ISR', 'KAZ'] })
    assert.equal(new Set(pairs.map((e) => e.id)).size, pairs.length, 'no event listed twice after the replacement')
  })
})

describe('ingestBatch', () => {
  const text = (origin: string, body: string): RawDocument => ({
    origin,
    mediaType: 'text/plain',
    bytes: new TextEncoder().encode(body),
  })
  const chile =
    'Chile and Peru sign a fisheries pact\n\nLima, 3 March 2025. Chile signed a fisheries agreement with Peru.\n'
  const ghana = 'Ghana and Togo talks\n\nAccra, 4 March 2025. Ghana hosted talks with Togo on border trade.\n'

  it('reports every input in order once its batch is stored, the same bytes twice as stored once', async () => {
    const store = await createSqliteStore({ path: ':memory:' })
    const outcomes = await ingestBatch(
      [
        { ok: true, raw: text('/in/chile.txt', chile) },
        { ok: false, origin: '/in/broken.txt', error: 'binary content (not text or HTML)' },
        { ok: true, raw: text('/in/ghana.txt', ghana) },
        { ok: true, raw: text('/in/chile-copy.txt', chile) },
      ],
      store,
    )
    assert.deepEqual(
      outcomes.map((o) => [o.origin, o.status]),
      [
        ['/in/chile.txt', 'ingested'],
        ['/in/broken.txt', 'failed'],
        ['/in/ghana.txt', 'ingested'],
        ['/in/chile-copy.txt', 'unchanged'],
      ],
    )
    assert.equal((await store.listDocuments()).length, 2)
    const chileDoc = outcomes[0]?.status === 'ingested' ? outcomes[0].documentId : ''
    assert.equal(outcomes[3]?.status === 'unchanged' && outcomes[3].documentId, chileDoc)
    await store.close()
  })

  it('reports and records every pending input failed when the batch cannot be stored, and stores nothing of it', async () => {
    const real = await createSqliteStore({ path: ':memory:' })
    const full: Store = {
      ...real,
      saveVersions: async () => {
        throw new Error('database or disk is full\nmore detail')
      },
    }
    const outcomes = await ingestBatch(
      [
        { ok: true, raw: text('/in/chile.txt', chile) },
        { ok: true, raw: text('/in/ghana.txt', ghana) },
      ],
      full,
    )
    assert.deepEqual(
      outcomes.map((o) => [o.status, o.status === 'failed' ? o.error : null]),
      [
        ['failed', 'database or disk is full'],
        ['failed', 'database or disk is full'],
      ],
    )
    assert.deepEqual((await real.listFailures()).map((f) => f.origin).sort(), ['/in/chile.txt', '/in/ghana.txt'])
    assert.equal((await real.listDocuments()).length, 0)
    await real.close()
  })

  it('throws when the database itself cannot be written, recording nothing: the next batch would fail the same way', async () => {
    const real = await createSqliteStore({ path: ':memory:' })
    const full = new StoreUnavailableError(
      'cannot write to x.db: the disk is full (SQLITE_FULL)',
      'full',
      'the disk is full',
    )
    const store: Store = {
      ...real,
      saveVersions: async () => {
        throw full
      },
    }
    await assert.rejects(
      ingestBatch(
        [
          { ok: true, raw: text('/in/chile.txt', chile) },
          { ok: false, origin: '/in/gone.txt', error: 'no such file' },
        ],
        store,
      ),
      full,
    )
    assert.deepEqual(await real.listFailures(), [])
    assert.equal((await real.listDocuments()).length, 0)
    await real.close()
  })
})
