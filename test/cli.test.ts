import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import { event, extraction, fact, newVersion, spanOf } from './factories.js'
import { dyad } from './run-cli.js'

const fixtures = new URL('./fixtures/', import.meta.url).pathname

describe('dyad CLI', () => {
  let dir: string
  let corpus: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'))
    corpus = join(dir, 'corpus')
    mkdirSync(join(corpus, 'sub'), { recursive: true })
    for (const f of ['000_99231b158a2f5198.txt', '003_05902e0c1a095d85.txt'])
      copyFileSync(join(fixtures, 'seeds', f), join(corpus, f))
    copyFileSync(join(fixtures, 'inputs', 'synthetic-page.html'), join(corpus, 'sub', 'synthetic-page.html'))
    copyFileSync(join(fixtures, 'inputs', 'notes.md'), join(corpus, 'sub', 'notes.md'))
    writeFileSync(join(corpus, 'ignored.pdf'), 'not read: unsupported extension inside a folder')
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('ingests a folder recursively, then reports the same files as unchanged', async () => {
    const first = await dyad(['ingest', corpus, '--db', 'x.db'], dir)
    assert.equal(first.code, 0, first.err)
    assert.match(first.out, /ingested 4, unchanged 0, failed 0/)
    const second = await dyad(['ingest', corpus, '--db', 'x.db'], dir)
    assert.equal(second.code, 0)
    assert.match(second.out, /ingested 0, unchanged 4, failed 0/)
    const docs = JSON.parse((await dyad(['docs', '--json', '--db', 'x.db'], dir)).out) as {
      id: string
      title: string
      source: string
    }[]
    assert.equal(docs.length, 4)
    assert.deepEqual(Object.keys(docs[0] ?? {}), [
      'id',
      'source',
      'title',
      'authors',
      'publication_date',
      'source_type',
      'language',
      'dyad',
    ])
    const html = docs.find(
      (d) => d.title === 'Synthetic Accord Signed | Example Times' || d.title === 'Synthetic Accord Signed',
    )
    assert.ok(html, 'the HTML page is read through its main text')
  })

  it('keeps a changed file at the same path as a new version', async () => {
    const path = join(dir, 'changing.txt')
    writeFileSync(
      path,
      'A Synthetic Headline Here\n\nAtlantis and Lemuria opened talks on a border treaty in the capital of Atlantis this week.\n',
    )
    await dyad(['ingest', path, '--db', 'v.db'], dir)
    writeFileSync(
      path,
      'A Synthetic Headline Here\n\nAtlantis and Lemuria closed talks on a border treaty in the capital of Lemuria this week.\n',
    )
    const r = await dyad(['ingest', path, '--db', 'v.db'], dir)
    assert.match(r.out, /ingested 1/)
    const docs = JSON.parse((await dyad(['docs', '--json', '--db', 'v.db'], dir)).out) as { id: string }[]
    assert.equal(docs.length, 1)
    const shown = JSON.parse((await dyad(['show', docs[0]?.id ?? '', '--json', '--db', 'v.db'], dir)).out) as {
      version: number
      clean_text: string
    }
    assert.equal(shown.version, 2)
    assert.match(shown.clean_text, /closed talks/)
  })

  it('goes on past a bad file, names it with its reason and exits 1', async () => {
    const r = await dyad(
      [
        'ingest',
        join(fixtures, 'inputs', 'binary.txt'),
        join(dir, 'missing.txt'),
        join(fixtures, 'inputs', 'synthetic-news.txt'),
        '--db',
        'b.db',
      ],
      dir,
    )
    assert.equal(r.code, 1)
    assert.match(r.out, /ingested 1, unchanged 0, failed 2/)
    assert.match(r.out, /binary\.txt: binary content/)
    assert.match(r.out, /missing\.txt: no such file or folder/)
    assert.doesNotMatch(r.out + r.err, /\n\s+at /, 'no stack trace')
    const docs = JSON.parse((await dyad(['docs', '--json', '--db', 'b.db'], dir)).out) as {
      source: string
      publication_date: string
    }[]
    assert.deepEqual(
      docs.map((d) => [d.source, d.publication_date]),
      [['https://news.example.org/2024/03/05/talks', '2024-03-05']],
    )
  })

  it('refuses a document over the size limit in one line and goes on with the others (exit 1)', async () => {
    const limits = join(dir, 'limits')
    mkdirSync(limits, { recursive: true })
    // 3,000 bytes against a limit of 1 KB (0.001 MB = 1,048 bytes): refused from its size, before it is read.
    writeFileSync(
      join(limits, 'big.txt'),
      `Chile and Peru held talks on 3 March 2021. ${'The talks went on. '.repeat(150)}`,
    )
    copyFileSync(join(fixtures, 'inputs', 'synthetic-news.txt'), join(limits, 'small.txt'))
    const small = readFileSync(join(limits, 'small.txt')).length
    assert.ok(small <= 1048, `the small input (${small} bytes) fits the limit`)
    const r = await dyad(['ingest', limits, '--db', 'limits.db', '--max-document-mb', '0.001'], dir)
    assert.equal(r.code, 1)
    assert.match(r.out, /ingested 1, unchanged 0, failed 1/)
    const line = r.out.split('\n').find((l) => l.includes('big.txt')) ?? ''
    assert.match(
      line,
      /big\.txt: too large \(\d\.\d KB; the limit is 1 KB, set DYAD_MAX_DOCUMENT_MB or --max-document-mb\)$/,
    )
    assert.doesNotMatch(r.out + r.err, /\n\s+at /, 'no stack trace')
    const docs = JSON.parse((await dyad(['docs', '--json', '--db', 'limits.db'], dir)).out) as { origin: string }[]
    assert.equal(docs.length, 1, 'the document under the limit is stored')

    // The same limit from the environment; the flag wins over it.
    const env = await dyad(['ingest', join(limits, 'big.txt'), '--db', 'limits.db'], dir, undefined, {
      DYAD_MAX_DOCUMENT_MB: '0.001',
    })
    assert.equal(env.code, 1)
    assert.match(env.out, /big\.txt: too large/)
    const raised = await dyad(
      ['ingest', join(limits, 'big.txt'), '--db', 'limits.db', '--max-document-mb', '1'],
      dir,
      undefined,
      { DYAD_MAX_DOCUMENT_MB: '0.001' },
    )
    assert.equal(raised.code, 0, raised.out)
    assert.match(raised.out, /ingested 1, unchanged 0, failed 0/)

    // dyad extract and dyad explain read files too, under the same limit.
    const x = await dyad(
      ['extract', join(limits, 'big.txt'), join(limits, 'small.txt'), '--max-document-mb', '0.001'],
      dir,
    )
    assert.equal(x.code, 1)
    assert.match(
      x.err,
      /^dyad extract: .*big\.txt: too large \(.*; the limit is 1 KB, set DYAD_MAX_DOCUMENT_MB or --max-document-mb\)$/m,
    )
    assert.equal((JSON.parse(x.out) as unknown[]).length, 1, 'the other file is extracted')
    const e = await dyad(['explain', join(limits, 'big.txt')], dir, undefined, { DYAD_MAX_DOCUMENT_MB: '0.001' })
    assert.equal(e.code, 1)
    assert.match(e.err, /big\.txt: too large/)

    // A limit that is not a positive number is a usage error naming where it came from.
    for (const [args, env2, name] of [
      [['--max-document-mb', 'ten'], {}, '--max-document-mb'],
      [['--max-document-mb', '0'], {}, '--max-document-mb'],
      [[], { DYAD_MAX_DOCUMENT_MB: '-1' }, 'DYAD_MAX_DOCUMENT_MB'],
    ] as const) {
      const bad = await dyad(['ingest', limits, '--db', 'limits.db', ...args], dir, undefined, { ...env2 })
      assert.equal(bad.code, 2, name)
      assert.equal(bad.err.trim().split('\n').length, 1)
      assert.match(bad.err, new RegExp(`^dyad: ${name} takes a positive number of megabytes`))
    }
  })

  it('shows a document with --json and --raw', async () => {
    const docs = JSON.parse((await dyad(['docs', '--json', '--db', 'x.db'], dir)).out) as {
      id: string
      title: string
    }[]
    const seed = docs.find((d) => d.title?.startsWith('Kazakhstan Maintains'))
    assert.ok(seed)
    const shown = JSON.parse((await dyad(['show', seed.id, '--json', '--db', 'x.db'], dir)).out) as Record<
      string,
      unknown
    >
    assert.equal(shown.publication_date, '2025-10-13')
    assert.doesNotMatch(String(shown.clean_text), /KGS\/USD/)
    const raw = await dyad(['show', seed.id, '--raw', '--db', 'x.db'], dir)
    assert.match(raw.out, /KGS\/USD/)
    const missing = await dyad(['show', 'nope', '--db', 'x.db'], dir)
    assert.equal(missing.code, 1)
    assert.match(missing.err, /^dyad: no document "nope"/)
    // A unique prefix of four characters or more finds the document; a shorter one says why it is refused.
    const byPrefix = await dyad(['show', seed.id.slice(0, 6), '--json', '--db', 'x.db'], dir)
    assert.equal((JSON.parse(byPrefix.out) as { id: string }).id, seed.id)
    const short = await dyad(['show', seed.id.slice(0, 2), '--db', 'x.db'], dir)
    assert.equal(short.code, 2)
    assert.match(short.err, /needs at least 4 characters/)
  })

  it('says so when a folder holds nothing to ingest, and makes no database for it', async () => {
    mkdirSync(join(dir, 'nothing-here'), { recursive: true })
    const r = await dyad(['ingest', join(dir, 'nothing-here'), '--db', 'nothing.db'], dir)
    assert.deepEqual([r.code, r.out], [1, ''])
    assert.match(r.err, /^dyad: nothing to ingest: no \.txt, \.md or \.html file in .*nothing-here\n$/)
    assert.throws(() => readFileSync(join(dir, 'nothing.db')))
  })

  it('searches with snippets and explains a malformed query in one line', async () => {
    const r = await dyad(['search', 'ceasefire', '--json', '--db', 'x.db'], dir)
    const hits = JSON.parse(r.out) as { snippet: string }[]
    assert.ok(hits.length >= 1)
    assert.match(hits[0]?.snippet ?? '', /<mark>ceasefire<\/mark>/i)
    for (const query of ['"unbalanced', '*', 'NOT ceasefire']) {
      const bad = await dyad(['search', query, '--db', 'x.db'], dir)
      assert.equal(bad.code, 2, query)
      assert.match(bad.err, /^dyad: cannot search for/, query)
      assert.equal(bad.err.trim().split('\n').length, 1, query)
      assert.doesNotMatch(bad.err, /fts5|sqlite|syntax error|no such column/i, query)
    }
    // FTS5's own syntax is read as words, never as a column filter.
    assert.equal((await dyad(['search', 'col:ceasefire', '--db', 'x.db'], dir)).code, 0)
  })

  it('refuses a database path it cannot use at once, in one line, and makes missing folders', {
    timeout: 20_000,
  }, async () => {
    writeFileSync(join(dir, 'a-file'), 'not a folder')
    const underFile = await dyad(['ingest', 'corpus', '--db', 'a-file/x.db'], dir)
    assert.equal(underFile.code, 1)
    assert.match(underFile.err, /^dyad: cannot open database .*a-file\/x\.db: .*a-file is a file, not a folder\n$/)
    // Node's own recursive mkdir never returns under /proc: the store makes folders one level at a time.
    const proc = await dyad(['ingest', 'corpus', '--db', '/proc/dyad-nope/x.db'], dir)
    assert.equal(proc.code, 1)
    assert.match(
      proc.err,
      /^dyad: cannot open database \/proc\/dyad-nope\/x\.db: cannot make the folder \/proc\/dyad-nope: .*\n$/,
    )
    const nested = await dyad(['docs', '--db', 'new/deeper/x.db'], dir)
    assert.match(nested.err, /no database at/, 'a read does not create one')
    const made = await dyad(['ingest', join(corpus, 'sub', 'notes.md'), '--db', 'new/deeper/x.db'], dir)
    assert.equal(made.code, 0, made.err)
  })

  it('answers usage errors with exit 2 and help with exit 0', async () => {
    assert.equal((await dyad(['frobnicate'], dir)).code, 2)
    assert.equal((await dyad(['ingest'], dir)).code, 2)
    for (const c of ['ingest', 'docs', 'show', 'search', 'serve', 'extract', 'eval', 'events', 'facts', 'pair']) {
      const h = await dyad([c, '--help'], dir)
      assert.equal(h.code, 0, c)
      assert.match(h.out, /--db|--docs|--out/, c)
    }
  })

  it('refuses to read a database that does not exist', async () => {
    const r = await dyad(['docs', '--db', 'nowhere.db'], dir)
    assert.equal(r.code, 1)
    assert.match(r.err, /no database at/)
  })

  it('extracts files without a database, writing one JSON per input and reporting a bad one', async () => {
    const out = join(dir, 'out')
    const r = await dyad(
      ['extract', join(fixtures, 'seeds', '000_99231b158a2f5198.txt'), join(dir, 'missing.txt'), '--out', out],
      dir,
    )
    assert.equal(r.code, 1)
    assert.match(r.err, /missing\.txt: no such file or folder/)
    const json = JSON.parse(readFileSync(join(out, '000_99231b158a2f5198.json'), 'utf8')) as Record<string, unknown>
    assert.equal(json.publication_date, '2025-10-13')
    for (const k of [
      'doc',
      'title',
      'authors',
      'source_type',
      'language',
      'dyad',
      'clean_text',
      'events',
      'facts',
      'entities',
    ])
      assert.ok(k in json, k)
    const one = await dyad(['extract', join(fixtures, 'inputs', 'synthetic-news.txt')], dir)
    assert.equal(one.code, 0)
    assert.equal((JSON.parse(one.out) as { title: string }).title, 'Synthetic Ministers Meet in Geneva')
  })

  it('reads a Markdown title and a front-matter date of year, month or day precision', async () => {
    const text = 'Norway and Finland signed a fisheries agreement in Oslo.'
    const dates = { year: '2021', month: '2021-03', day: '2021-03-05' }
    const files = Object.entries(dates).map(([name, date]) => {
      const path = join(dir, `front-${name}.md`)
      writeFileSync(path, `---\ntitle: "Item ${name}"\ndate: ${date}\n---\n\n${text}\n`)
      return path
    })
    const out = join(dir, 'front')
    const r = await dyad(['extract', ...files, '--out', out], dir)
    assert.equal(r.code, 0, r.err)
    for (const [name, date] of Object.entries(dates)) {
      const json = JSON.parse(readFileSync(join(out, `front-${name}.json`), 'utf8')) as Record<string, unknown>
      assert.equal(json.publication_date, date, name)
      assert.equal(json.title, `Item ${name}`)
    }
  })

  it('eval without a dev set says so in one line and exits 2', async () => {
    const r = await dyad(['eval', '--docs', join(dir, 'none'), '--gold', join(dir, 'none')], dir)
    assert.equal(r.code, 2)
    assert.match(r.err, /^dyad: no evaluation set at/)
  })
})

