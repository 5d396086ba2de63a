import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import BetterSqlite3 from 'better-sqlite3'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import { StoreUnavailableError } from '../src/store/store.js'
import { waitingForWriteLock } from '../src/store/wait-for-lock.js'
import { newVersion } from './factories.js'

describe('a store whose writes wait for another process without blocking', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-lock-'))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('answers reads while a write waits for the lock, and stores the write once the lock is let go', async () => {
    const db = join(dir, 'wait.db')
    const store = waitingForWriteLock(await createSqliteStore({ path: db, attemptTimeoutMs: 10 }), { waitMs: 10_000 })
    const holder = new BetterSqlite3(db)
    try {
      holder.exec('begin immediate')
      let settled = false
      const write = store.saveVersion(newVersion()).finally(() => {
        settled = true
      })
      // The event loop runs while the write waits: reads are answered meanwhile, and the write is still pending.
      for (let i = 0; i < 5; i++) assert.deepEqual(await store.listDocuments({ limit: 5 }), [])
      await new Promise((r) => setTimeout(r, 100))
      assert.equal(settled, false, 'the write waits for the lock')
      holder.exec('commit')
      const saved = await write
      assert.equal(saved.status, 'ingested')
      assert.equal((await store.listDocuments({ limit: 5 })).length, 1)
    } finally {
      if (holder.inTransaction) holder.exec('rollback')
      holder.close()
      await store.close()
    }
  })

  it('gives up after the whole wait, saying how long it waited, and stores nothing', async () => {
    const db = join(dir, 'give-up.db')
    const store = waitingForWriteLock(await createSqliteStore({ path: db, attemptTimeoutMs: 5 }), { waitMs: 200 })
    const holder = new BetterSqlite3(db)
    try {
      holder.exec('begin immediate')
      await assert.rejects(
        store.saveVersion(newVersion()),
        (e: unknown) =>
          e instanceof StoreUnavailableError &&
          e.failure === 'busy' &&
          /longer than 0\.2 s \(SQLITE_BUSY\)/.test(e.reason) &&
          e.message.includes(e.reason),
      )
      holder.exec('rollback')
      assert.deepEqual(await store.listDocuments({ limit: 5 }), [])
    } finally {
      if (holder.inTransaction) holder.exec('rollback')
      holder.close()
      await store.close()
    }
  })
})
