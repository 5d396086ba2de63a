// `npm run bench:load`: the read API under concurrent clients while documents are written. Measurement, not a test:
// it never asserts a time, but it exits 1 when a request got a 5xx answer or a document reported stored is missing.
//
//   npm run bench:load -- [--duration S] [--connections N] [--docs N] [--seed S] [--out FILE] [--dir DIR] [--keep]
//                         [--source]
//
// 1. A database of --docs generated documents (bench/corpus.ts, 3,000 by default) written through Store.saveVersions.
// 2. A real `dyad serve` child process (the compiled CLI, or the sources with --source) with a write token and the
//    default write rate, on 127.0.0.1 only.
// 3. For --duration seconds (30): --connections clients (50) spread over the read routes (autocannon, one instance per
//    route, all at once, keep-alive), while two writers run: one posts a generated document to `POST /api/documents`
//    with the token every 1.5 s (within the default 60 writes a minute), and one `dyad ingest` child process writes a
//    folder of generated files into the same database (two processes writing, one reading).
// 4. Then: every answer's status class per route, latency p50/p90/p99 per route, and a count of the documents: every
//    document the API answered 201 for and every one `dyad ingest` reported is read back.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import autocannon from 'autocannon'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import { flags } from './args.js'
import { COMMON_WORD, generateDocument, RARE_WORD, type SyntheticDocument } from './corpus.js'
import { BUILT_CLI, ROOT, spawnDyad, startServer, stopServer } from './dyad-process.js'

