import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import BetterSqlite3 from 'better-sqlite3'
import { StoreUnavailableError } from '../store.js'
import { sqliteFailure, storeUnavailable } from './sqlite-errors.js'
import { createSqliteStore } from './sqlite-store.js'

const error = (code: string) => new BetterSqlite3.SqliteError('the engine says', code)

describe('SQLite errors that mean the database cannot be used', () => {
  it('reads the failure from the primary code, extended codes included, and nothing from other errors', () => {
    const cases: [string, string | undefined][] = [
      ['SQLITE_BUSY', 'busy'],
      ['SQLITE_BUSY_SNAPSHOT', 'busy'],
      ['SQLITE_READONLY', 'read-only'],
      ['SQLITE_READONLY_DBMOVED', 'read-only'],
      ['SQLITE_FULL', 'full'],
      ['SQLITE_IOERR', 'io'],
      ['SQLITE_IOERR_WRITE', 'io'],
      ['SQLITE_CANTOPEN', 'cannot-open'],
      ['SQLITE_CORRUPT', 'damaged'],
      ['SQLITE_NOTADB', 'damaged'],
      ['SQLITE_CONSTRAINT_UNIQUE', undefined],
      ['SQLITE_ERROR', undefined],
      ['SQLITE_FULLER', undefined],
    ]
    for (const [code, failure] of cases) assert.equal(sqliteFailure(error(code)), failure, code)
    assert.equal(sqliteFailure(new Error('no code')), undefined)
    assert.equal(sqliteFailure(null), undefined)
  })

  it('words one line with the action, the path, the reason and the code', () => {
    const at = { path: '/data/dyad.db', busyTimeoutMs: 5000 }
    const line = (code: string, action: 'open' | 'read' | 'write') => storeUnavailable(error(code), { ...at, action })
    assert.equal(line('SQLITE_FULL', 'write')?.message, 'cannot write to /data/dyad.db: the disk is full (SQLITE_FULL)')
    assert.equal(line('SQLITE_FULL', 'write')?.reason, 'the disk is full (SQLITE_FULL)')
    assert.equal(
      line('SQLITE_BUSY', 'write')?.message,
      'cannot write to /data/dyad.db: another process kept it locked for writing longer than the busy timeout (5 s) (SQLITE_BUSY)',
    )
    assert.equal(
      line('SQLITE_IOERR_READ', 'read')?.message,
      'cannot read /data/dyad.db: the disk failed to read or write (a disk error, or a limit on file size) (SQLITE_IOERR_READ)',
    )
    assert.equal(
      line('SQLITE_CANTOPEN', 'open')?.message,
      'cannot open the database /data/dyad.db: it cannot be opened or created (a folder that cannot be written, or a path that is a folder) (SQLITE_CANTOPEN)',
    )
    assert.equal(line('SQLITE_READONLY', 'write')?.failure, 'read-only')
    assert.equal(line('SQLITE_CONSTRAINT', 'write'), undefined)
    const already = new StoreUnavailableError('x', 'full', 'y')
    assert.equal(storeUnavailable(already, { ...at, action: 'read' }), already)
  })

  it('says that a file which is not a database cannot be opened, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-notadb-'))
    try {
      const path = join(dir, 'notes.db')
      writeFileSync(path, 'These are my notes, not a database. '.repeat(200))
      await assert.rejects(createSqliteStore({ path }), (e: unknown) => {
        assert.ok(e instanceof StoreUnavailableError)
        assert.equal(
          e.message,
          `cannot open the database ${path}: the file is damaged or is not a Dyad database (SQLITE_NOTADB)`,
        )
        return true
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
