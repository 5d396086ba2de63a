import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Store } from '../src/store/store.js'
import { SearchQueryError } from '../src/store/store.js'
import { metadata, newVersion } from './factories.js'

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
}
