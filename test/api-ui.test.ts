// The API fields the web UI reads (names, directions, sources, annotations, search filters) and the serving of the
// built UI itself, through app.request() on the sample corpus.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { createApp } from '../src/api/app.js'
import { ingestOne } from '../src/pipeline/ingest.js'
import { expandPaths, readInput } from '../src/source/read-inputs.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import type { Store } from '../src/store/store.js'
import type { DocumentDetail, Page, PairItem, Profile, SearchHit } from '../web/src/types.js'

interface ErrorBody {
  error: { message: string; issues?: { path: string; message: string }[] }
}

describe('API for the web UI', () => {
  let store: Store
  let app: Hono
  let web: string
  const get = async <T>(path: string, status = 200): Promise<T> => {
    const res = await app.request(path)
    assert.equal(res.status, status, `${path}: ${res.status}`)
    return (await res.json()) as T
  }

  before(async () => {
    store = await createSqliteStore({ path: ':memory:' })
    for (const entry of await expandPaths([new URL('../examples/', import.meta.url).pathname])) {
      assert.ok('path' in entry)
      await ingestOne(await readInput(entry.path), store, () => new Date('2026-01-01T00:00:00Z'))
    }
    web = mkdtempSync(join(tmpdir(), 'dyad-webroot-'))
    mkdirSync(join(web, 'assets'))
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>UI</title><div id="app"></div>')
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)')
    mkdirSync(join(web, 'flags'))
    writeFileSync(join(web, 'flags', 'isr.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    writeFileSync(join(web, '.secret'), 'hidden')
    app = createApp({ store, webRoot: web })
  })
  after(async () => {
    await store.close()
    rmSync(web, { recursive: true, force: true })
  })

  it('names both countries of each pair with flags, and gives its latest dated event', async () => {
    const pairs = (await get<Page<PairItem>>('/api/pairs')).items
    const p = pairs.find((x) => x.pair === 'ISR-KAZ')
    assert.ok(p)
    assert.deepEqual(p.country_info, [
      { code: 'ISR', name: 'Israel', flag: '🇮🇱' },
      { code: 'KAZ', name: 'Kazakhstan', flag: '🇰🇿' },
    ])
    assert.equal(
      Object.values(p.events_by_family).reduce((a, b) => a + b, 0),
      p.events,
    )
    assert.ok(p.first_event && p.last_event && p.first_event <= p.last_event)
    assert.ok(p.latest_event?.date)
    assert.equal(p.latest_event.date_end ?? p.latest_event.date, p.last_event)
  })

  it('pages the documents and the pairs, each item once, and names a bad cursor', async () => {
    for (const path of ['/api/documents', '/api/pairs']) {
      const whole = await get<Page<unknown>>(path)
      assert.equal(whole.next_cursor, null)
      const seen: unknown[] = []
      let next: string | null = `${path}?limit=2`
      while (next) {
        const page: Page<unknown> = await get<Page<unknown>>(next)
        assert.ok(page.items.length <= 2)
        seen.push(...page.items)
        next = page.next_cursor ? `${path}?limit=2&cursor=${page.next_cursor}` : null
      }
      assert.deepEqual(seen, whole.items)
      for (const q of ['limit=0', 'limit=501', 'cursor=nonsense', 'page=2']) await get<ErrorBody>(`${path}?${q}`, 400)
    }
  })

  it('profiles a pair with its sources, newest first, each with its counts', async () => {
    const p = await get<Profile>('/api/pairs/ISR-KAZ')
    assert.equal(p.direction, null)
    assert.equal(p.sources.length, p.documents)
    const dates = p.sources.map((s) => s.publication_date).filter((d): d is string => d !== null)
    assert.deepEqual(dates, [...dates].sort().reverse())
    assert.equal(
      p.sources.reduce((n, s) => n + s.facts, 0),
      p.facts,
    )
    assert.ok(p.sources.every((s) => typeof s.title === 'string' && s.source_type))
  })

  it('keeps the series to one direction when asked, in either case', async () => {
    const both = await get<Profile>('/api/pairs/ISR-KAZ')
    const kazIsr = await get<Profile>('/api/pairs/ISR-KAZ?direction=kaz-isr')
    const isrKaz = await get<Profile>('/api/pairs/ISR-KAZ?direction=ISR-KAZ')
    assert.equal(kazIsr.direction, 'KAZ-ISR')
    const total = (p: Profile) => p.monthly.reduce((n, m) => n + m.events, 0)
    assert.ok(total(kazIsr) > 0 && total(isrKaz) > 0)
    assert.ok(total(kazIsr) + total(isrKaz) <= total(both))
    assert.ok(total(kazIsr) < total(both))
    // Counts and key facts are the pair's, whatever the direction.
    assert.equal(kazIsr.events, both.events)
    assert.deepEqual(kazIsr.key_facts, both.key_facts)
  })

  it('answers 400 naming the direction for one that is not the pair, or an unknown parameter', async () => {
    for (const q of ['direction=ISR-USA', 'direction=ISR-ISR', 'direction=ISRKAZ', 'sort=asc']) {
      const body = await get<ErrorBody>(`/api/pairs/ISR-KAZ?${q}`, 400)
      assert.ok(body.error.message.length > 0)
      if (q.startsWith('direction'))
        assert.ok(
          body.error.issues?.some((i) => i.path === 'direction'),
          q,
        )
    }
  })

  it('gives a document with its raw text and every annotation at offsets of the clean text', async () => {
    const docs = (await get<Page<{ id: string; title: string }>>('/api/documents')).items
    const id = docs.find((d) => d.title.startsWith('Kazakhstan Maintains'))?.id
    assert.ok(id)
    const d = await get<DocumentDetail>(`/api/documents/${id}`)
    assert.ok(d.events.length > 0 && d.facts.length > 0 && d.mentions.length > 0)
    for (const e of d.events) assert.equal(d.clean_text.slice(e.start, e.end), e.evidence)
    for (const f of d.facts) assert.equal(d.clean_text.slice(f.start, f.end), f.evidence)
    for (const m of d.mentions) assert.equal(d.clean_text.slice(m.start, m.end), m.text)
    assert.deepEqual(
      d.events.map((e) => e.start),
      [...d.events.map((e) => e.start)].sort((a, b) => a - b),
    )
    assert.ok(d.dyad?.includes('ISR') && d.dyad.includes('KAZ'))
    // Removed furniture is a span of the raw text.
    assert.ok(d.removed.length > 0)
    for (const r of d.removed) assert.equal(d.raw_text.slice(r.start, r.end), r.text)
    // Each side of an event says whether it is a state, a person or an organisation.
    for (const e of d.events) {
      assert.equal(e.source_kind === 'country', e.source_actor === null, `${e.evidence}: ${e.source_kind}`)
      if (e.target_kind) assert.equal(e.target_kind === 'country', e.target_actor === null)
    }
    assert.ok(d.events.some((e) => e.source_kind === 'person'))
    assert.ok(d.events.some((e) => e.source_kind === 'org' || e.target_kind === 'org'))
    const kaz = d.mentions.find((m) => m.kind === 'actor' && m.text === 'Kazakhstan')
    assert.equal(kaz?.label, 'KAZ (Kazakhstan)')
    const date = d.mentions.find((m) => m.kind === 'time')
    assert.match(date?.label ?? '', /^\d{4}(-\d{2}(-\d{2})?)?/)
  })

  it('filters search hits by pair and document type, and says each hit is what type and date', async () => {
    const all = (await get<{ items: SearchHit[] }>('/api/search?q=Kazakhstan')).items
    assert.ok(all.length >= 3)
    assert.ok(all.every((h) => typeof h.source_type === 'string'))
    const news = (await get<{ items: SearchHit[] }>('/api/search?q=Kazakhstan&type=news')).items
    assert.ok(news.length > 0 && news.length < all.length)
    assert.ok(news.every((h) => h.source_type === 'news'))
    const pair = (await get<{ items: SearchHit[] }>('/api/search?q=Kazakhstan&pair=KAZ-ISR')).items
    assert.equal(pair.length, 3)
    assert.deepEqual((await get<{ items: SearchHit[] }>('/api/search?q=Kazakhstan&pair=CHL-PER')).items, [])
    const bad = await get<ErrorBody>('/api/search?q=Kazakhstan&type=blog', 400)
    assert.ok(bad.error.issues?.some((i) => i.path === 'type'))
  })

  it('pages search hits like every list: pages of one walk the hits in rank order, each once', async () => {
    const all = await get<{ items: SearchHit[]; next_cursor: string | null }>('/api/search?q=Kazakhstan')
    assert.equal(all.next_cursor, null)
    const walked: SearchHit[] = []
    let cursor: string | null = null
    do {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
      const page: { items: SearchHit[]; next_cursor: string | null } = await get(`/api/search?q=Kazakhstan&limit=1${q}`)
      assert.ok(page.items.length <= 1)
      walked.push(...page.items)
      cursor = page.next_cursor
    } while (cursor)
    assert.deepEqual(
      walked.map((h) => h.id),
      all.items.map((h) => h.id),
    )
    await get<ErrorBody>('/api/search?q=Kazakhstan&cursor=nope', 400)
  })

  it('serves the built UI: index.html for every page path, with a content security policy', async () => {
    for (const path of ['/', '/pair/ISR-KAZ', '/documents/abc', '/documents', '/documents/', '/search']) {
      const res = await app.request(path)
      assert.equal(res.status, 200, path)
      assert.match(await res.text(), /<div id="app">/)
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/)
      assert.equal(res.headers.get('cache-control'), 'no-cache')
    }
    const unknown = await app.request('/nowhere/at/all')
    assert.equal(unknown.status, 404)
    assert.match(await unknown.text(), /<div id="app">/)
  })

  it('serves hashed assets with long caching, and the API beside them', async () => {
    const js = await app.request('/assets/app-1234.js')
    assert.equal(js.status, 200)
    assert.match(js.headers.get('content-type') ?? '', /text\/javascript/)
    assert.match(js.headers.get('cache-control') ?? '', /immutable/)
    assert.equal(await js.text(), 'console.log(1)')
    assert.equal((await app.request('/api/pairs')).status, 200)
    assert.match((await app.request('/api/nothing')).headers.get('content-type') ?? '', /json/)
    assert.equal((await app.request('/openapi.json')).status, 200)
  })

  it('serves the flags as SVG images, cached for a day', async () => {
    const flag = await app.request('/flags/isr.svg')
    assert.equal(flag.status, 200)
    assert.equal(flag.headers.get('content-type'), 'image/svg+xml')
    assert.equal(flag.headers.get('cache-control'), 'public, max-age=86400')
    assert.equal((await app.request('/flags/atl.svg')).status, 404)
  })

  it('never serves a file outside the UI directory, nor a hidden one', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/etc/passwd', '/.secret']) {
      const res = await app.request(path)
      assert.equal(res.status, 404, path)
      assert.doesNotMatch(await res.text(), /hidden|"name"|root:/, path)
    }
  })
})
