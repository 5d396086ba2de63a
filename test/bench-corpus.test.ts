import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { COUNTRIES, EVENT_TYPES, generateDocument, PAIRS, RARE_WORD } from '../bench/corpus.js'
import { PLOVER_FAMILIES } from '../src/core/plover.js'
import { extractDocument } from '../src/pipeline/extract.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'

// The scale benchmark's corpus generator (bench/corpus.ts): reproducible, and shaped like what `dyad ingest` stores.
describe('bench corpus generator', () => {
  const docs = Array.from({ length: 400 }, (_, i) => generateDocument(7, i))

  it('gives the same documents for the same seed and index, and others for another seed', () => {
    assert.deepEqual(generateDocument(7, 3), docs[3])
    assert.notEqual(generateDocument(8, 3).text, docs[3]?.text)
  })

  it('covers 83 states, 50+ pairs and every PLOVER type, with a few pairs carrying most documents', () => {
    assert.equal(COUNTRIES.length, 83)
    assert.equal(new Set(COUNTRIES.map((c) => c.code)).size, 83)
    assert.ok(PAIRS.length >= 50)
    assert.deepEqual([...EVENT_TYPES].sort(), Object.keys(PLOVER_FAMILIES).sort())
    const types = new Set(docs.flatMap((d) => d.version.extraction?.events.map((e) => e.type) ?? []))
    assert.deepEqual([...types].sort(), [...EVENT_TYPES].sort())
    const perPair = new Map<string, number>()
    for (const d of docs) perPair.set(d.pair.join('-'), (perPair.get(d.pair.join('-')) ?? 0) + 1)
    const counts = [...perPair.values()].sort((a, b) => b - a)
    const top5 = counts.slice(0, 5).reduce((a, b) => a + b, 0)
    assert.ok(top5 > docs.length / 3, `top five pairs hold ${top5} of ${docs.length} documents`)
    assert.ok(generateDocument(7, 1999).text.includes(RARE_WORD))
    assert.ok(!docs.some((d) => d.text.includes(RARE_WORD)))
  })

  it('gives about eight events a document, with spans that slice what they claim', () => {
    let events = 0
    for (const d of docs) {
      const v = d.version
      const x = v.extraction
      assert.ok(x)
      assert.ok(x.events.length >= 4 && x.events.length <= 12)
      events += x.events.length
      for (const m of x.mentions) assert.equal(v.cleanText.slice(m.span.start, m.span.end), m.text)
      for (const e of x.events) {
        const sentence = v.cleanText.slice(e.evidence.start, e.evidence.end)
        assert.match(sentence, /^[A-Z].*\.$/)
      }
      for (const f of x.facts) assert.match(v.cleanText.slice(f.valueSpan.start, f.valueSpan.end), /^\$[\d.]+ billion$/)
      for (const s of v.spanMap)
        assert.equal(v.rawText.slice(s.source.start, s.source.end), v.cleanText.slice(s.clean.start, s.clean.end))
      assert.equal(d.eventPairs.length, x.events.length)
    }
    const mean = events / docs.length
    assert.ok(mean > 7 && mean < 9, `mean ${mean}`)
  })

  it('writes text the extractor reads as being about the same pair', () => {
    for (const d of docs.slice(0, 5)) {
      const x = extractDocument({ origin: d.name, mediaType: 'text/plain', bytes: new TextEncoder().encode(d.text) })
      assert.deepEqual(x.dyad, d.pair, d.text)
      assert.equal(x.prepared.clean.text, d.version.cleanText)
      assert.deepEqual(x.prepared.metadata.publicationDate.value, d.version.metadata.publicationDate.value)
      assert.equal(x.prepared.metadata.title.value, d.version.metadata.title.value)
      assert.ok(x.events.length > 0)
    }
  })

  it('stores through Store.saveVersion and reads back as pairs and events', async () => {
    const store = await createSqliteStore({ path: ':memory:' })
    try {
      for (const d of docs.slice(0, 30)) assert.equal((await store.saveVersion(d.version)).status, 'ingested')
      const events = await store.listEvents()
      assert.equal(
        events.length,
        docs.slice(0, 30).reduce((n, d) => n + (d.version.extraction?.events.length ?? 0), 0),
      )
      const pairs = await store.listPairs()
      assert.ok(pairs.length > 0)
      assert.ok(pairs.some((p) => p.pair.join('-') === docs[0]?.pair.join('-')))
    } finally {
      await store.close()
    }
  })
})
