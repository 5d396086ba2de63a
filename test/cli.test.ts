import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import { runCli } from '../src/cli/program.js'

interface Run {
  code: number
  out: string
  err: string
}

async function dyad(args: string[], cwd: string): Promise<Run> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d) => {
    out += d
  })
  stderr.on('data', (d) => {
    err += d
  })
  const code = await runCli(args, { stdout, stderr, env: {}, cwd })
  return { code, out, err }
}

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
  })

  it('searches with snippets and explains a malformed query in one line', async () => {
    const r = await dyad(['search', 'ceasefire', '--json', '--db', 'x.db'], dir)
    const hits = JSON.parse(r.out) as { snippet: string }[]
    assert.ok(hits.length >= 1)
    assert.match(hits[0]?.snippet ?? '', /<mark>ceasefire<\/mark>/i)
    const bad = await dyad(['search', '"unbalanced', '--db', 'x.db'], dir)
    assert.equal(bad.code, 2)
    assert.match(bad.err, /^dyad: cannot search for/)
    assert.equal(bad.err.trim().split('\n').length, 1)
  })

  it('answers usage errors with exit 2 and help with exit 0', async () => {
    assert.equal((await dyad(['frobnicate'], dir)).code, 2)
    assert.equal((await dyad(['ingest'], dir)).code, 2)
    for (const c of ['ingest', 'docs', 'show', 'search', 'serve', 'extract', 'eval']) {
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

  it('eval without a dev set says so in one line and exits 2', async () => {
    const r = await dyad(['eval', '--docs', join(dir, 'none'), '--gold', join(dir, 'none')], dir)
    assert.equal(r.code, 2)
    assert.match(r.err, /^dyad: no evaluation set at/)
  })
})
