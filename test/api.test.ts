import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { PassThrough } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import { createApp } from '../src/api/app.js'
import { runCli } from '../src/cli/program.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import type { Store } from '../src/store/store.js'
import { extraction, metadata, newVersion } from './factories.js'

describe('HTTP app', () => {
  let store: Store
  before(async () => {
    store = await createSqliteStore({ path: ':memory:' })
    await store.saveVersion(
      newVersion({
        documentId: 'doc-x',
        cleanText: 'Text with <script>alert(1)</script> and <img src=x onerror=alert(2)> inside.',
        metadata: metadata({ title: { value: 'A <b>bold</b> title', rule: 'metadata/title-first-line' } }),
      }),
    )
  })
  after(() => store.close())

  it('lists documents as JSON', async () => {
    const res = await createApp({ store }).request('/api/documents')
    assert.equal(res.status, 200)
    const body = (await res.json()) as { items: { id: string; title: string }[]; next_cursor: string | null }
    assert.equal(body.next_cursor, null)
    assert.deepEqual(
      body.items.map((d) => [d.id, d.title]),
      [['doc-x', 'A <b>bold</b> title']],
    )
  })

  it('filters the document list by characters of the title, pair and source type, in pages', async () => {
    const docs = await createSqliteStore({ path: ':memory:' })
    const add = (id: string, title: string | null, origin: string, type: string, dyad: [string, string] | null) =>
      docs.saveVersion(
        newVersion({
          documentId: id,
          contentHash: `h-${id}`,
          origin,
          metadata: metadata({
            title: { value: title, rule: title ? 'metadata/title-first-line' : null },
            sourceType: { value: type as 'news', rule: 'metadata/source-type-default' },
          }),
          extraction: extraction({ dyad }),
        }),
      )
    await add('doc-a', 'Israel and Kazakhstan sign a 100% deal', '/tmp/a.txt', 'news', ['ISR', 'KAZ'])
    await add('doc-b', null, '/tmp/kazakh_notes.txt', 'think-tank', null)
    await add('doc-c', 'Chile and Peru share water', '/tmp/c.txt', 'government', ['CHL', 'PER'])
    const app = createApp({ store: docs })
    const ids = async (query: string) => {
      const res = await app.request(`/api/documents?${query}`)
      assert.equal(res.status, 200, query)
      return ((await res.json()) as { items: { id: string }[] }).items.map((d) => d.id)
    }
    // Any case; a document without a title is found by its source; LIKE's wildcards are characters like others.
    assert.deepEqual(await ids('q=KAZAKH'), ['doc-a', 'doc-b'])
    assert.deepEqual(await ids('q=kazakhstan'), ['doc-a'])
    assert.deepEqual(await ids(`q=${encodeURIComponent('100%')}`), ['doc-a'])
    assert.deepEqual(await ids('q=_'), ['doc-b'])
    assert.deepEqual(await ids(`q=${encodeURIComponent('%')}`), ['doc-a'])
    assert.deepEqual(await ids('pair=kaz-isr'), ['doc-a'])
    assert.deepEqual(await ids('type=think-tank'), ['doc-b'])
    assert.deepEqual(await ids('q=and&type=government'), ['doc-c'])
    // Pages of a filtered list follow the cursor with the same filter.
    const first = (await (await app.request('/api/documents?q=kazakh&limit=1')).json()) as {
      items: { id: string; dyad: [string, string] | null }[]
      next_cursor: string
    }
    assert.deepEqual(first.items[0]?.dyad, ['ISR', 'KAZ'])
    const next = (await (await app.request(`/api/documents?q=kazakh&limit=1&cursor=${first.next_cursor}`)).json()) as {
      items: { id: string; dyad: [string, string] | null }[]
      next_cursor: string | null
    }
    assert.deepEqual(
      next.items.map((d) => [d.id, d.dyad]),
      [['doc-b', null]],
    )
    assert.equal(next.next_cursor, null)
    for (const bad of ['type=blog', 'pair=ISR', `q=${'x'.repeat(201)}`]) {
      const res = await app.request(`/api/documents?${bad}`)
      assert.equal(res.status, 400, bad)
      assert.ok(((await res.json()) as { error: { message: string } }).error.message, bad)
    }
    await docs.close()
  })

  it('lists the documents in HTML one page at a time, linking the next', async () => {
    const many = await createSqliteStore({ path: ':memory:' })
    for (let i = 0; i < 201; i++)
      await many.saveVersion(
        newVersion({ documentId: `d-${String(i).padStart(3, '0')}`, contentHash: `h-${i}`, cleanText: `text ${i}` }),
      )
    const app = createApp({ store: many })
    const first = await (await app.request('/')).text()
    assert.equal(first.match(/<tr><td>/g)?.length, 200)
    assert.match(first, /href="\/\?after=d-199"/)
    const second = await (await app.request('/?after=d-199')).text()
    assert.equal(second.match(/<tr><td>/g)?.length, 1)
    assert.doesNotMatch(second, /\?after=/)
    await many.close()
  })

  it('renders document text inert in HTML', async () => {
    const app = createApp({ store })
    for (const path of ['/', '/documents/doc-x']) {
      const html = await (await app.request(path)).text()
      assert.doesNotMatch(html, /<script>alert|<img src=x|<b>bold/)
      assert.match(html, /&lt;b&gt;bold&lt;\/b&gt;/)
    }
  })

  it('escapes document text in search snippets, keeping only the marks as HTML', async () => {
    const res = await createApp({ store }).request('/api/search?q=alert')
    assert.equal(res.status, 200)
    const [hit] = ((await res.json()) as { items: { snippet: string }[] }).items
    assert.match(hit?.snippet ?? '', /&lt;script&gt;<mark>alert<\/mark>\(1\)/)
    assert.doesNotMatch(hit?.snippet ?? '', /<script|<img/)
  })

  it("answers 400 with a reason of its own for a search that means nothing, and reads FTS5's syntax as words", async () => {
    const app = createApp({ store })
    for (const q of ['*', '"unbalanced', 'alert OR', '(alert']) {
      const res = await app.request(`/api/search?q=${encodeURIComponent(q)}`)
      assert.equal(res.status, 400, q)
      const body = (await res.json()) as { error: { message: string } }
      assert.match(body.error.message, /^cannot search for/, q)
      assert.doesNotMatch(body.error.message, /fts5|sqlite|syntax error|no such column/i, q)
    }
    assert.equal((await app.request(`/api/search?q=${encodeURIComponent('col:alert')}`)).status, 200)
  })

  it('explains how a stored document was read, sentence by sentence or at an offset, and refuses a bad offset', async () => {
    await store.saveVersion(
      newVersion({
        documentId: 'doc-ken',
        contentHash: 'hash-ken',
        cleanText: 'Kenya recalled its ambassador to Somalia. Somalia did not attend the talks.',
        metadata: metadata({ title: { value: null, rule: null } }),
      }),
    )
    const app = createApp({ store })
    const all = (await (await app.request('/api/documents/doc-ken/explain')).json()) as {
      sentences: { number: number; triggers: { trigger: string; outcome: string; source: string; reason: string }[] }[]
    }
    assert.deepEqual(
      all.sentences.map((s) => s.number),
      [1, 2],
    )
    const recall = all.sentences[0]?.triggers[0]
    assert.equal(recall?.outcome, 'event')
    assert.equal(recall?.source, 'KEN')
    assert.ok(all.sentences[1]?.triggers.some((t) => t.outcome === 'negated' && /negated/.test(t.reason)))
    const at = (await (await app.request('/api/documents/doc-ken/explain?at=50')).json()) as { sentences: unknown[] }
    assert.equal(at.sentences.length, 1)
    const bad = await app.request('/api/documents/doc-ken/explain?at=minus')
    assert.equal(bad.status, 400)
    assert.equal((await app.request('/api/documents/nope/explain')).status, 404)
  })

  it('answers 404 for an unknown document, as JSON under /api', async () => {
    const app = createApp({ store })
    const res = await app.request('/api/documents/nope')
    assert.equal(res.status, 404)
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /no document/)
    assert.equal((await app.request('/documents/nope')).status, 404)
  })
})

describe('dyad serve', () => {
  it('reports a port in use in one line and exits 1', async () => {
    const blocker = createServer()
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r))
    const port = (blocker.address() as { port: number }).port
    const stderr = new PassThrough()
    let err = ''
    stderr.on('data', (d) => {
      err += d
    })
    const code = await runCli(['serve', '--db', ':memory:', '--port', String(port)], {
      stdout: new PassThrough(),
      stderr,
      env: {},
      cwd: '/',
    })
    blocker.close()
    assert.equal(code, 1)
    assert.equal(err.trim(), `dyad: port ${port} on 127.0.0.1 is already in use (try --port ${port + 1})`)
  })
})
