import assert from 'node:assert/strict'
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { tokenMatches } from '../src/api/access.js'
import { createApp } from '../src/api/app.js'
import { writeToken } from '../src/cli/write-token.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import type { Store } from '../src/store/store.js'
import { dyad } from './run-cli.js'

const TOKEN = 'access-test-token-0123456789'
const TEXT = 'Ghana and Togo\n\nGhana and Togo signed a border agreement on 2 June 2022 in Lomé.'

describe('writes need the bearer token; reads stay open', () => {
  let store: Store
  before(async () => {
    store = await createSqliteStore({ path: ':memory:' })
  })
  after(() => store.close())

  const post = (app: ReturnType<typeof createApp>, headers: Record<string, string> = {}, body = TEXT) =>
    app.request('/api/documents', { method: 'POST', body, headers: { 'content-type': 'text/plain', ...headers } })

  it('refuses a write without the token, or with another, in JSON with WWW-Authenticate; stores nothing', async () => {
    const app = createApp({ store, writeToken: TOKEN, writesPerMinute: 0 })
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token-0123456789' },
      { authorization: TOKEN },
    ]
    for (const headers of attempts) {
      const res = await post(app, headers)
      assert.equal(res.status, 401, JSON.stringify(headers))
      assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/)
      const body = (await res.json()) as { error: { message: string } }
      assert.match(body.error.message, /token/)
    }
    assert.equal((await store.listDocuments({ limit: 10 })).length, 0, 'nothing was stored')
  })

  it('accepts a write with the token (any case of "Bearer"), and reads need none', async () => {
    const app = createApp({ store, writeToken: TOKEN, writesPerMinute: 0 })
    const res = await post(app, { authorization: `bearer ${TOKEN}` })
    assert.equal(res.status, 201)
    const list = await app.request('/api/documents')
    assert.equal(list.status, 200)
    assert.equal(((await list.json()) as { items: unknown[] }).items.length, 1)
    assert.equal((await app.request('/api/pairs')).status, 200)
  })

  it('refuses every write when the server has no token', async () => {
    const app = createApp({ store })
    const res = await post(app, { authorization: `Bearer ${TOKEN}` })
    assert.equal(res.status, 401)
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /accepts no writes/)
  })

  it('limits writes a minute per client with 429 and Retry-After; wrong tokens count too; reads are not limited', async () => {
    const app = createApp({ store, writeToken: TOKEN, writesPerMinute: 3 })
    const statuses: number[] = []
    statuses.push((await post(app, { authorization: 'Bearer nope-nope-nope-nope' })).status)
    for (let i = 0; i < 3; i++)
      statuses.push((await post(app, { authorization: `Bearer ${TOKEN}` }, `${TEXT}\nVersion ${i}.`)).status)
    assert.deepEqual(statuses, [401, 201, 201, 429])
    const limited = await post(app, { authorization: `Bearer ${TOKEN}` })
    assert.equal(limited.status, 429)
    assert.ok(Number(limited.headers.get('retry-after')) >= 1)
    assert.match(((await limited.json()) as { error: { message: string } }).error.message, /at most 3 a minute/)
    for (let i = 0; i < 10; i++) assert.equal((await app.request('/api/documents')).status, 200)
  })

  it('sends no CORS headers by default; answers only the configured origins when given', async () => {
    const closed = createApp({ store, writeToken: TOKEN })
    const get = await closed.request('/api/documents', { headers: { origin: 'https://elsewhere.example' } })
    assert.equal(get.headers.get('access-control-allow-origin'), null)
    const preflight = await closed.request('/api/documents', {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    })
    assert.equal(preflight.headers.get('access-control-allow-origin'), null)

    const open = createApp({ store, writeToken: TOKEN, corsOrigins: ['https://desk.example'] })
    const allowed = await open.request('/api/documents', { headers: { origin: 'https://desk.example' } })
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://desk.example')
    const other = await open.request('/api/documents', { headers: { origin: 'https://elsewhere.example' } })
    assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://elsewhere.example')
  })

  it('compares tokens whatever their lengths', () => {
    assert.equal(tokenMatches(TOKEN, TOKEN), true)
    assert.equal(tokenMatches(`${TOKEN}x`, TOKEN), false)
    assert.equal(tokenMatches('', TOKEN), false)
  })
})

