// A database that cannot be written, for real: a full disk and a read-only disk (a small tmpfs, mounted in a mount
// namespace of the `dyad` child's own, so that nothing outside sees it), a database file or folder made immutable
// (chattr +i: the tests run as root, and root ignores file modes), and another process holding the write lock. The
// CLI says it in one line and exits 1, having stored nothing of the batch; the API answers 503, or 507 for a full
// disk, with the reason; what was stored before stays readable. A machine without mount namespaces or chattr skips
// those cases and says why.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import BetterSqlite3 from 'better-sqlite3'
import { createApp } from '../src/api/app.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import { dyadCommand, outcomes, runDyad, startDyad, storeProblems, writeCorpus } from './child-dyad.js'

/** The write token of the servers under test. */
const TOKEN = 'disk-test-token-0123456789abcdef'

const probe = mkdtempSync(join(tmpdir(), 'dyad-probe-'))
/** Whether this process may mount a tmpfs in a mount namespace of its own (root with CAP_SYS_ADMIN). */
const canMount =
  spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${probe}`], { stdio: 'ignore' }).status ===
  0
/** Whether files here can be made immutable (chattr +i on a file system that supports it). */
const canChattr = (() => {
  const file = join(probe, 'f')
  writeFileSync(file, '')
  const ok = spawnSync('chattr', ['+i', file], { stdio: 'ignore' }).status === 0
  if (ok) spawnSync('chattr', ['-i', file])
  return ok
})()
rmSync(probe, { recursive: true, force: true })
/** Whether prlimit can lower a child's file-size limit (Node ignores SIGXFSZ, so a write past it fails with EFBIG). */
const canLimit = spawnSync('prlimit', ['--fsize=1000000', 'true'], { stdio: 'ignore' }).status === 0
const NO_PRLIMIT = canLimit ? false : 'needs prlimit (util-linux) to limit the size of files'
const NO_MOUNT = canMount
  ? false
  : 'needs unshare and mount (root with CAP_SYS_ADMIN) to make a small or read-only disk'
const NO_CHATTR = canChattr ? false : 'needs chattr +i on the temporary folder (root ignores file modes)'

/** Makes a file or folder immutable (or mutable again). */
function immutable(path: string, on: boolean): void {
  const r = spawnSync('chattr', [on ? '+i' : '-i', path], { encoding: 'utf8' })
  assert.equal(r.status, 0, r.stderr)
}

/** The one line the CLI prints for a batch that could not be written. */
const batchLost = (db: string, reason: string, code: string) =>
  new RegExp(
    `^dyad: cannot write to ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${reason} \\(${code}\\); nothing of this batch of \\d+ inputs? was stored \\(\\d+ stored before it(, \\d+ not read)?\\)\\n$`,
  )

describe('a database that cannot be written', () => {
  let dir: string
  let docs: string

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-disk-'))
    docs = join(dir, 'docs')
    writeCorpus(docs, 0, 200)
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('stops ingest on a full disk in one line, keeps what it reported, and reads it on the full and then read-only disk', {
    skip: NO_MOUNT,
  }, () => {
    const mnt = join(dir, 'small-disk')
    const out = join(dir, 'small-disk-out')
    mkdirSync(mnt)
    mkdirSync(out)
    const more = join(dir, 'more')
    writeCorpus(more, 300, 305)
    // A 3 MB disk holds the first batches of the 200 documents, not all of them; then it is made read-only.
    const script = `set -u
      mount -t tmpfs -o size=3m tmpfs "$MNT" || exit 99
      run() { name=$1; shift; "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"; echo $? > "$OUT/$name.code"; }
      run full "$@" ingest "$DOCS" --db "$MNT/dyad.db" --json
      run full-docs "$@" docs --db "$MNT/dyad.db" --json
      cp "$MNT"/dyad.db* "$OUT/"
      mount -o remount,ro "$MNT" || exit 98
      run ro "$@" ingest "$MORE" --db "$MNT/dyad.db"
      run ro-docs "$@" docs --db "$MNT/dyad.db" --json`
    const r = spawnSync('unshare', ['-m', 'sh', '-c', script, 'sh', ...dyadCommand()], {
      env: { ...process.env, MNT: mnt, OUT: out, DOCS: docs, MORE: more },
      encoding: 'utf8',
      timeout: 600_000,
    })
    assert.equal(r.status, 0, r.stderr)
    const read = (name: string) => readFileSync(join(out, name), 'utf8')
    const db = join(mnt, 'dyad.db')

    assert.equal(read('full.code'), '1\n', read('full.err'))
    assert.match(read('full.err'), batchLost(db, 'the disk is full', 'SQLITE_FULL'))
    const reported = outcomes(read('full.out'))
    assert.ok(reported.length > 0 && reported.length < 200, `${reported.length} reported`)
    assert.ok(reported.every((o) => o.status === 'ingested'))
    // On the full disk, every document reported stored is there, and nothing else.
    assert.equal(read('full-docs.code'), '0\n', read('full-docs.err'))
    const listed = (JSON.parse(read('full-docs.out')) as { id: string }[]).map((d) => d.id).sort()
    assert.deepEqual(listed, reported.map((o) => o.documentId).sort())
    assert.deepEqual(storeProblems(join(out, 'dyad.db')), [])

    // Made read-only, the disk refuses the next ingest in one line and still serves what it holds.
    assert.equal(read('ro.code'), '1\n', read('ro.err'))
    assert.match(
      read('ro.err'),
      batchLost(db, 'it is read-only \\(the disk, the file or its folder cannot be written\\)', 'SQLITE_READONLY'),
    )
    assert.equal(read('ro-docs.code'), '0\n', read('ro-docs.err'))
    assert.equal((JSON.parse(read('ro-docs.out')) as unknown[]).length, reported.length)
  })

  it('answers 507 with the reason when the disk is full, and still serves what it holds', {
    skip: NO_MOUNT,
  }, async () => {
    const mnt = join(dir, 'server-disk')
    mkdirSync(mnt)
    const server = startDyad(['serve', '--db', join(mnt, 'dyad.db'), '--port', '0', '--write-rate', '0'], {
      env: { DYAD_TOKEN: TOKEN },
      prefix: ['unshare', '-m', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs "$0" && exec "$@"', mnt],
    })
    try {
      const line = await server.line((l) => l.includes('serving http'))
      const base = /serving (http:\/\/[^/\s]+)\//.exec(line ?? '')?.[1]
      assert.ok(base, server.err())
      let created = 0
      let last: Response | undefined
      // Each document takes some tens of kilobytes: the megabyte is full long before the 200th.
      for (let i = 0; i < 200; i++) {
        last = await fetch(`${base}/api/documents`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
          body: readFileSync(join(docs, `doc-${String(i).padStart(7, '0')}.txt`)),
        })
        if (last.status !== 201) break
        await last.arrayBuffer()
        created++
      }
      assert.equal(last?.status, 507)
      assert.deepEqual(await last?.json(), {
        error: { message: 'the database cannot be used: the disk is full (SQLITE_FULL)' },
      })
      assert.ok(created > 0)
      const list = await fetch(`${base}/api/documents?limit=500`)
      assert.equal(list.status, 200)
      assert.equal(((await list.json()) as { items: unknown[] }).items.length, created)
    } finally {
      server.proc.kill('SIGTERM')
      await server.exited
    }
  })

  it('stops ingest in one line when a write fails (a limit on file size: SQLITE_IOERR), keeping what it reported', {
    skip: NO_PRLIMIT,
  }, async () => {
    const db = join(dir, 'limited', 'dyad.db')
    const run = await runDyad(['ingest', docs, '--db', db, '--json'], { prefix: ['prlimit', '--fsize=2000000'] })
    assert.equal(run.code, 1, run.err)
    assert.match(
      run.err,
      batchLost(
        db,
        'the disk failed to read or write \\(a disk error, or a limit on file size\\)',
        'SQLITE_IOERR_WRITE',
      ),
    )
    const reported = outcomes(run.out)
    assert.ok(reported.length > 0 && reported.length < 200, `${reported.length} reported`)
    const list = await runDyad(['docs', '--db', db, '--json'])
    assert.equal(list.code, 0, list.err)
    assert.deepEqual(
      (JSON.parse(list.out) as { id: string }[]).map((d) => d.id).sort(),
      reported.map((o) => o.documentId).sort(),
    )
    assert.deepEqual(storeProblems(db), [])
  })

  it('refuses to write a database file that cannot be written, in one line, and reads it', {
    skip: NO_CHATTR,
  }, async () => {
    const db = join(dir, 'immutable', 'dyad.db')
    const first = await runDyad(['ingest', join(docs, 'doc-0000000.txt'), join(docs, 'doc-0000001.txt'), '--db', db])
    assert.equal(first.code, 0, first.err)
    assert.ok(!existsSync(`${db}-wal`), 'the first ingest left its write-ahead log')
    immutable(db, true)
    try {
      const run = await runDyad(['ingest', join(docs, 'doc-0000002.txt'), '--db', db])
      assert.equal(run.code, 1)
      assert.match(
        run.err,
        batchLost(db, 'it is read-only \\(the disk, the file or its folder cannot be written\\)', 'SQLITE_READONLY'),
      )
      const list = await runDyad(['docs', '--db', db, '--json'])
      assert.equal(list.code, 0, list.err)
      assert.equal((JSON.parse(list.out) as unknown[]).length, 2)

      // The API: 503 with the reason (and not the server's path) for a write, 200 for reads.
      const store = await createSqliteStore({ path: db })
      try {
        const app = createApp({ store, writeToken: TOKEN, writesPerMinute: 0 })
        const post = await app.request('/api/documents', {
          method: 'POST',
          headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
          body: readFileSync(join(docs, 'doc-0000003.txt')),
        })
        assert.equal(post.status, 503)
        assert.deepEqual(await post.json(), {
          error: {
            message:
              'the database cannot be used: it is read-only (the disk, the file or its folder cannot be written) (SQLITE_READONLY)',
          },
        })
        const get = await app.request('/api/documents')
        assert.equal(get.status, 200)
        assert.equal(((await get.json()) as { items: unknown[] }).items.length, 2)
      } finally {
        await store.close()
      }
    } finally {
      immutable(db, false)
    }
  })

  it('cannot make a database in a folder that cannot be written, and says so in one line', {
    skip: NO_CHATTR,
  }, async () => {
    const folder = join(dir, 'locked-folder')
    mkdirSync(folder)
    immutable(folder, true)
    try {
      const db = join(folder, 'dyad.db')
      const run = await runDyad(['ingest', join(docs, 'doc-0000000.txt'), '--db', db])
      assert.equal(run.code, 1)
      assert.equal(
        run.err,
        `dyad: cannot open the database ${db}: it cannot be opened or created (a folder that cannot be written, or a path that is a folder) (SQLITE_CANTOPEN)\n`,
      )
    } finally {
      immutable(folder, false)
    }
  })

  it('answers 503 with Retry-After when another process holds the write lock past the busy timeout', async () => {
    const db = join(dir, 'locked', 'dyad.db')
    const store = await createSqliteStore({ path: db, busyTimeoutMs: 100 })
    const holder = new BetterSqlite3(db)
    try {
      holder.exec('begin immediate')
      const app = createApp({ store, writeToken: TOKEN, writesPerMinute: 0 })
      const post = await app.request('/api/documents', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
        body: readFileSync(join(docs, 'doc-0000004.txt')),
      })
      assert.equal(post.status, 503)
      assert.equal(post.headers.get('retry-after'), '5')
      assert.deepEqual(await post.json(), {
        error: {
          message:
            'the database cannot be used: another process kept it locked for writing longer than the busy timeout (0.1 s) (SQLITE_BUSY)',
        },
      })
      holder.exec('rollback')
      const again = await app.request('/api/documents', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
        body: readFileSync(join(docs, 'doc-0000004.txt')),
      })
      assert.equal(again.status, 201)
    } finally {
      if (holder.inTransaction) holder.exec('rollback')
      holder.close()
      await store.close()
    }
  })
})
