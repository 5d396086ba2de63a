// Every answer of the API against the schema that documents it (src/api/responses.ts, also the OpenAPI components):
// strict objects, so a field added, dropped or mistyped on either side fails here.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { z } from 'zod'
import { createApp } from '../src/api/app.js'
import * as r from '../src/api/responses.js'
import { ingestOne } from '../src/pipeline/ingest.js'
import { expandPaths, readInput } from '../src/source/read-inputs.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import type { Store } from '../src/store/store.js'

describe('API answers match their documented schemas', () => {
  let store: Store
  let app: Hono
  const check = async (path: string, schema: z.ZodType, status = 200, init?: RequestInit) => {
    const res = await app.request(path, init)
    assert.equal(res.status, status, path)
    const parsed = schema.safeParse(await res.json())
    assert.ok(parsed.success, `${path}: ${parsed.success ? '' : z.prettifyError(parsed.error)}`)
    return parsed.data
  }

  before(async () => {
    store = await createSqliteStore({ path: ':memory:' })
    for (const entry of await expandPaths([new URL('../examples/', import.meta.url).pathname])) {
      assert.ok('path' in entry)
      await ingestOne(await readInput(entry.path), store, () => new Date('2026-01-01T00:00:00Z'))
    }
    app = createApp({ store, writeToken: 'schema-test-token-0123456789' })
  })
  after(() => store.close())

  it('lists and documents', async () => {
    const docs = (await check('/api/documents', r.pageSchema(r.documentSchema))) as { items: { id: string }[] }
    assert.equal(docs.items.length, 3)
    for (const d of docs.items) await check(`/api/documents/${d.id}`, r.documentPageSchema)
    for (const d of docs.items) await check(`/api/documents/${d.id}/explain`, r.explainSchema)
    await check('/api/events?pair=ISR-KAZ', r.pageSchema(r.storedEventSchema))
    await check('/api/facts?pair=ISR-KAZ', r.pageSchema(r.storedFactSchema))
    await check('/api/search?q=Kazakhstan', r.pageSchema(r.searchHitSchema))
  })

  it('pairs and profiles, in both directions', async () => {
    await check('/api/pairs', r.pageSchema(r.pairItemSchema))
    for (const q of ['', '?direction=ISR-KAZ', '?direction=KAZ-ISR'])
      await check(`/api/pairs/ISR-KAZ${q}`, r.pairPageSchema)
  })

  it('an upload', async () => {
    const text = 'Peru and Chile\n\nOn 4 March 2024, Chile and Peru signed a fisheries agreement worth $20 million.'
    await check('/api/documents', r.uploadSchema, 201, {
      method: 'POST',
      body: text,
      headers: { 'content-type': 'text/plain', authorization: 'Bearer schema-test-token-0123456789' },
    })
  })

  it('errors', async () => {
    await check('/api/events?limit=0', r.errorSchema, 400)
    await check('/api/pairs/ISR-ISR', r.errorSchema, 400)
    await check('/api/documents/nope', r.errorSchema, 404)
    await check('/api/nothing', r.errorSchema, 404)
    await check('/api/documents', r.errorSchema, 401, { method: 'POST', body: 'x' })
  })

  it('the OpenAPI document describes answers with the same schemas', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
      >
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> }
    }
    assert.deepEqual(
      Object.keys(doc.components.schemas.PairPage?.properties ?? {}).sort(),
      Object.keys(r.pairPageSchema.shape).sort(),
    )
    const profile = doc.paths['/api/pairs/{pair}']?.get?.responses['200']?.content?.['application/json']?.schema
    assert.deepEqual(profile, { $ref: '#/components/schemas/PairPage' })
  })
})
