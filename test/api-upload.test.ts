import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { createApp } from '../src/api/app.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import type { Store } from '../src/store/store.js'

interface Extracted {
  id: string
  status: string
  version: number
  title: string | null
  clean_text: string
  events: { type: string; source: string; target: string | null; date: string | null; evidence: string }[]
  error?: { message: string }
}

const ARTICLE = [
  'Chile and Peru sign water accord',
  '',
  'Chile and Peru signed an agreement on 3 March 2021 to share the waters of the Lauca river.',
  'Bilateral trade between the two countries reached $4.3 billion in 2020.',
].join('\n')

/** The write token the app under test is given; every write sends it. */
const TOKEN = 'test-token-0123456789abcdef'

describe('POST /api/documents', () => {
  let store: Store
  let app: Hono
  before(async () => {
    store = await createSqliteStore({ path: ':memory:' })
    app = createApp({ store, maxUploadBytes: 4096, writeToken: TOKEN, writesPerMinute: 0 })
  })
  after(async () => {
    await store.close()
  })

  const post = async (body: string | FormData, headers: Record<string, string> = {}) => {
    const res = await app.request('/api/documents', {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${TOKEN}`, ...headers },
    })
    return { status: res.status, json: (await res.json()) as Extracted }
  }

  it('ingests a text body and answers its id with what dyad extract prints; the same bytes again are unchanged', async () => {
    const first = await post(ARTICLE, { 'content-type': 'text/plain; charset=utf-8' })
    assert.equal(first.status, 201)
    assert.equal(first.json.status, 'ingested')
    assert.equal(first.json.title, 'Chile and Peru sign water accord')
    const agree = first.json.events.find((e) => e.type === 'AGREE')
    assert.deepEqual([agree?.source, agree?.target, agree?.date], ['CHL', 'PER', '2021-03-03'])
    const stored = await app.request(`/api/documents/${first.json.id}`)
    assert.equal(stored.status, 200)
    const again = await post(ARTICLE, { 'content-type': 'text/plain' })
    assert.deepEqual([again.status, again.json.status, again.json.id], [200, 'unchanged', first.json.id])
    const events = (await (await app.request('/api/events?pair=PER-CHL')).json()) as { items: unknown[] }
    assert.ok(events.items.length > 0, 'the stored events are listed by pair')
  })

  it('reads HTML by its content type, with scripts and handlers left out of the text', async () => {
    const html =
      '<html><head><title>Peru recalls envoy</title></head><body><article><h1>Peru recalls envoy</h1>' +
      '<p>Peru recalled its ambassador from Chile on 5 May 2021 after a border incident near the coast.</p>' +
      '<script>alert(1)</script><img src=x onerror="alert(2)"><p>The foreign ministry said the decision was final and that talks would resume later in the year.</p></article></body></html>'
    const r = await post(html, { 'content-type': 'text/html' })
    assert.equal(r.status, 201)
    assert.ok(!r.json.clean_text.includes('alert('), r.json.clean_text)
    assert.ok(r.json.events.some((e) => e.type === 'SANCTION' && e.date === '2021-05-05'))
  })

  it('takes a form upload with a file, named after the file', async () => {
    const form = new FormData()
    form.append('file', new File([ARTICLE.replace('2021', '2022')], 'accord.md', { type: 'text/markdown' }))
    const r = await post(form)
    assert.equal(r.status, 201)
    assert.ok(r.json.events.some((e) => e.date === '2022-03-03'))
  })

  it('answers 400 for an empty body or a form without a document, 413 over the size limit, never a 500', async () => {
    const listed = (await (await app.request('/api/documents')).json()) as { items: unknown[] }
    const storedBefore = listed.items.length
    assert.equal((await post('', { 'content-type': 'text/plain' })).status, 400)
    assert.equal((await post('   \n ', { 'content-type': 'text/plain' })).status, 400)
    const form = new FormData()
    form.append('note', 'no file here')
    const noFile = await post(form)
    assert.equal(noFile.status, 400)
    assert.match(noFile.json.error?.message ?? '', /file/)
    const big = await post('x'.repeat(5000), { 'content-type': 'text/plain', 'content-length': '5000' })
    assert.equal(big.status, 413)
    assert.equal(big.json.error?.message, 'the document is too large (4.9 KB; the limit is 4 KB)')
    // A form upload: the file alone is over the limit, though the body has room for a form around it.
    const form2 = new FormData()
    form2.append('file', new File([`${ARTICLE}\n${'Trade grew. '.repeat(400)}`], 'long.txt', { type: 'text/plain' }))
    const bigFile = await post(form2)
    assert.equal(bigFile.status, 413)
    assert.match(
      bigFile.json.error?.message ?? '',
      /^the document is too large \(\d+(?:\.\d)? KB; the limit is 4 KB\)$/,
    )
    // A body far over the limit is refused before it is read.
    const huge = await post('x'.repeat(200_000), { 'content-type': 'text/plain', 'content-length': '200000' })
    assert.deepEqual(
      [huge.status, huge.json.error?.message],
      [413, 'the document is too large (195.3 KB; the limit is 4 KB)'],
    )
    const stored = (await (await app.request('/api/documents')).json()) as { items: { id: string }[] }
    assert.equal(stored.items.length, storedBefore, 'nothing refused was stored')
  })
})

describe('GET /openapi.json and /docs', () => {
  it('describes every /api endpoint, with query parameters generated from the validating schemas', async () => {
    const store = await createSqliteStore({ path: ':memory:' })
    const app = createApp({ store })
    const doc = (await (await app.request('/openapi.json')).json()) as {
      openapi: string
      paths: Record<string, Record<string, { parameters?: { name: string; required: boolean }[] }>>
    }
    assert.equal(doc.openapi, '3.1.0')
    for (const path of [
      '/api/documents',
      '/api/pairs/{pair}',
      '/api/events',
      '/api/facts',
      '/api/search',
      '/api/export',
    ])
      assert.ok(doc.paths[path], path)
    const events = doc.paths['/api/events']?.get?.parameters?.map((p) => p.name)
    assert.deepEqual(events, ['pair', 'type', 'family', 'from', 'to', 'q', 'order', 'limit', 'cursor'])
    const names = (path: string) => doc.paths[path]?.get?.parameters?.map((p) => p.name)
    assert.deepEqual(names('/api/search'), ['q', 'pair', 'type', 'limit', 'cursor'])
    assert.deepEqual(names('/api/pairs/{pair}'), ['pair', 'direction'])
    const exportPair = doc.paths['/api/export']?.get?.parameters?.find((p) => p.name === 'pair')
    assert.equal(exportPair?.required, true)
    assert.ok(doc.paths['/api/documents']?.post)
    const docs = await app.request('/docs')
    assert.equal(docs.status, 200)
    const html = await docs.text()
    assert.match(html, /GET \/api\/events/)
    assert.ok(!/<script[^>]+src=|https?:\/\/cdn/i.test(html), 'nothing loads from elsewhere')
    await store.close()
  })
})
