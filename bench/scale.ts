// `npm run bench:scale`: how Dyad's SQLite store and JSON API behave as the store grows to a million events.
// Measurement only: it never asserts a time.
//
//   npm run bench:scale -- [--events N] [--sizes N,N,...] [--seed S] [--out FILE] [--quick] [--ingest-docs N]
//                          [--timeout S] [--budget MIN] [--reps N] [--dir DIR] [--keep] [--no-pin] [--built]
//
// 1. End-to-end `dyad ingest` throughput: N generated text files (10,000 by default) into an empty database, as a child
//    process (`node --import tsx src/cli/main.ts ingest DIR`), with its peak RSS (VmHWM polled from /proc).
// 2. One database grown by the corpus generator (bench/corpus.ts) through `Store.saveVersions` in batches of 64, the
//    path `dyad ingest` saves extractions by, with synthetic extractions instead of running the extractor. At each size
//    (in events) the generator stops, closes the store, and a real `dyad serve` child process answers HTTP requests: its
//    RSS is the server's own, and a synchronous SQLite query blocks it as it would block a user.
// 3. Per route: one warm-up request (kept when it took over a second, so slow routes are not paid twice), then up to
//    --reps requests or 60 s of requests (15 s with --quick), p50/p95/p99 by nearest rank. A request over --timeout
//    (30 s) is recorded as a timeout, the server is restarted (it would still be busy with it) and the route's other
//    requests at that size are skipped. The whole run stops measuring when --budget minutes (90) are spent.
//
// The children run under `taskset -c <first allowed CPU>` when taskset exists (--no-pin to skip), as bench:extract does.
// They run from source through tsx, or with --built the compiled CLI (`npm run build` first), as `npm start` runs it:
// tsx's own memory is then left out of the RSS figures.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { familyOf } from '../src/core/plover.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'
import type { Store } from '../src/store/store.js'
import { flags } from './args.js'
import {
  COMMON_WORD,
  COUNTRIES,
  EVENT_TYPES,
  generateDocument,
  PAIRS,
  RARE_WORD,
  type SyntheticDocument,
} from './corpus.js'
import { firstAllowedCpu } from './cpu.js'
import { BUILT_CLI, procMb, ROOT, type Server, spawnDyad, startServer, stopServer } from './dyad-process.js'

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000]

interface Options {
  sizes: number[]
  seed: number
  out: string
  quick: boolean
  ingestDocs: number
  timeoutMs: number
  budgetMs: number
  reps: number
  routeBudgetMs: number
  exportReps: number
  dir: string | undefined
  keep: boolean
  pin: boolean
  built: boolean
}

