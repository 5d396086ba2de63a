import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { createApp } from '../src/api/app.js'
import type { PairProfileJson, PairSummaryJson, StoredEventJson, StoredFactJson } from '../src/api/stored-dto.js'
import { ingestOne } from '../src/pipeline/ingest.js'
import { expandPaths, readInput } from '../src/source/read-inputs.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import type { Store } from '../src/store/store.js'

interface Page<T> {
  items: T[]
  next_cursor: string | null
}
interface ErrorBody {
  error: { message: string; issues?: { path: string; message: string }[] }
}

/** A small RFC 4180 reader, enough to check that what the export writes reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += ch
  }
  assert.equal(field, '', 'the text ends with a line break')
  return rows
}

describe('HTTP API on the sample corpus', () => {
  let store: Store
  let app: Hono
  const get = async <T>(path: string, status = 200): Promise<T> => {
    const res = await app.request(path)
    assert.equal(res.status, status, `${path}: ${res.status}`)
    assert.match(res.headers.get('content-type') ?? '', /application\/json/)
    return (await res.json()) as T
  }
  const bad = async (path: string, param: string) => {
    const body = await get<ErrorBody>(path, 400)
    assert.equal(typeof body.error.message, 'string')
    assert.ok(
      body.error.issues?.some((i) => i.path === param),
      `${path}: ${JSON.stringify(body.error.issues)} names ${param}`,
    )
  }

  before(async () => {
    store = await createSqliteStore({ path: ':memory:' })
    for (const entry of await expandPaths([new URL('../examples/', import.meta.url).pathname])) {
      assert.ok('path' in entry)
      const outcome = await ingestOne(await readInput(entry.path), store, () => new Date('2026-01-01T00:00:00Z'))
      assert.equal(outcome.status, 'ingested')
    }
    app = createApp({ store })
  })
  after(() => store.close())

  it('lists the pairs with their counts, ISR-KAZ first', async () => {
    const pairs = (await get<Page<PairSummaryJson>>('/api/pairs')).items
    const isrKaz = pairs.find((p) => p.pair === 'ISR-KAZ')
    assert.ok(isrKaz)
    assert.equal(pairs[0]?.pair, 'ISR-KAZ')
    assert.equal(isrKaz.documents, 3)
    assert.ok(isrKaz.events > 0 && isrKaz.facts > 0)
  })

  it('redirects the other order and case of a pair to its canonical path, keeping the query', async () => {
    for (const [path, to] of [
      ['/api/pairs/KAZ-ISR', '/api/pairs/ISR-KAZ'],
      ['/api/pairs/isr-kaz', '/api/pairs/ISR-KAZ'],
      ['/api/pairs/kaz-isr?x=1', '/api/pairs/ISR-KAZ?x=1'],
    ] as const) {
      const res = await app.request(path)
      assert.equal(res.status, 308, path)
      assert.equal(res.headers.get('location'), to)
    }
  })

  it('profiles a pair with counts by family, recent events and facts', async () => {
    const p = await get<PairProfileJson>('/api/pairs/ISR-KAZ')
    assert.equal(p.pair, 'ISR-KAZ')
    assert.deepEqual(p.countries, ['ISR', 'KAZ'])
    assert.equal(p.documents, 3)
    assert.equal(
      Object.values(p.events_by_family).reduce((a, b) => a + b, 0),
      p.events,
    )
    assert.ok(p.last_events.length > 0 && p.last_events.length <= 10)
    assert.ok(p.fact_list.some((f) => f.kind === 'trade_volume' && f.value === 450_000_000))
    const series = p as unknown as {
      monthly: { month: string; events: number; index: number; by_quad: Record<string, number> }[]
      first_event: string
      last_event: string
      undated_events: number
    }
    const months = series.monthly.map((m) => m.month)
    assert.deepEqual(months, [...months].sort(), 'months in order')
    assert.ok(months.includes('2025-10'), 'the October 2025 call is in its month')
    assert.ok(series.monthly.every((m) => m.events > 0 && Number.isFinite(m.index)))
    assert.ok(series.first_event <= series.last_event)
    assert.ok(series.undated_events >= 1, 'the undated irrigation project is counted apart, not placed on a month')
    const keys = (p as unknown as { key_facts: { kind: string; value: number; period: string; sources: string[] }[] })
      .key_facts
    const trade = keys.find((k) => k.kind === 'trade_volume')
    assert.deepEqual([trade?.value, trade?.period, trade?.sources.length], [450_000_000, '2023', 1])
    // Every source a small pair has is listed, newest first, and every document a key fact cites has its title.
    const sources = (
      p as unknown as { sources: { id: string; publication_date: string | null }[]; source_count: number }
    ).sources
    assert.equal((p as unknown as { source_count: number }).source_count, sources.length)
    assert.ok(sources.length >= p.documents)
    const dates = sources.map((s) => s.publication_date ?? '')
    assert.deepEqual(dates, [...dates].sort().reverse())
    for (const id of trade?.sources ?? [])
      assert.ok(
        sources.some((s) => s.id === id),
        id,
      )
  })

  it('answers 400 for a malformed or unknown pair and 404 for a pair with nothing stored', async () => {
    for (const path of ['/api/pairs/ISR', '/api/pairs/ISR-ISR', '/api/pairs/IS1-KAZ', '/api/pairs/ISR-KAZ-RUS'])
      await bad(path, 'pair')
    assert.match((await get<ErrorBody>('/api/pairs/ABC-XYZ', 400)).error.message, /unknown country codes ABC, XYZ/)
    assert.match((await get<ErrorBody>('/api/pairs/FRA-JPN', 404)).error.message, /nothing is stored about FRA-JPN/)
  })

  it('filters events by pair, type and dates, in the shape of `dyad events --json`', async () => {
    const { items } = await get<Page<StoredEventJson>>('/api/events?pair=KAZ-ISR&type=consult')
    const call = items.find((e) => e.evidence.includes('Kosherbayev'))
    assert.equal(call?.date, '2025-10-08')
    assert.deepEqual([call?.source, call?.target].sort(), ['ISR', 'KAZ'])
    assert.ok(items.every((e) => e.type === 'CONSULT' && e.family === 'consult' && typeof e.document === 'string'))
    const dated = await get<Page<StoredEventJson>>('/api/events?pair=ISR-KAZ&from=2023-10&to=2023-11&limit=500')
    assert.ok(dated.items.length > 0)
    for (const e of dated.items)
      assert.ok(e.date && e.date >= '2023-10' && e.date.slice(0, 7) <= '2023-11', e.date ?? '')
    const agree = await get<Page<StoredEventJson>>('/api/events?pair=ISR-KAZ&family=agree')
    assert.ok(agree.items.length > 0 && agree.items.every((e) => e.family === 'agree'))
  })

  it('finds events by words of their evidence', async () => {
    const page = await get<{ items: StoredEventJson[] }>('/api/events?pair=KAZ-ISR&q=%22phone%20call%22')
    assert.ok(page.items.length > 0)
    for (const e of page.items) assert.match(e.evidence, /phone call/i)
    // The syntax of the documents' search: OR, a prefix, NOT.
    const either = await get<{ items: StoredEventJson[] }>('/api/events?pair=KAZ-ISR&q=phone%20OR%20visit*&limit=500')
    assert.ok(either.items.length > page.items.length)
    for (const e of either.items) assert.match(e.evidence, /\bphone\b|\bvisit/i)
    const without = await get<{ items: StoredEventJson[] }>('/api/events?pair=KAZ-ISR&q=phone%20NOT%20call&limit=500')
    for (const e of without.items) assert.doesNotMatch(e.evidence, /\bcall\b/i)
  })

  it('walks every event exactly once in pages of two, oldest or newest first', async () => {
    for (const order of ['asc', 'desc']) {
      const all = await get<Page<StoredEventJson>>(`/api/events?pair=ISR-KAZ&limit=500&order=${order}`)
      assert.equal(all.next_cursor, null)
      assert.ok(all.items.length > 4)
      const walked: StoredEventJson[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
        const page: Page<StoredEventJson> = await get(`/api/events?pair=ISR-KAZ&limit=2&order=${order}${q}`)
        assert.ok(page.items.length <= 2)
        walked.push(...page.items)
        cursor = page.next_cursor
        pages++
      } while (cursor)
      assert.equal(pages, Math.ceil(all.items.length / 2))
      assert.deepEqual(walked, all.items, order)
      // By date in the asked direction, undated events last either way.
      const dates = all.items.map((e) => e.date)
      const dated = dates.filter((d) => d !== null) as string[]
      assert.deepEqual(dates, [...dated, ...dates.filter((d) => d === null)], order)
      const sorted = [...dated].sort()
      assert.deepEqual(dated, order === 'asc' ? sorted : sorted.reverse(), order)
    }
  })

  it('lists facts by pair and kind in pages, in the shape of `dyad facts --json`', async () => {
    const trade = await get<Page<StoredFactJson>>('/api/facts?pair=ISR-KAZ&kind=trade_volume')
    assert.ok(trade.items.some((f) => f.value === 450_000_000 && f.value_text.length > 0))
    assert.ok(trade.items.every((f) => f.kind === 'trade_volume'))
    const first = await get<Page<StoredFactJson>>('/api/facts?pair=ISR-KAZ&limit=1')
    assert.equal(first.items.length, 1)
    assert.ok(first.next_cursor)
    const second = await get<Page<StoredFactJson>>(`/api/facts?pair=ISR-KAZ&limit=1&cursor=${first.next_cursor}`)
    assert.notDeepEqual(second.items, first.items)
    assert.equal((await get<Page<StoredFactJson>>('/api/facts')).items.length <= 50, true, 'a default limit')
  })

  it('answers 400 with the parameter named for a bad query, never a 500', async () => {
    const cases: [string, string][] = [
      ['/api/events?pair=ISR', 'pair'],
      ['/api/events?type=NOPE', 'type'],
      ['/api/events?family=war', 'family'],
      ['/api/events?from=2024-13', 'from'],
      ['/api/events?to=yesterday', 'to'],
      ['/api/events?limit=0', 'limit'],
      ['/api/events?limit=501', 'limit'],
      ['/api/events?limit=ten', 'limit'],
      ['/api/events?cursor=nope', 'cursor'],
      ['/api/events?order=newest', 'order'],
      ['/api/events?colour=red', ''],
      ['/api/facts?limit=-1', 'limit'],
      ['/api/facts?pair=XXX-XXX', 'pair'],
      ['/api/facts?kind=nonsense', 'kind'],
      ['/api/search', 'q'],
      ['/api/search?q=%20', 'q'],
      ['/api/search?q=%22unbalanced', 'q'],
      ['/api/events?q=%2A', 'q'],
      ['/api/events?pair=ISR-KAZ&q=NOT%20talks', 'q'],
      ['/api/search?q=israel&limit=1000', 'limit'],
      ['/api/export?format=csv', 'pair'],
      ['/api/export?pair=ISR-KAZ&format=xml', 'format'],
    ]
    for (const [path, param] of cases) await bad(path, param)
  })

  it('answers 404 JSON for an unknown /api route', async () => {
    assert.match((await get<ErrorBody>('/api/nothing/here', 404)).error.message, /no such endpoint/)
  })

  it('searches with escaped snippets whose matches are marked', async () => {
    const { items: hits } = await get<{ items: { id: string; title: string | null; snippet: string }[] }>(
      '/api/search?q=Kosherbayev&limit=5',
    )
    assert.ok(hits.length > 0 && hits.length <= 5)
    assert.match(hits[0]?.snippet ?? '', /<mark>Kosherbayev<\/mark>/)
    const snippet = hits[0]?.snippet ?? ''
    assert.ok(!snippet.includes('\u0002') && !snippet.includes('\u0003'), 'no placeholder marks left')
  })

  it('exports a pair as CSV that parses back, evidence with commas quoted', async () => {
    const res = await app.request('/api/export?pair=KAZ-ISR&format=csv')
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/)
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="dyad-ISR-KAZ.csv"')
    const text = await res.text()
    const [header, ...rows] = parseCsv(text)
    assert.ok(header)
    for (const col of ['record', 'document', 'source_url', 'type', 'kind', 'evidence', 'date', 'value'])
      assert.ok(header.includes(col), col)
    assert.ok(rows.every((r) => r.length === header.length))
    const at = (name: string) => header.indexOf(name)
    const events = rows.filter((r) => r[at('record')] === 'event')
    const facts = rows.filter((r) => r[at('record')] === 'fact')
    const all = await get<Page<StoredEventJson>>('/api/events?pair=ISR-KAZ&limit=500')
    assert.equal(events.length, all.items.length)
    assert.ok(facts.some((r) => r[at('kind')] === 'trade_volume' && r[at('value')] === '450000000'))
    assert.ok(
      facts.every((r) => r[at('pair')] === 'ISR;KAZ'),
      'every exported fact is about the pair',
    )
    const withComma = rows.find((r) => r[at('evidence')]?.includes(','))
    assert.ok(withComma, 'some evidence holds a comma')
    assert.ok(text.includes(`"${withComma[at('evidence')]?.replaceAll('"', '""')}"`))
    assert.deepEqual(
      events.map((r) => r[at('evidence')]),
      all.items.map((e) => e.evidence),
    )
  })

  it('exports a pair as JSON lines with source URLs', async () => {
    const res = await app.request('/api/export?pair=ISR-KAZ')
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /^application\/x-ndjson/)
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="dyad-ISR-KAZ.jsonl"')
    const lines = (await res.text()).trimEnd().split('\n')
    const records = lines.map((l) => JSON.parse(l) as { record: string; evidence: string; source_url: unknown })
    assert.ok(records.some((r) => r.record === 'event') && records.some((r) => r.record === 'fact'))
    assert.ok(records.every((r) => 'source_url' in r && r.evidence.length > 0))
    assert.equal((await app.request('/api/export?pair=FRA-JPN')).status, 404)
  })
})