describe('the write token of dyad serve', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-token-'))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('is made once beside the database, owner-only, and read back on the next start', () => {
    const db = join(dir, 'one.db')
    const first = writeToken(db, {})
    assert.equal(first.from, 'new')
    assert.equal(statSync(`${db}.token`).mode & 0o777, 0o600)
    assert.equal(readFileSync(`${db}.token`, 'utf8').trim(), first.token)
    assert.ok(first.token.length >= 40)
    const second = writeToken(db, {})
    assert.deepEqual([second.from, second.token], ['file', first.token])
  })

  it('takes DYAD_TOKEN first, and refuses a short one', () => {
    const db = join(dir, 'env.db')
    assert.deepEqual(writeToken(db, { DYAD_TOKEN: 'a-long-enough-token-123' }), {
      token: 'a-long-enough-token-123',
      from: 'env',
    })
    assert.throws(() => writeToken(db, { DYAD_TOKEN: 'short' }), /at least 16 characters/)
  })

  it('makes a kept token that others can read owner-only, and refuses a file that holds no token', () => {
    const db = join(dir, 'open.db')
    writeFileSync(`${db}.token`, 'kept-token-0123456789abcdef\n', { mode: 0o644 })
    const kept = writeToken(db, {})
    assert.deepEqual(
      [kept.from, kept.token, 'madePrivate' in kept && kept.madePrivate],
      ['file', 'kept-token-0123456789abcdef', true],
    )
    assert.equal(statSync(`${db}.token`).mode & 0o777, 0o600)
    writeFileSync(join(dir, 'bad.db.token'), '\n')
    assert.throws(() => writeToken(join(dir, 'bad.db'), {}), /is not a token/)
  })

  it('is a fresh token for a database in memory, kept nowhere', () => {
    const t = writeToken(':memory:', {})
    assert.deepEqual([t.from, 'path' in t ? t.path : undefined], ['new', null])
  })
})

describe('dyad serve and the write token', () => {
  const main = new URL('../src/cli/main.ts', import.meta.url).pathname
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-serve-token-'))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  /** Starts `dyad serve` from source; resolves with its address and what it printed once it listens. */
  const start = (db: string) =>
    new Promise<{ proc: ChildProcess; base: string; out: string }>((resolve, reject) => {
      const env = { ...process.env }
      delete env.DYAD_TOKEN
      const proc = spawn(process.execPath, ['--import', 'tsx', main, 'serve', '--db', db, '--port', '0'], { env })
      let out = ''
      proc.stdout.on('data', (d) => {
        out += d
        const m = /serving (http:\/\/[^/\s]+)\/[^\n]*\n([^\n]*)\n/.exec(out)
        if (m) resolve({ proc, base: m[1] as string, out })
      })
      proc.once('exit', (code) => reject(new Error(`dyad serve exited with ${code}`)))
    })

  it('prints a new token once, keeps it, and takes writes only with it over HTTP', async () => {
    const db = join(dir, 'served.db')
    const first = await start(db)
    try {
      const token = /write token \(shown only this once[^)]*\): (\S+)/.exec(first.out)?.[1]
      assert.ok(token, first.out)
      const send = (headers: Record<string, string>) =>
        fetch(`${first.base}/api/documents`, { method: 'POST', body: TEXT, headers })
      const anonymous = await send({ 'content-type': 'text/plain' })
      assert.equal(anonymous.status, 401)
      assert.equal(((await anonymous.json()) as { error: { message: string } }).error.message.includes('token'), true)
      assert.equal((await send({ 'content-type': 'text/plain', authorization: `Bearer ${token}` })).status, 201)
    } finally {
      first.proc.kill()
    }
    const second = await start(db)
    second.proc.kill()
    assert.match(second.out, /writes need the token kept in .*served\.db\.token/)
    assert.doesNotMatch(second.out, /shown only this once/)
  })

  it('refuses a write rate or a CORS origin it cannot read, as a usage error', async () => {
    const rate = await dyad(['serve', '--db', join(dir, 'x.db'), '--write-rate', 'lots'], dir)
    assert.deepEqual([rate.code, rate.err.trim().split('\n').length], [2, 1])
    assert.match(rate.err, /write rate/)
    const origin = await dyad(['serve', '--db', join(dir, 'x.db'), '--cors-origin', 'desk.example/app'], dir)
    assert.equal(origin.code, 2)
    assert.match(origin.err, /CORS origin/)
  })
})
