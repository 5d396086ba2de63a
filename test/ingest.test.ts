import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import type { RawDocument } from '../src/core/types.js'
import { extractDocument } from '../src/pipeline/extract.js'
import { ingestOne } from '../src/pipeline/ingest.js'
import { contentHash } from '../src/pipeline/prepare.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import type { Store } from '../src/store/store.js'

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