function parseArgs(argv: readonly string[]): Options {
  let events: number | undefined
  let sizes: number[] | undefined
  const o: Options = {
    sizes: [],
    seed: 1,
    out: join(ROOT, 'bench/results.json'),
    quick: false,
    ingestDocs: 10_000,
    timeoutMs: 30_000,
    budgetMs: 90 * 60_000,
    reps: 20,
    routeBudgetMs: 60_000,
    exportReps: 3,
    dir: undefined,
    keep: false,
    pin: true,
    built: false,
  }
  let ingestDocs: number | undefined
  let reps: number | undefined
  const int = (name: string, v: string): number => {
    const n = Number(v.replaceAll('_', ''))
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, not "${v}"`)
    return n
  }
  for (const { flag: a, value } of flags(argv)) {
    if (a === '--events') events = int(a, value())
    else if (a === '--sizes')
      sizes = value()
        .split(',')
        .map((s) => int(a, s.trim()))
    else if (a === '--seed') o.seed = int(a, value())
    else if (a === '--out') o.out = resolve(value())
    else if (a === '--quick') o.quick = true
    else if (a === '--ingest-docs') ingestDocs = int(a, value())
    else if (a === '--timeout') {
      const t = Number(value())
      if (!(t > 0)) throw new Error('--timeout must be a positive number of seconds')
      o.timeoutMs = t * 1000
    } else if (a === '--budget') o.budgetMs = int(a, value()) * 60_000
    else if (a === '--reps') reps = Math.max(1, int(a, value()))
    else if (a === '--dir') o.dir = resolve(value())
    else if (a === '--keep') o.keep = true
    else if (a === '--no-pin') o.pin = false
    else if (a === '--built') o.built = true
    else
      throw new Error(
        `unknown argument ${a} (use --events N, --sizes N,N, --seed S, --out FILE, --quick, --ingest-docs N, --timeout S, --budget MIN, --reps N, --dir DIR, --keep, --no-pin, --built)`,
      )
  }
  const base = sizes ?? (o.quick ? [1_000, 5_000] : DEFAULT_SIZES)
  const largest = events ?? (sizes ? Math.max(...sizes) : o.quick ? 5_000 : 1_000_000)
  o.sizes = [...new Set([...base.filter((s) => s > 0 && s <= largest), ...(sizes ? [] : [largest])])].sort(
    (x, y) => x - y,
  )
  if (o.sizes.length === 0) throw new Error('no size to measure')
  o.ingestDocs = ingestDocs ?? (o.quick ? 100 : 10_000)
  o.reps = reps ?? (o.quick ? 5 : 20)
  if (o.quick) o.routeBudgetMs = 15_000
  return o
}

// --- measurement helpers -------------------------------------------------------------------------------------------

/** The nearest-rank percentile of some samples. */
function percentile(samples: readonly number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b)
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] as number
}

/** Resets the peak RSS the kernel keeps for a process (VmHWM); false where that is not allowed. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
    return true
  } catch {
    return false
  }
}

function pinPrefix(pin: boolean): string[] {
  if (!pin || spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status !== 0) return []
  return ['taskset', '-c', String(firstAllowedCpu())]
}

/** Whether the children run the compiled CLI (--built). */
let built = false

const mb = (bytes: number) => bytes / 1024 / 1024
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

// --- the corpus as the store grows -----------------------------------------------------------------------------------

interface CorpusStats {
  documents: number
  events: number
  /** Documents per main pair. */
  docsByPair: Map<string, number>
  /** Documents per pair they are about (their main pair, or one of their events links it): what a profile lists. */
  docsAbout: Map<string, number>
  /** Events per linked pair and family. */
  eventsByPairFamily: Map<string, number>
}

/** Documents stored per transaction, as `dyad ingest` batches them. */
const WRITE_BATCH = 64

async function grow(store: Store, seed: number, target: number, stats: CorpusStats): Promise<void> {
  let batch: SyntheticDocument['version'][] = []
  while (stats.events < target) {
    const d = generateDocument(seed, stats.documents)
    batch.push(d.version)
    if (batch.length === WRITE_BATCH) {
      await saveAll(store, batch)
      batch = []
    }
    stats.documents++
    stats.events += d.eventPairs.length
    const key = d.pair.join('-')
    stats.docsByPair.set(key, (stats.docsByPair.get(key) ?? 0) + 1)
    for (const p of new Set([key, ...d.eventPairs.flat()])) stats.docsAbout.set(p, (stats.docsAbout.get(p) ?? 0) + 1)
    d.eventPairs.forEach((pairs, i) => {
      const family = familyOf(d.version.extraction?.events[i]?.type ?? '') ?? 'other'
      for (const p of pairs) {
        const k = `${p}/${family}`
        stats.eventsByPairFamily.set(k, (stats.eventsByPairFamily.get(k) ?? 0) + 1)
      }
    })
  }
  await saveAll(store, batch)
}

/** Stores a batch in one transaction; a generated document that fails to store stops the benchmark. */
async function saveAll(store: Store, batch: readonly SyntheticDocument['version'][]): Promise<void> {
  const failed = (await store.saveVersions(batch)).find((r) => r instanceof Error)
  if (failed) throw failed
}

// --- the server ------------------------------------------------------------------------------------------------------

function notePeak(s: Server): void {
  s.peakMb = Math.max(s.peakMb, procMb(s.child.pid as number, 'VmHWM') ?? 0)
}

type Outcome = { ok: true; ms: number; bytes: number } | { ok: false; reason: 'timeout' | string }

async function request(s: Server, path: string, timeoutMs: number): Promise<Outcome> {
  const t0 = performance.now()
  try {
    const res = await fetch(`${s.base}${path}`, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' })
    const body = await res.arrayBuffer()
    const ms = performance.now() - t0
    if (res.status !== 200)
      return { ok: false, reason: `HTTP ${res.status}: ${Buffer.from(body).toString().slice(0, 200)}` }
    return { ok: true, ms, bytes: body.byteLength }
  } catch (e) {
    const name = e instanceof Error ? e.name : ''
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : String(e) }
  }
}

interface RouteResult {
  path: string
  n: number
  p50_ms: number | null
  p95_ms: number | null
  p99_ms: number | null
  /** Response size of the last answer, in bytes. */
  bytes: number | null
  /** Why the figures are missing or partial: `timeout`, `budget`, `server down`, an HTTP error. */
  status: 'ok' | string
  /** For the export: the server's peak RSS during the request (MB), and its RSS before it. */
  peak_rss_mb?: number | null
  rss_before_mb?: number | null
}

interface Size {
  events: number
  documents: number
  /** Pairs that are some document's main pair, and pairs any document is about. */
  main_pairs: number
  pairs: number
  top_pair: string
  rare_pair: string
  rare_pair_documents: number
  db_mb: number
  store_write_docs_per_s: number
  startup_s: number | null
  server_idle_rss_mb: number | null
  server_rss_mb: number | null
  pairs_p95_ms: number | null
  profile_p95_ms: number | null
  profile_rare_p95_ms: number | null
  events_page_p95_ms: number | null
  events_deep_page_p95_ms: number | null
  search_p95_ms: number | null
  export_s: number | null
  export_rss_mb: number | null
  routes: Record<string, RouteResult>
}

interface Route {
  name: string
  path: string
  export?: boolean
}

const DEEP_FAMILY = 'verbal_conflict'

/**
 * The keyset cursor of the page that starts 90% of the way into the top pair's events of one family: cursors are
 * records of where a page ended, so it is reached by walking the pages (500 at a time) before the measurement.
 */
async function deepCursor(base: string, stats: CorpusStats, top: string): Promise<string | null> {
  const deep = Math.floor((stats.eventsByPairFamily.get(`${top}/${DEEP_FAMILY}`) ?? 0) * 0.9)
  let cursor: string | null = null
  for (let seen = 0; seen < deep; ) {
    const limit = Math.min(500, deep - seen)
    const url = `${base}/api/events?pair=${top}&family=${DEEP_FAMILY}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`
    const page = (await (await fetch(url)).json()) as { items: unknown[]; next_cursor: string | null }
    seen += page.items.length
    cursor = page.next_cursor
    if (!cursor || page.items.length === 0) break
  }
  return cursor
}

function routesFor(top: string, rare: string, deep: string | null = null): Route[] {
  const family = DEEP_FAMILY
  const ev = `/api/events?pair=${top}&family=${family}&limit=50`
  return [
    { name: 'pairs', path: '/api/pairs' },
    { name: 'profile_top', path: `/api/pairs/${top}` },
    { name: 'profile_rare', path: `/api/pairs/${rare}` },
    { name: 'events_first_page', path: ev },
    { name: 'events_deep_page', path: deep ? `${ev}&cursor=${deep}` : ev },
    { name: 'search_common', path: `/api/search?q=${COMMON_WORD}` },
    { name: 'search_common_pair', path: `/api/search?q=${COMMON_WORD}&pair=${top}` },
    { name: 'search_rare', path: `/api/search?q=${RARE_WORD}` },
    { name: 'search_rare_pair', path: `/api/search?q=${RARE_WORD}&pair=${top}` },
    { name: 'export_top', path: `/api/export?pair=${top}`, export: true },
  ]
}

const log = (s: string) => process.stderr.write(`bench:scale: ${s}\n`)

async function measureSize(
  o: Options,
  db: string,
  stats: CorpusStats,
  pin: readonly string[],
  deadline: number,
  writeRate: number,
): Promise<Size> {
  const ranked = [...stats.docsByPair.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
  const top = ranked[0]?.[0] as string
  // The rarely documented pair: the one the fewest documents are about (often a pair only some events link).
  const rareEntry = [...stats.docsAbout.entries()].sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))[0] as [
    string,
    number,
  ]
  const size: Size = {
    events: stats.events,
    documents: stats.documents,
    main_pairs: ranked.length,
    pairs: stats.docsAbout.size,
    top_pair: top,
    rare_pair: rareEntry[0],
    rare_pair_documents: rareEntry[1],
    db_mb: round(mb(statSync(db).size)),
    store_write_docs_per_s: round(writeRate),
    startup_s: null,
    server_idle_rss_mb: null,
    server_rss_mb: null,
    pairs_p95_ms: null,
    profile_p95_ms: null,
    profile_rare_p95_ms: null,
    events_page_p95_ms: null,
    events_deep_page_p95_ms: null,
    search_p95_ms: null,
    export_s: null,
    export_rss_mb: null,
    routes: {},
  }
  // `dyad serve` loads its code through tsx and counts the pairs before it listens: a minute, or twice the timeout.
  const startTimeout = Math.max(60_000, 2 * o.timeoutMs)
  let server: Server | undefined
  const start = async (): Promise<boolean> => {
    const t0 = performance.now()
    try {
      server = await startServer(db, { built, pin, timeoutMs: startTimeout })
      size.startup_s ??= round((performance.now() - t0) / 1000, 2)
      size.server_idle_rss_mb ??= round(procMb(server.child.pid as number, 'VmRSS') ?? 0)
      return true
    } catch (e) {
      log(`size ${stats.events}: ${e instanceof Error ? e.message : String(e)}`)
      server = undefined
      return false
    }
  }
  let peak = 0
  if (!(await start())) {
    for (const r of routesFor(top, rareEntry[0]))
      size.routes[r.name] = {
        path: r.path,
        n: 0,
        p50_ms: null,
        p95_ms: null,
        p99_ms: null,
        bytes: null,
        status: 'server did not start',
      }
    return size
  }
  const deep = server ? await deepCursor((server as Server).base, stats, top).catch(() => null) : null
  for (const r of routesFor(top, rareEntry[0], deep)) {
    const samples: number[] = []
    let status = 'ok'
    let bytes: number | null = null
    let peakExport: number | null = null
    let rssBefore: number | null = null
    const reps = r.export ? o.exportReps : o.reps
    const routeStart = performance.now()
    for (let i = 0; i <= reps; i++) {
      if (Date.now() > deadline) {
        status = 'budget'
        break
      }
      if (!server) {
        status = 'server down'
        break
      }
      const pid = server.child.pid as number
      if (r.export) {
        notePeak(server)
        rssBefore = Math.max(rssBefore ?? 0, procMb(pid, 'VmRSS') ?? 0)
        resetPeak(pid)
      }
      const res = await request(server, r.path, o.timeoutMs)
      if (r.export) peakExport = Math.max(peakExport ?? 0, procMb(pid, 'VmHWM') ?? 0)
      notePeak(server)
      if (!res.ok) {
        status = res.reason
        if (res.reason === 'timeout') {
          // The server is still busy with the request it was sent: restart it for the next route.
          peak = Math.max(peak, server.peakMb)
          await stopServer(server)
          await start()
        }
        break
      }
      bytes = res.bytes
      // The first request warms caches; it counts only when it was slow enough that repeating it would cost more.
      if (i > 0 || res.ms >= 1000) samples.push(res.ms)
      if (performance.now() - routeStart > o.routeBudgetMs && samples.length > 0) break
    }
    const has = samples.length > 0
    size.routes[r.name] = {
      path: r.path,
      n: samples.length,
      p50_ms: has ? round(percentile(samples, 50)) : null,
      p95_ms: has ? round(percentile(samples, 95)) : null,
      p99_ms: has ? round(percentile(samples, 99)) : null,
      bytes,
      status,
      ...(r.export
        ? { peak_rss_mb: peakExport && round(peakExport), rss_before_mb: rssBefore && round(rssBefore) }
        : {}),
    }
    log(
      `size ${stats.events}: ${r.name} ${has ? `p50 ${round(percentile(samples, 50))} ms, p95 ${round(percentile(samples, 95))} ms (n=${samples.length})` : ''}${status === 'ok' ? '' : ` [${status}]`}`,
    )
  }
  if (server) {
    notePeak(server)
    peak = Math.max(peak, server.peakMb)
    await stopServer(server)
  }
  const p95 = (name: string) => size.routes[name]?.p95_ms ?? null
  const searches = ['search_common', 'search_common_pair', 'search_rare', 'search_rare_pair'].map(p95)
  size.server_rss_mb = peak > 0 ? round(peak) : null
  size.pairs_p95_ms = p95('pairs')
  size.profile_p95_ms = p95('profile_top')
  size.profile_rare_p95_ms = p95('profile_rare')
  size.events_page_p95_ms = p95('events_first_page')
  size.events_deep_page_p95_ms = p95('events_deep_page')
  // The slowest of the four searches; null when any of them has no figure.
  size.search_p95_ms = searches.every((x) => x !== null) ? Math.max(...(searches as number[])) : null
  const ex = size.routes.export_top
  size.export_s = ex?.p50_ms != null ? round(ex.p50_ms / 1000, 3) : null
  // A peak read during a request that never finished says little: it is kept under routes only.
  size.export_rss_mb = ex && ex.n > 0 ? (ex.peak_rss_mb ?? null) : null
  return size
}

// --- end-to-end ingest -----------------------------------------------------------------------------------------------

interface IngestResult {
  documents: number
  /** Wall time of the child, start-up included. */
  seconds: number | null
  /** Documents per second once started (first stored document to last). */
  docs_per_s: number | null
  wall_docs_per_s: number | null
  peak_rss_mb: number | null
  summary: string
  status: string
}

async function measureIngest(o: Options, dir: string, pin: readonly string[], deadline: number): Promise<IngestResult> {
  const docs = join(dir, 'ingest-docs')
  mkdirSync(docs, { recursive: true })
  for (let i = 0; i < o.ingestDocs; i++) {
    const d = generateDocument(o.seed, i)
    writeFileSync(join(docs, d.name), d.text)
  }
  const db = join(dir, 'ingest.db')
  log(`ingest: ${o.ingestDocs} documents with dyad ingest…`)
  const t0 = performance.now()
  // --json prints one line per input as it is stored: the clock runs from the first line to the last, so the start-up
  // (tsx, lexicons) and the first document are left out of documents/s; the wall time includes them.
  const child = spawnDyad(['ingest', docs, '--db', db, '--json'], { built, pin })
  let lines = 0
  let first = 0
  let last = 0
  let failed = 0
  let rest = ''
  child.stdout?.on('data', (b: Buffer) => {
    const now = performance.now()
    const parts = (rest + b.toString()).split('\n')
    rest = parts.pop() ?? ''
    for (const line of parts) {
      if (!line.trim()) continue
      if (lines === 0) first = now
      lines++
      last = now
      if (line.includes('"status":"failed"')) failed++
    }
  })
  child.stderr?.resume()
  let peak = 0
  const poll = setInterval(() => {
    peak = Math.max(peak, procMb(child.pid as number, 'VmHWM') ?? 0)
  }, 100)
  const remaining = Math.max(1_000, deadline - Date.now())
  const kill = setTimeout(() => child.kill('SIGKILL'), remaining)
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)))
  clearInterval(poll)
  clearTimeout(kill)
  const seconds = (performance.now() - t0) / 1000
  const ok = code === 0 && lines === o.ingestDocs
  const steady = lines > 1 && last > first ? (lines - 1) / ((last - first) / 1000) : null
  return {
    documents: o.ingestDocs,
    seconds: ok ? round(seconds, 2) : null,
    docs_per_s: ok && steady !== null ? round(steady) : null,
    wall_docs_per_s: ok ? round(o.ingestDocs / seconds) : null,
    peak_rss_mb: peak > 0 ? round(peak) : null,
    summary: `${lines} inputs, ${failed} failed`,
    status: ok ? 'ok' : code === null ? 'budget' : `exit ${code}`,
  }
}

// --- report ----------------------------------------------------------------------------------------------------------

const FIGURES: readonly [keyof Size | `route:${string}`, string][] = [
  ['route:pairs', 'GET /api/pairs (ms)'],
  ['route:profile_top', 'profile, most documented pair (ms)'],
  ['route:profile_rare', 'profile, rarely documented pair (ms)'],
  ['route:events_first_page', 'events page, pair+family, first (ms)'],
  ['route:events_deep_page', 'events page, pair+family, deep cursor (ms)'],
  ['route:search_common', 'search, common word (ms)'],
  ['route:search_common_pair', 'search, common word + pair (ms)'],
  ['route:search_rare', 'search, rare word (ms)'],
  ['route:search_rare_pair', 'search, rare word + pair (ms)'],
  ['route:export_top', 'export, top pair (ms)'],
  ['export_rss_mb', 'server peak RSS during export (MB)'],
  ['server_rss_mb', 'server peak RSS (MB)'],
  ['server_idle_rss_mb', 'server RSS after start (MB)'],
  ['startup_s', 'dyad serve start-up (s)'],
  ['store_write_docs_per_s', 'Store.saveVersions (batches of 64), documents/s'],
  ['db_mb', 'database file (MB)'],
]

/** The figure compared between sizes: a route's p95, else the number itself. */
function figure(s: Size, key: string): number | null {
  if (key.startsWith('route:')) return s.routes[key.slice(6)]?.p95_ms ?? null
  const v = s[key as keyof Size]
  return typeof v === 'number' ? v : null
}

function cell(s: Size, key: string): string {
  if (key.startsWith('route:')) {
    const r = s.routes[key.slice(6)]
    if (!r) return '–'
    const f = (x: number | null) => (x === null ? '–' : String(Math.round(x)))
    const figures = r.n > 0 ? `${f(r.p50_ms)} / ${f(r.p95_ms)} / ${f(r.p99_ms)}` : ''
    return r.status === 'ok'
      ? figures
      : `${figures}${figures ? ' ' : ''}(${r.status.startsWith('HTTP') ? 'error' : r.status})`
  }
  const v = figure(s, key)
  return v === null ? '–' : String(v)
}

function ratio(a: number | null, b: number | null): number | null {
  return a !== null && b !== null && a > 0 ? round(b / a, 2) : null
}

function markdown(sizes: readonly Size[], ingest: IngestResult | null): string {
  const head = ['figure (routes: p50 / p95 / p99)', ...sizes.map((s) => `${s.events.toLocaleString('en')} events`)]
  const growthHead = sizes.slice(1).map((s, i) => `×${(sizes[i] as Size).events}→${s.events}`)
  const lines = [
    `| ${[...head, ...growthHead].join(' | ')} |`,
    `|${[...head, ...growthHead].map(() => '---').join('|')}|`,
  ]
  for (const [key, label] of FIGURES) {
    const growth = sizes.slice(1).map((s, i) => ratio(figure(sizes[i] as Size, key), figure(s, key)))
    lines.push(
      `| ${[label, ...sizes.map((s) => cell(s, key)), ...growth.map((g) => (g === null ? '–' : `${g}`))].join(' | ')} |`,
    )
  }
  lines.push(`| documents | ${sizes.map((s) => s.documents).join(' | ')} |${growthHead.map(() => ' |').join('')}`)
  lines.push(
    `| pairs (main pairs / all) | ${sizes.map((s) => `${s.main_pairs} / ${s.pairs}`).join(' | ')} |${growthHead.map(() => ' |').join('')}`,
  )
  lines.push(
    `| top pair / rare pair (docs) | ${sizes.map((s) => `${s.top_pair} / ${s.rare_pair} (${s.rare_pair_documents})`).join(' | ')} |${growthHead.map(() => ' |').join('')}`,
  )
  if (ingest)
    lines.push(
      '',
      `dyad ingest, end to end: ${ingest.documents} documents in ${ingest.seconds ?? '–'} s with start-up (${ingest.wall_docs_per_s ?? '–'} documents/s); ${ingest.docs_per_s ?? '–'} documents/s once started; peak RSS ${ingest.peak_rss_mb ?? '–'} MB (${ingest.status}; "${ingest.summary}")`,
    )
  lines.push('', 'Growth columns compare p95 (routes) or the figure itself between consecutive sizes.')
  return lines.join('\n')
}

// --- main ------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2))
  const deadline = Date.now() + o.budgetMs
  const dir = o.dir ?? mkdtempSync(join(tmpdir(), 'dyad-bench-scale-'))
  mkdirSync(dir, { recursive: true })
  const pin = pinPrefix(o.pin)
  built = o.built
  if (built && !existsSync(BUILT_CLI)) throw new Error(`--built runs ${BUILT_CLI}: run npm run build first`)
  log(
    `sizes ${o.sizes.join(', ')} events; seed ${o.seed}; work dir ${dir}; ${pin.length ? pin.join(' ') : 'not pinned'}`,
  )
  try {
    const ingest = o.ingestDocs > 0 ? await measureIngest(o, dir, pin, deadline) : null
    if (ingest) log(`ingest: ${ingest.docs_per_s ?? '–'} documents/s, peak RSS ${ingest.peak_rss_mb ?? '–'} MB`)

    const db = join(dir, 'scale.db')
    rmSync(db, { force: true })
    const stats: CorpusStats = {
      documents: 0,
      events: 0,
      docsByPair: new Map(),
      docsAbout: new Map(),
      eventsByPairFamily: new Map(),
    }
    const sizes: Size[] = []
    for (const target of o.sizes) {
      if (Date.now() > deadline) {
        log(`size ${target}: skipped (time budget spent)`)
        break
      }
      const before = stats.documents
      const t0 = performance.now()
      const store = await createSqliteStore({ path: db })
      await grow(store, o.seed, target, stats)
      await store.close()
      const rate = (stats.documents - before) / ((performance.now() - t0) / 1000)
      log(`size ${target}: ${stats.documents} documents, ${stats.events} events written (${round(rate)} documents/s)`)
      sizes.push(await measureSize(o, db, stats, pin, deadline, rate))
    }

    const growth: Record<string, Record<string, number | null>> = {}
    for (let i = 1; i < sizes.length; i++) {
      const a = sizes[i - 1] as Size
      const b = sizes[i] as Size
      growth[`${a.events}→${b.events}`] = Object.fromEntries(
        FIGURES.map(([key]) => [
          key.startsWith('route:') ? `${key.slice(6)}_p95_ms` : key,
          ratio(figure(a, key), figure(b, key)),
        ]),
      )
    }
    const results = {
      benchmark: 'bench:scale',
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform} ${process.arch}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`,
      pinned: pin.length ? pin.join(' ') : 'no',
      options: {
        seed: o.seed,
        sizes: o.sizes,
        quick: o.quick,
        reps: o.reps,
        export_reps: o.exportReps,
        timeout_s: o.timeoutMs / 1000,
        route_budget_s: o.routeBudgetMs / 1000,
        budget_min: o.budgetMs / 60_000,
      },
      method: `Corpus written through Store.saveVersions (batches of 64) with synthetic extractions (bench/corpus.ts); server = a \`dyad serve\` child process (${o.built ? 'the compiled CLI, dist/' : 'tsx, from source'}) over HTTP on 127.0.0.1; RSS from /proc/PID/status (VmHWM, reset with clear_refs around the export).`,
      corpus: { countries: COUNTRIES.length, pairs: PAIRS.length, event_types: EVENT_TYPES.length },
      ingest,
      sqlite: Object.fromEntries(sizes.map((s, i) => [String(o.sizes[i]), s])),
      growth,
    }
    mkdirSync(dirname(o.out), { recursive: true })
    writeFileSync(o.out, `${JSON.stringify(results, null, 2)}\n`)
    console.log(markdown(sizes, ingest))
    console.log(`\nwrote ${o.out}`)
  } finally {
    if (!o.keep && !o.dir) rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(`bench:scale: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  process.exitCode = 1
})