interface Options {
  durationS: number
  connections: number
  docs: number
  seed: number
  out: string
  dir: string | undefined
  keep: boolean
  built: boolean
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    durationS: 30,
    connections: 50,
    docs: 3_000,
    seed: 7,
    out: join(ROOT, 'bench/load-results.json'),
    dir: undefined,
    keep: false,
    built: true,
  }
  const number = (a: string, v: string, min: number, max: number): number => {
    const n = Number(v)
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${a} needs a whole number ${min}–${max}`)
    return n
  }
  for (const { flag: a, value } of flags(argv)) {
    if (a === '--duration') {
      o.durationS = number(a, value(), 1, 600)
    } else if (a === '--connections') {
      o.connections = number(a, value(), 1, 200)
    } else if (a === '--docs') {
      o.docs = number(a, value(), 10, 200_000)
    } else if (a === '--seed') {
      o.seed = number(a, value(), 0, 2 ** 31)
    } else if (a === '--out') {
      o.out = resolve(value())
    } else if (a === '--dir') {
      o.dir = resolve(value())
    } else if (a === '--keep') o.keep = true
    else if (a === '--source') o.built = false
    else
      throw new Error(
        `unknown argument ${a} (use --duration S, --connections N, --docs N, --seed S, --out FILE, --dir DIR, --keep, --source)`,
      )
  }
  return o
}

/** The write token the bench's server is given. */
const TOKEN = 'bench-load-token-0123456789abcdef'
/** Documents the API writer posts: one every this many ms (40 a minute, under the default limit of 60). */
const POST_EVERY_MS = 1_500
/** Files the `dyad ingest` writer writes. */
const INGEST_FILES = 400

interface Route {
  name: string
  path: string
}

function routes(top: string, doc: string): Route[] {
  return [
    { name: 'pairs', path: '/api/pairs' },
    { name: 'profile', path: `/api/pairs/${top}` },
    { name: 'events', path: `/api/events?pair=${top}&limit=50` },
    { name: 'facts', path: `/api/facts?pair=${top}&limit=50` },
    { name: 'search', path: `/api/search?q=${COMMON_WORD}&limit=20` },
    { name: 'search_rare_pair', path: `/api/search?q=${RARE_WORD}&pair=${top}` },
    { name: 'documents', path: '/api/documents?limit=50' },
    { name: 'document', path: `/api/documents/${doc}` },
  ]
}

interface RouteResult {
  path: string
  connections: number
  requests: number
  per_second: number
  p50_ms: number
  p90_ms: number
  p99_ms: number
  max_ms: number
  status_2xx: number
  status_4xx: number
  status_5xx: number
  errors: number
  timeouts: number
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2))
  if (o.built && !existsSync(BUILT_CLI)) throw new Error(`the bench runs ${BUILT_CLI}: run npm run build first`)
  const dir = o.dir ?? mkdtempSync(join(tmpdir(), 'dyad-load-'))
  mkdirSync(dir, { recursive: true })
  const db = join(dir, 'load.db')
  try {
    // 1. The corpus.
    const t0 = performance.now()
    const store = await createSqliteStore({ path: db })
    const byPair = new Map<string, number>()
    let batch: SyntheticDocument['version'][] = []
    for (let i = 0; i < o.docs; i++) {
      const d = generateDocument(o.seed, i)
      byPair.set(d.pair.join('-'), (byPair.get(d.pair.join('-')) ?? 0) + 1)
      batch.push(d.version)
      if (batch.length === 64 || i === o.docs - 1) {
        const failed = (await store.saveVersions(batch)).find((r) => r instanceof Error)
        if (failed) throw failed
        batch = []
      }
    }
    const [first] = await store.listDocuments({ limit: 1 })
    await store.close()
    const top = [...byPair].sort((a, b) => b[1] - a[1])[0]?.[0] as string
    console.log(`corpus: ${o.docs} documents in ${round((performance.now() - t0) / 1000)} s; top pair ${top}`)

    // The `dyad ingest` writer's files: documents of the same generator, after the corpus's.
    const files = join(dir, 'incoming')
    mkdirSync(files, { recursive: true })
    for (let i = 0; i < INGEST_FILES; i++) {
      const d = generateDocument(o.seed, o.docs + i)
      writeFileSync(join(files, d.name), d.text)
    }

    // 2. The server.
    const server = await startServer(db, { built: o.built, timeoutMs: 120_000, env: { DYAD_TOKEN: TOKEN } })
    console.log(`server: ${server.base} (${o.built ? 'compiled' : 'from source'})`)
    try {
      // 3. Readers and writers at once.
      const list = routes(top, first?.id ?? 'none')
      const share = (i: number) => Math.floor(o.connections / list.length) + (i < o.connections % list.length ? 1 : 0)
      const readers = list.map((r, i) =>
        autocannon({
          url: `${server.base}${r.path}`,
          connections: Math.max(1, share(i)),
          duration: o.durationS,
          timeout: 30,
        }),
      )

      const posted: string[] = []
      const postFailures: string[] = []
      const stopAt = Date.now() + o.durationS * 1000
      const poster = (async () => {
        for (let i = 0; Date.now() < stopAt; i++) {
          const d = generateDocument(o.seed + 1, i)
          try {
            const res = await fetch(`${server.base}/api/documents`, {
              method: 'POST',
              body: d.text,
              headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
            })
            const body = (await res.json()) as { id?: string; error?: { message: string } }
            if (res.status === 201 && body.id) posted.push(body.id)
            else postFailures.push(`${res.status} ${body.error?.message ?? ''}`)
          } catch (e) {
            postFailures.push(String(e))
          }
          await new Promise((r) => setTimeout(r, POST_EVERY_MS))
        }
      })()

      const ingest = new Promise<{ code: number | null; stored: number; failed: string[]; out: string }>(
        (resolveIngest) => {
          const child = spawnDyad(['ingest', files, '--db', db, '--json'], { built: o.built })
          let out = ''
          let err = ''
          child.stdout?.on('data', (b: Buffer) => {
            out += b.toString()
          })
          child.stderr?.on('data', (b: Buffer) => {
            err += b.toString()
          })
          child.once('exit', (code) => {
            // --json: one outcome a line, printed once its batch is committed.
            const outcomes = out
              .split('\n')
              .filter((l) => l.startsWith('{'))
              .map((l) => JSON.parse(l) as { status: string; origin?: string; error?: string })
            resolveIngest({
              code,
              stored: outcomes.filter((x) => x.status !== 'failed').length,
              failed: [
                ...outcomes.filter((x) => x.status === 'failed').map((x) => `${x.origin}: ${x.error}`),
                ...err.split('\n').filter(Boolean),
              ],
              out,
            })
          })
        },
      )

      const results = await Promise.all(readers)
      await poster
      const ingested = await ingest

      // 4. What came back, and what was stored.
      const byRoute: Record<string, RouteResult> = {}
      list.forEach((r, i) => {
        const x = results[i] as autocannon.Result
        byRoute[r.name] = {
          path: r.path,
          connections: x.connections,
          requests: x.requests.total,
          per_second: round(x.requests.average),
          p50_ms: x.latency.p50,
          p90_ms: x.latency.p90,
          p99_ms: x.latency.p99,
          max_ms: x.latency.max,
          status_2xx: x['2xx'],
          status_4xx: x['4xx'],
          status_5xx: x['5xx'],
          errors: x.errors,
          timeouts: x.timeouts,
        }
      })
      await stopServer(server)

      const check = await createSqliteStore({ path: db })
      const missing: string[] = []
      for (const id of posted) if (!(await check.getDocument(id))) missing.push(id)
      let stored = 0
      for (let after: string | undefined; ; ) {
        const page = await check.listDocuments({ limit: 1000, ...(after ? { after } : {}) })
        stored += page.length
        if (page.length < 1000) break
        after = page[page.length - 1]?.id
      }
      await check.close()
      const expected = o.docs + posted.length + ingested.stored
      const fiveXX = Object.values(byRoute).reduce((n, r) => n + r.status_5xx, 0)

      console.log('')
      console.log(
        `| route | clients | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | 2xx | 4xx | 5xx | errors |`,
      )
      console.log('|---|---|---|---|---|---|---|---|---|---|---|---|')
      for (const [name, r] of Object.entries(byRoute))
        console.log(
          `| ${name} | ${r.connections} | ${r.requests} | ${r.per_second} | ${r.p50_ms} | ${r.p90_ms} | ${r.p99_ms} | ${r.max_ms} | ${r.status_2xx} | ${r.status_4xx} | ${r.status_5xx} | ${r.errors + r.timeouts} |`,
        )
      console.log('')
      console.log(
        `writers: POST /api/documents ${posted.length} stored, ${postFailures.length} refused or failed${postFailures.length ? ` (${[...new Set(postFailures)].slice(0, 3).join('; ')})` : ''}; ` +
          `dyad ingest exit ${ingested.code}, ${ingested.stored} of ${INGEST_FILES} stored${ingested.failed.length ? `, ${ingested.failed.length} failed (${ingested.failed.slice(0, 2).join('; ')})` : ''}`,
      )
      console.log(
        `documents: ${stored} stored, ${expected} expected (corpus + posted + ingested); posted but missing: ${missing.length}`,
      )
      const report = {
        when: new Date().toISOString(),
        machine: { cpus: cpus().length, node: process.version },
        options: { duration_s: o.durationS, connections: o.connections, docs: o.docs, seed: o.seed, built: o.built },
        routes: byRoute,
        writers: {
          posted: posted.length,
          post_failures: postFailures.length,
          post_failure_reasons: [...new Set(postFailures)].slice(0, 10),
          ingest_exit: ingested.code,
          ingested: ingested.stored,
          ingest_failures: ingested.failed.slice(0, 10),
        },
        documents: { stored, expected, posted_missing: missing.length },
        five_xx: fiveXX,
        ok: fiveXX === 0 && missing.length === 0 && stored === expected && ingested.code === 0,
      }
      writeFileSync(o.out, `${JSON.stringify(report, null, 2)}\n`)
      console.log(`wrote ${o.out}`)
      if (!report.ok) {
        console.error(
          `bench:load: ${fiveXX} answers were 5xx, ${missing.length} posted documents are missing, ${stored}/${expected} documents stored, dyad ingest exit ${ingested.code}`,
        )
        process.exitCode = 1
      }
    } finally {
      await stopServer(server)
    }
  } finally {
    if (!o.keep) rmSync(dir, { recursive: true, force: true })
    else console.log(`kept ${dir}`)
  }
}

main().catch((e: unknown) => {
  console.error(`bench:load: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