describe('dyad events, facts and pair', () => {
  let dir: string
  const text = [
    'Israel and Kazakhstan held talks in Astana on 5 March 2024.',
    'Kazakhstan has long backed the Israeli proposal for a direct flight between Tel Aviv and Astana, officials said.',
    'Bilateral trade exceeded $450 million in 2023.',
  ].join(' ')
  const sentence = (start: string) => {
    const s = spanOf(text, start)
    return { start: s.start, end: text.indexOf('.', s.start) + 1 }
  }
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-cli-rel-'))
    // Filled through the store with hand-made rows, so these tests do not depend on what the extractor finds.
    const store = await createSqliteStore({ path: join(dir, 'r.db') })
    await store.saveVersion(
      newVersion({
        documentId: 'doc-isr-kaz',
        contentHash: 'h-1',
        cleanText: text,
        extraction: extraction({
          dyad: ['ISR', 'KAZ'],
          events: [
            event({ type: 'CONSULT', evidence: sentence('Israel and Kazakhstan') }),
            event({
              type: 'SUPPORT',
              source: { country: 'KAZ' },
              target: { country: 'ISR' },
              date: null,
              evidence: sentence('Kazakhstan has long'),
            }),
          ],
          facts: [
            fact({
              pair: ['ISR', 'KAZ'],
              valueSpan: spanOf(text, '$450 million'),
              evidence: sentence('Bilateral trade'),
            }),
            fact({
              pair: ['CHN', 'USA'],
              value: 73e9,
              valueSpan: spanOf(text, '$450 million'),
              evidence: sentence('Bilateral trade'),
            }),
          ],
        }),
      }),
    )
    await store.close()
    await (await createSqliteStore({ path: join(dir, 'empty.db') })).close()
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('lists events of a pair given in either order as JSON in the extract shape plus the document', async () => {
    for (const pair of ['ISR-KAZ', 'kaz-isr']) {
      const r = await dyad(['events', '--pair', pair, '--json', '--db', 'r.db'], dir)
      assert.equal(r.code, 0, r.err)
      const events = JSON.parse(r.out) as Record<string, unknown>[]
      assert.deepEqual(
        events.map((e) => [e.type, e.source, e.target, e.date, e.document]),
        [
          ['CONSULT', 'ISR', 'KAZ', '2024-03-05', 'doc-isr-kaz'],
          ['SUPPORT', 'KAZ', 'ISR', null, 'doc-isr-kaz'],
        ],
      )
      assert.equal(events[0]?.evidence, 'Israel and Kazakhstan held talks in Astana on 5 March 2024.')
      for (const k of ['co_sources', 'date_precision', 'start', 'end', 'dyad_relevant', 'hedged', 'rule', 'confidence'])
        assert.ok(k in (events[0] ?? {}), k)
    }
    const other = await dyad(['events', '--pair', 'FRA-JPN', '--json', '--db', 'r.db'], dir)
    assert.deepEqual(JSON.parse(other.out), [])
  })

  it('filters events by type or family and by dates', async () => {
    const run = async (...args: string[]) =>
      (JSON.parse((await dyad(['events', ...args, '--json', '--db', 'r.db'], dir)).out) as { type: string }[]).map(
        (e) => e.type,
      )
    assert.deepEqual(await run('--type', 'support'), ['SUPPORT'])
    assert.deepEqual(await run('--type', 'consult'), ['CONSULT'])
    assert.deepEqual(await run('--type', 'VISIT'), [])
    assert.deepEqual(await run('--from', '2024-03'), ['CONSULT'])
    assert.deepEqual(await run('--to', '2023'), [])
    assert.deepEqual(await run('--from', '2024', '--to', '2024-03-05'), ['CONSULT'])
  })

  it('prints events as aligned lines, undated as —, cutting the evidence only on a terminal', async () => {
    const r = await dyad(['events', '--db', 'r.db'], dir)
    assert.equal(r.code, 0, r.err)
    const lines = r.out.trimEnd().split('\n')
    assert.equal(lines.length, 2)
    assert.match(lines[0] ?? '', /^2024-03-05 +CONSULT +ISR → KAZ +Israel and Kazakhstan held talks/)
    assert.match(lines[1] ?? '', /^— +SUPPORT +KAZ → ISR +Kazakhstan has long .*officials said\.$/)
    assert.equal(lines[0]?.indexOf('ISR'), lines[1]?.indexOf('KAZ'), 'columns line up')
    const tty = await dyad(['events', '--db', 'r.db'], dir, { columns: 60 })
    for (const line of tty.out.trimEnd().split('\n')) assert.ok(line.length <= 60, line)
    assert.match(tty.out, /…$/m)
  })

  it('lists facts of a pair', async () => {
    const facts = JSON.parse((await dyad(['facts', '--pair', 'KAZ-ISR', '--json', '--db', 'r.db'], dir)).out) as Record<
      string,
      unknown
    >[]
    assert.deepEqual(
      facts.map((f) => [f.kind, f.value, f.value_text, f.period, f.pair, f.document]),
      [['trade_volume', 450_000_000, '$450 million', '2023', ['ISR', 'KAZ'], 'doc-isr-kaz']],
    )
    const plain = await dyad(['facts', '--db', 'r.db'], dir)
    assert.match(plain.out, /^trade_volume +exceeded \$450 million +2023 +ISR-KAZ +Bilateral trade exceeded/m)
    assert.match(plain.out, /2023 +CHN-USA +Bilateral/)
    assert.equal((await dyad(['facts', '--pair', 'FRA-JPN', '--db', 'r.db'], dir)).out, 'no facts\n')
  })

  it('profiles a pair: names, counts, families, last events and facts', async () => {
    const r = await dyad(['pair', 'kaz-isr', '--db', 'r.db'], dir)
    assert.equal(r.code, 0, r.err)
    assert.match(r.out, /^Israel – Kazakhstan \(ISR-KAZ\)\n1 document, 2 events, 1 fact\n/)
    assert.match(r.out, /events by family\n {2}consult +1\n {2}agree +1\n/)
    assert.match(r.out, /\n {2}2024-03-05 +CONSULT +ISR → KAZ/)
    assert.match(r.out, /\n {2}trade_volume +exceeded \$450 million/)
    const json = JSON.parse((await dyad(['pair', 'ISR-KAZ', '--json', '--db', 'r.db'], dir)).out) as Record<
      string,
      unknown
    >
    assert.equal(json.pair, 'ISR-KAZ')
    assert.deepEqual((json.events_by_family as Record<string, number>).agree, 1)
    assert.equal((json.last_events as unknown[]).length, 2)
    const list = await dyad(['pair', '--db', 'r.db'], dir)
    assert.match(list.out, /^ISR-KAZ +Israel – Kazakhstan +1 document +2 events +1 fact\n$/)
  })

  it('says when there is nothing yet', async () => {
    assert.equal((await dyad(['events', '--db', 'empty.db'], dir)).out, 'no events\n')
    assert.equal((await dyad(['facts', '--db', 'empty.db'], dir)).out, 'no facts\n')
    assert.match((await dyad(['pair', '--db', 'empty.db'], dir)).out, /^no pairs yet/)
    // As the API answers (404 and 400): a known pair with nothing stored fails, an unknown code is a usage mistake.
    const p = await dyad(['pair', 'ISR-KAZ', '--db', 'empty.db'], dir)
    assert.deepEqual([p.code, p.out, p.err], [1, '', 'dyad: nothing is stored about ISR-KAZ\n'])
    const xy = await dyad(['pair', 'XXX-YYY', '--db', 'empty.db'], dir)
    assert.deepEqual([xy.code, xy.err], [2, 'dyad: unknown country codes XXX, YYY\n'])
  })

  it('rejects a bad pair, type, date or limit in one line with exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['pair', 'XYZ'], /^dyad: bad pair 'XYZ': expected two ISO3 codes joined by '-', e.g. ISR-KAZ$/],
      [['pair', 'ISR-ISR'], /^dyad: bad pair 'ISR-ISR'/],
      [['events', '--pair', 'ISRKAZ'], /^dyad: bad pair 'ISRKAZ'/],
      [['facts', '--pair', 'IS-KAZ'], /^dyad: bad pair 'IS-KAZ'/],
      [['events', '--type', 'HUG'], /^dyad: unknown event type 'HUG'/],
      [['facts', '--kind', 'nonsense'], /^dyad: unknown fact kind "nonsense" \(one of [a-z_, ]*trade_volume/],
      [['events', '--from', '2024-13'], /^dyad: bad date '2024-13' for --from: expected YYYY, YYYY-MM or YYYY-MM-DD$/],
      [['events', '--to', 'March 2024'], /^dyad: bad date 'March 2024' for --to/],
      [['events', '--from', '2024', '--to', '2023'], /^dyad: --from 2024 is after --to 2023$/],
      [['events', '--limit', '0'], /^dyad: --limit must be a positive whole number/],
    ]
    for (const [args, message] of cases) {
      const r = await dyad([...args, '--db', 'r.db'], dir)
      assert.equal(r.code, 2, args.join(' '))
      assert.match(r.err.trim(), message)
      assert.equal(r.err.trim().split('\n').length, 1, args.join(' '))
    }
  })
})

