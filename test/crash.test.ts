// `dyad ingest` killed (SIGKILL) or interrupted (SIGINT) in the middle of a large folder, as a child process: what it
// reported stored is stored with its events and facts, nothing is half-written (every rollup equals what the rows sum
// to), and running it again stores the rest, each document once. The signal is sent on the first document a run
// reports stored, whatever the timing: every assertion holds wherever the run was when the signal landed.
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import BetterSqlite3 from 'better-sqlite3'
import { type OutcomeLine, outcomes, runDyad, startDyad, storeProblems, writeCorpus } from './child-dyad.js'

/** Documents in the folder: four batches (64, 64, 64, 8). */
const DOCUMENTS = 200
/** Inputs per transaction in `dyad ingest`: at most this many can be stored and not yet reported when it is killed. */
const BATCH = 64

/** What a database holds per stored document: its source file, and the events and facts of its latest version. */
function stored(db: string): Map<string, { documentId: string; events: number; facts: number; versions: number }> {
  if (!existsSync(db)) return new Map()
  const conn = new BetterSqlite3(db, { readonly: true, fileMustExist: true })
  try {
    const rows = conn
      .prepare(
        `select v.origin as origin, d.id as documentId,
           (select count(*) from events e where e.version_id = v.id) as events,
           (select count(*) from facts f where f.version_id = v.id) as facts,
           (select count(*) from document_versions w where w.document_id = d.id) as versions
         from documents d join document_versions v on v.id = d.latest_version_id`,
      )
      .all() as { origin: string; documentId: string; events: number; facts: number; versions: number }[]
    return new Map(rows.map(({ origin, ...r }) => [origin, r]))
  } finally {
    conn.close()
  }
}

/** Every document reported `ingested` is stored under its id with the events and facts the report counted. */
function assertReportedAreStored(reported: readonly OutcomeLine[], db: string): void {
  const have = stored(db)
  for (const o of reported.filter((x) => x.status === 'ingested')) {
    const s = have.get(o.origin)
    assert.ok(s, `${o.origin} was reported stored and is not in the database`)
    assert.deepEqual(
      { documentId: s.documentId, events: s.events, facts: s.facts },
      { documentId: o.documentId, events: o.events, facts: o.facts },
      o.origin,
    )
  }
}

describe('dyad ingest killed or interrupted', () => {
  let dir: string
  let docs: string
  let paths: string[]

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'))
    docs = join(dir, 'docs')
    paths = writeCorpus(docs, 0, DOCUMENTS)
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('loses nothing it reported stored when killed with SIGKILL, leaves nothing half-written, and stores the rest once when run again', async () => {
    const db = join(dir, 'killed', 'dyad.db')
    let kills = 0
    // Up to two runs killed as they report their first newly stored document; each stores at least one batch.
    for (let run = 0; run < 2; run++) {
      const before = stored(db)
      const child = startDyad(['ingest', docs, '--db', db, '--json'])
      const first = await child.line((l) => l.includes('"status":"ingested"'))
      if (first !== undefined) child.proc.kill('SIGKILL')
      const { code, signal } = await child.exited
      const reported = outcomes(child.out())
      if (signal !== 'SIGKILL') {
        assert.equal(code, 0, child.err())
        break
      }
      kills++
      assert.deepEqual(storeProblems(db), [], `after kill ${kills}`)
      assertReportedAreStored(reported, db)
      const now = stored(db)
      const newlyReported = reported.filter((o) => o.status === 'ingested').length
      // Only the batch being reported when the signal landed may be stored without its lines.
      assert.ok(now.size - before.size >= newlyReported, `kill ${kills}: fewer stored than reported`)
      assert.ok(now.size - before.size - newlyReported <= BATCH, `kill ${kills}: more than a batch stored unreported`)
      for (const s of now.values()) assert.equal(s.versions, 1)
    }
    assert.ok(kills >= 1, 'no run was killed: every run finished before it reported a document')

    // Run again, to the end: what is stored is unchanged, the rest is ingested, each document once.
    const storedBefore = stored(db)
    const { code, out, err } = await runDyad(['ingest', docs, '--db', db, '--json'])
    assert.equal(code, 0, err)
    const last = outcomes(out)
    assert.equal(last.length, DOCUMENTS)
    assert.deepEqual(new Set(last.map((o) => o.origin)), new Set(paths))
    const unchanged = last.filter((o) => o.status === 'unchanged').map((o) => o.origin)
    const ingested = last.filter((o) => o.status === 'ingested').map((o) => o.origin)
    assert.deepEqual(new Set(unchanged), new Set(storedBefore.keys()))
    assert.equal(unchanged.length + ingested.length, DOCUMENTS)
    assert.ok(ingested.length > 0, 'the killed runs left nothing for the last run to store')
    assertReportedAreStored(last, db)
    const all = stored(db)
    assert.equal(all.size, DOCUMENTS)
    for (const [origin, s] of all) assert.equal(s.versions, 1, origin)
    assert.deepEqual(storeProblems(db), [])
  })

  it('stops on Ctrl-C (SIGINT) once what it read is stored, says how far it got, exits 130, and has stored exactly what it reported', async () => {
    const db = join(dir, 'interrupted', 'dyad.db')
    const child = startDyad(['ingest', docs, '--db', db, '--json'])
    const first = await child.line((l) => l.includes('"status":"ingested"'))
    if (first !== undefined) child.proc.kill('SIGINT')
    const { code } = await child.exited
    const reported = outcomes(child.out())
    const have = stored(db)
    assert.deepEqual(storeProblems(db), [])
    assertReportedAreStored(reported, db)
    // Nothing was committed without being reported: the last batch was stored and reported before stopping.
    assert.deepEqual(
      new Set(have.keys()),
      new Set(reported.filter((o) => o.status === 'ingested').map((o) => o.origin)),
    )
    if (code === 0) {
      // The run ended before the signal came: then it stored everything.
      assert.equal(have.size, DOCUMENTS)
      return
    }
    assert.equal(code, 130, child.err())
    assert.ok(have.size < DOCUMENTS)
    assert.match(
      child.err(),
      new RegExp(
        `^dyad: interrupted \\(SIGINT\\) after ${reported.length} of ${DOCUMENTS} inputs: .+; ${DOCUMENTS - reported.length} not read`,
        'm',
      ),
    )
    assert.doesNotMatch(child.err(), /\n\s+at /)
    // The same command again stores the rest.
    const rerun = await runDyad(['ingest', docs, '--db', db])
    assert.equal(rerun.code, 0, rerun.err)
    assert.match(rerun.out, new RegExp(`^ingested ${DOCUMENTS - have.size}, unchanged ${have.size}, failed 0$`, 'm'))
    assert.equal(stored(db).size, DOCUMENTS)
  })
})
