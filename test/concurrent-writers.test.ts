// Several `dyad` processes writing one database at once (child processes): a new database opened by four at the same
// moment is migrated once, two ingests of different or of the same documents both succeed (or one stops with a clear
// line), every document is stored once, and a writer kept waiting past the busy timeout says so in one line.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import BetterSqlite3 from 'better-sqlite3'
import { outcomes, runDyad, startDyad, storeProblems, writeCorpus } from './child-dyad.js'

/** The documents, versions and distinct contents a database holds. */
function counts(db: string): { documents: number; versions: number; contents: number } {
  const conn = new BetterSqlite3(db, { readonly: true, fileMustExist: true })
  try {
    return conn
      .prepare(
        `select (select count(*) from documents) as documents, count(*) as versions,
           count(distinct content_hash) as contents from document_versions`,
      )
      .get() as { documents: number; versions: number; contents: number }
  } finally {
    conn.close()
  }
}

/** A run that failed must have said why in one line: the database was busy, never a stack trace. */
function assertSucceededOrBusy(run: { code: number | null; err: string }): void {
  if (run.code === 0) return
  assert.equal(run.code, 1, run.err)
  assert.match(run.err, /^dyad: cannot write to .+: another process kept it locked .+ \(SQLITE_BUSY[A-Z_]*\);/m)
  assert.doesNotMatch(run.err, /\n\s+at /)
}

describe('processes writing one database at once', () => {
  let dir: string
  let setA: string
  let setB: string

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-writers-'))
    setA = join(dir, 'a')
    setB = join(dir, 'b')
    // Two batches each (64 and 16), so that the two processes' commits interleave.
    writeCorpus(setA, 0, 80)
    writeCorpus(setB, 80, 160)
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('migrates a new database once when four processes open it at the same moment', async () => {
    const folder = join(dir, 'fresh')
    mkdirSync(folder)
    const db = join(folder, 'dyad.db')
    // Hold the new file's write lock while the four start, so that they all find it unmigrated and then wait for the
    // lock together (before migrations ran in one locked transaction, two of them creating the same tables failed
    // with "table documents already exists"). Whether they start before or after the release, all must succeed.
    const holder = new BetterSqlite3(db)
    holder.exec('begin immediate')
    const files = writeCorpus(join(dir, 'four'), 160, 164)
    const runs = files.map((f) => startDyad(['ingest', f, '--db', db]))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    holder.exec('rollback')
    holder.close()
    for (const run of runs) {
      const { code } = await run.exited
      assert.equal(code, 0, run.err())
      assert.match(run.out(), /^ingested 1, unchanged 0, failed 0$/m)
    }
    assert.deepEqual(counts(db), { documents: 4, versions: 4, contents: 4 })
    assert.deepEqual(storeProblems(db), [])
  })

  it('stores every document once when two ingests of different folders run at once on a new database', async () => {
    const db = join(dir, 'disjoint', 'dyad.db')
    const [a, b] = await Promise.all([
      runDyad(['ingest', setA, '--db', db, '--json']),
      runDyad(['ingest', setB, '--db', db, '--json']),
    ])
    for (const run of [a, b]) assertSucceededOrBusy(run)
    const ingested = [...outcomes(a.out), ...outcomes(b.out)].filter((o) => o.status === 'ingested')
    if (a.code === 0 && b.code === 0) assert.equal(ingested.length, 160)
    assert.equal(new Set(ingested.map((o) => o.origin)).size, ingested.length)
    assert.deepEqual(counts(db), { documents: ingested.length, versions: ingested.length, contents: ingested.length })
    assert.deepEqual(storeProblems(db), [])
  })

  it('stores each document once when two ingests of the same folder run at once: one stores it, the other finds it', async () => {
    const db = join(dir, 'same', 'dyad.db')
    const [a, b] = await Promise.all([
      runDyad(['ingest', setA, '--db', db, '--json']),
      runDyad(['ingest', setA, '--db', db, '--json']),
    ])
    for (const run of [a, b]) assertSucceededOrBusy(run)
    const all = [...outcomes(a.out), ...outcomes(b.out)]
    assert.ok(
      all.every((o) => o.status === 'ingested' || o.status === 'unchanged'),
      JSON.stringify(all),
    )
    const ingested = all.filter((o) => o.status === 'ingested').map((o) => o.origin)
    // No document was ingested by both.
    assert.equal(new Set(ingested).size, ingested.length)
    if (a.code === 0 && b.code === 0) {
      assert.equal(ingested.length, 80)
      assert.equal(all.length, 160)
    }
    assert.deepEqual(counts(db), { documents: ingested.length, versions: ingested.length, contents: ingested.length })
    assert.deepEqual(storeProblems(db), [])
  })

  it('says in one line that the database was busy when another process holds its write lock past the busy timeout, and stores nothing of the batch', async () => {
    const db = join(dir, 'busy', 'dyad.db')
    const first = await runDyad(['ingest', join(setA, 'doc-0000000.txt'), '--db', db])
    assert.equal(first.code, 0, first.err)
    const holder = new BetterSqlite3(db)
    try {
      holder.exec('begin immediate')
      const run = await runDyad(['ingest', setB, '--db', db], { env: { DYAD_BUSY_TIMEOUT: '300' } })
      assert.equal(run.code, 1, run.err)
      assert.equal(
        run.err,
        `dyad: cannot write to ${db}: another process kept it locked for writing longer than the busy timeout (0.3 s) (SQLITE_BUSY); nothing of this batch of 64 inputs was stored (0 stored before it, 16 not read)\n`,
      )
      assert.equal(run.out, '')
    } finally {
      holder.exec('rollback')
      holder.close()
    }
    assert.deepEqual(counts(db), { documents: 1, versions: 1, contents: 1 })
    // Once the lock is free, writes go through.
    const again = await runDyad(['ingest', join(setB, 'doc-0000080.txt'), '--db', db])
    assert.equal(again.code, 0, again.err)
    assert.match(again.out, /^ingested 1, unchanged 0, failed 0$/m)
  })

  it('refuses a busy timeout that is not a whole number of milliseconds', async () => {
    const run = await runDyad(['docs', '--db', join(dir, 'busy', 'dyad.db')], { env: { DYAD_BUSY_TIMEOUT: '5s' } })
    assert.equal(run.code, 2)
    assert.equal(run.err, 'dyad: DYAD_BUSY_TIMEOUT must be a whole number of milliseconds, not "5s"\n')
  })
})