describe('dyad ingest → events, facts, pair on the founding documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-seeds-'))
  const examples = new URL('../examples/', import.meta.url).pathname
  before(async () => {
    const r = await dyad(['ingest', examples, '--db', 'seeds.db'], dir)
    assert.equal(r.code, 0, r.err)
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('stores the Kosherbayev–Saar call as a KAZ–ISR CONSULT of 2025-10-08, found by the pair in either order', async () => {
    for (const pair of ['KAZ-ISR', 'isr-kaz']) {
      const r = await dyad(['events', '--pair', pair, '--type', 'consult', '--json', '--db', 'seeds.db'], dir)
      assert.equal(r.code, 0, r.err)
      const call = (JSON.parse(r.out) as { date: string; evidence: string; source: string; target: string }[]).find(
        (e) => e.evidence.includes('Kosherbayev'),
      )
      assert.equal(call?.date, '2025-10-08')
      assert.deepEqual([call?.source, call?.target].sort(), ['ISR', 'KAZ'])
    }
  })

  it('stores the trade figure and profiles the pair with its families and facts', async () => {
    const facts = JSON.parse((await dyad(['facts', '--pair', 'ISR-KAZ', '--json', '--db', 'seeds.db'], dir)).out) as {
      kind: string
      value: number
    }[]
    assert.ok(facts.some((f) => f.kind === 'trade_volume' && f.value === 450_000_000))
    const profile = await dyad(['pair', 'ISR-KAZ', '--db', 'seeds.db'], dir)
    assert.equal(profile.code, 0, profile.err)
    assert.match(profile.out, /Israel/)
    assert.match(profile.out, /Kazakhstan/)
    assert.match(profile.out, /3 documents/)
    assert.match(profile.out, /\$450 million/)
    assert.match(
      profile.out,
      /key facts[^\n]*\n(?:[^\n]+\n)*\s+trade_volume \(bilateral trade\)\s+exceeded \$450 million \(2023\)/,
    )
  })
})
