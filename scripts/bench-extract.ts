// `npm run bench:extract`: documents/second and MB/second of `dyad extract` (the whole pipeline and its JSON, minus
// file writes) next to a baseline a user might pick instead (compromise people/places/organizations + chrono-node
// parse), over the dev documents repeated to at least 5 MB, on one core, interleaved in the same process.
//
//   npm run bench:extract -- [--docs DIR] [--mb N] [--rounds N] [--json] [--no-pin]
//
// The process re-executes itself under `taskset -c <first allowed CPU>` when taskset exists (so JavaScript, GC and
// helper threads share one core) and with --expose-gc (so each pass starts from a collected heap); --no-pin skips
// taskset. MB is 10^6 bytes of the raw files; both sides are charged for the same bytes.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as chrono from 'chrono-node'
import nlp from 'compromise'
import { firstAllowedCpu } from '../bench/cpu.js'
import { extractionJson } from '../src/api/dto.js'
import type { RawDocument } from '../src/core/types.js'
import { decodeBytes } from '../src/decode/index.js'
import { extractDocument } from '../src/pipeline/extract.js'
import { readInput } from '../src/source/read-inputs.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CHILD = 'DYAD_BENCH_CHILD'
/** Dyad must stay at least this many times as fast as the baseline (it tags every token; the baseline does less). */
const TARGET = 1.5

interface Options {
  docs: string | undefined
  mb: number
  rounds: number
  json: boolean
  pin: boolean
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { docs: undefined, mb: 5, rounds: 5, json: false, pin: true }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    if (a === '--docs') o.docs = value()
    else if (a === '--mb') o.mb = Number(value())
    else if (a === '--rounds') o.rounds = Number.parseInt(value(), 10)
    else if (a === '--json') o.json = true
    else if (a === '--no-pin') o.pin = false
    else throw new Error(`unknown argument ${a} (use --docs DIR, --mb N, --rounds N, --json, --no-pin)`)
  }
  if (!(o.mb > 0)) throw new Error('--mb must be a positive number')
  if (!(o.rounds >= 1)) throw new Error('--rounds must be a positive integer')
  return o
}

function hasTaskset(): boolean {
  return spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0
}

/** Runs this script again in a child pinned to one CPU with --expose-gc; returns its exit code. */
function reexec(pin: boolean): number {
  const cpu = firstAllowedCpu()
  const node = [...process.execArgv, '--expose-gc', ...process.argv.slice(1)]
  const pinned = pin && hasTaskset()
  const [cmd, args] = pinned ? ['taskset', ['-c', String(cpu), process.execPath, ...node]] : [process.execPath, node]
  const env = { ...process.env, [CHILD]: pinned ? `taskset -c ${cpu}` : 'not pinned (taskset missing or --no-pin)' }
  const r = spawnSync(cmd, args, { stdio: 'inherit', env })
  if (r.error) throw r.error
  return r.status ?? 1
}

interface Doc {
  raw: RawDocument
  name: string
  text: string
}

async function loadDocs(dir: string): Promise<Doc[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !f.startsWith('.'))
    .sort()
  const docs: Doc[] = []
  for (const f of files) {
    const item = await readInput(join(dir, f))
    if (!item.ok) throw new Error(`${item.origin}: ${item.error}`)
    docs.push({ raw: item.raw, name: basename(f), text: decodeBytes(item.raw.bytes).text })
  }
  return docs
}

/** The documents repeated, in order, until their raw bytes add up to at least `bytes`. */
function repeatTo(docs: readonly Doc[], bytes: number): Doc[] {
  const out: Doc[] = []
  let total = 0
  while (total < bytes) {
    for (const d of docs) {
      out.push(d)
      total += d.raw.bytes.length
    }
  }
  return out
}

interface Pass {
  seconds: number
  /** Output characters (Dyad: JSON; baseline: found strings), kept so no work can be optimised away. */
  sink: number
  /** Things found (Dyad: events + facts + entities; baseline: people + places + organizations + dates). */
  found: number
  errors: number
  /** Highest RSS seen during the pass minus RSS at its start, in bytes. */
  rssDelta: number
}

type Side = (doc: Doc) => { chars: number; found: number }

const REF_DATE = new Date('2024-01-01T00:00:00Z')

/** What `dyad extract` does for one file, minus reading and writing it. */
const dyad: Side = (d) => {
  const x = extractDocument(d.raw)
  const json = JSON.stringify(extractionJson(d.name, x), null, 1)
  const e = x.entities
  return {
    chars: json.length,
    found:
      x.events.length +
      x.facts.length +
      e.countries.length +
      e.people.length +
      e.organizations.length +
      e.places.length,
  }
}

/** compromise named entities plus chrono-node dates over the decoded text. */
const baseline: Side = (d) => {
  const doc = nlp(d.text)
  const people: string[] = doc.people().out('array')
  const places: string[] = doc.places().out('array')
  const orgs: string[] = doc.organizations().out('array')
  const dates = chrono.parse(d.text, REF_DATE)
  let chars = 0
  for (const s of [...people, ...places, ...orgs]) chars += s.length
  for (const r of dates) chars += r.text.length
  return { chars, found: people.length + places.length + orgs.length + dates.length }
}

const gc = (globalThis as { gc?: () => void }).gc

function run(side: Side, docs: readonly Doc[]): Pass {
  gc?.()
  const rss0 = process.memoryUsage.rss()
  let peak = rss0
  let sink = 0
  let found = 0
  let errors = 0
  const t0 = performance.now()
  for (let i = 0; i < docs.length; i++) {
    try {
      const r = side(docs[i] as Doc)
      sink += r.chars
      found += r.found
    } catch {
      errors++
    }
    if ((i & 15) === 0) peak = Math.max(peak, process.memoryUsage.rss())
  }
  const seconds = (performance.now() - t0) / 1000
  peak = Math.max(peak, process.memoryUsage.rss())
  return { seconds, sink, found, errors, rssDelta: peak - rss0 }
}

interface Summary {
  docsPerSecond: { median: number; min: number; max: number }
  mbPerSecond: { median: number; min: number; max: number }
  secondsPerRound: number[]
  peakRssDeltaMb: number
  foundPerDoc: number
  errorsPerRound: number
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

function summarise(passes: readonly Pass[], docs: number, bytes: number): Summary {
  const dps = passes.map((p) => docs / p.seconds)
  const mbps = passes.map((p) => bytes / 1e6 / p.seconds)
  const last = passes[passes.length - 1] as Pass
  return {
    docsPerSecond: { median: median(dps), min: Math.min(...dps), max: Math.max(...dps) },
    mbPerSecond: { median: median(mbps), min: Math.min(...mbps), max: Math.max(...mbps) },
    secondsPerRound: passes.map((p) => p.seconds),
    peakRssDeltaMb: Math.max(...passes.map((p) => p.rssDelta)) / 1e6,
    foundPerDoc: last.found / docs,
    errorsPerRound: last.errors,
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2))
  let dir = resolve(o.docs ?? join(ROOT, '../shared/eval/dev/docs'))
  let note: string | undefined
  if (o.docs === undefined && !existsSync(dir)) {
    note = `${dir} not found; using the project's examples/ instead`
    dir = join(ROOT, 'examples')
  }
  if (note && !o.json) console.error(`bench:extract: ${note}`)
  const unique = await loadDocs(dir)
  if (unique.length === 0) throw new Error(`no .txt documents in ${dir}`)
  const corpus = repeatTo(unique, o.mb * 1e6)
  const bytes = corpus.reduce((n, d) => n + d.raw.bytes.length, 0)

  // Warm-up: each side over about 1 MB (at least every distinct document once) before anything is timed.
  const warm = repeatTo(unique, Math.min(1e6, bytes))
  run(dyad, warm)
  run(baseline, warm)

  // Rounds alternate which side goes first (A B, B A, ...) so drift and noise fall on both.
  const a: Pass[] = []
  const b: Pass[] = []
  for (let r = 0; r < o.rounds; r++) {
    if (r % 2 === 0) {
      a.push(run(dyad, corpus))
      b.push(run(baseline, corpus))
    } else {
      b.push(run(baseline, corpus))
      a.push(run(dyad, corpus))
    }
    if (!o.json) process.stderr.write(`round ${r + 1}/${o.rounds} done\n`)
  }
  const dyadSummary = summarise(a, corpus.length, bytes)
  const baseSummary = summarise(b, corpus.length, bytes)
  const ratio = dyadSummary.docsPerSecond.median / baseSummary.docsPerSecond.median
  const perRound = a.map((p, i) => (b[i] as Pass).seconds / p.seconds)
  const result = {
    docs: dir,
    ...(note ? { note } : {}),
    distinctDocuments: unique.length,
    documents: corpus.length,
    mb: bytes / 1e6,
    rounds: o.rounds,
    cpu: process.env[CHILD] ?? 'not pinned',
    node: process.version,
    dyad: dyadSummary,
    baseline: { name: 'compromise people/places/organizations + chrono-node parse', ...baseSummary },
    ratio,
    ratioPerRound: { min: Math.min(...perRound), max: Math.max(...perRound) },
    target: TARGET,
    targetMet: ratio >= TARGET,
  }
  if (o.json) {
    console.log(JSON.stringify(result, null, 2))
    return
  }
  const f = (x: number, d = 1) => x.toFixed(d)
  const row = (name: string, s: Summary) =>
    [
      name.padEnd(10),
      f(s.docsPerSecond.median).padStart(9),
      `${f(s.docsPerSecond.min)}–${f(s.docsPerSecond.max)}`.padStart(15),
      f(s.mbPerSecond.median, 3).padStart(8),
      `${f(s.mbPerSecond.min, 3)}–${f(s.mbPerSecond.max, 3)}`.padStart(13),
      f(s.peakRssDeltaMb).padStart(12),
      f(s.foundPerDoc).padStart(9),
      String(s.errorsPerRound).padStart(6),
    ].join('  ')
  console.log(
    `dyad extract vs baseline: ${corpus.length} documents (${unique.length} distinct from ${dir}), ${f(bytes / 1e6, 2)} MB, ${o.rounds} rounds each, interleaved`,
  )
  console.log(`node ${process.version}, ${result.cpu}`)
  console.log('')
  console.log(
    [
      'side'.padEnd(10),
      'docs/s'.padStart(9),
      'docs/s min–max'.padStart(15),
      'MB/s'.padStart(8),
      'MB/s min–max'.padStart(13),
      'peak ΔRSS MB'.padStart(12),
      'found/doc'.padStart(9),
      'errors'.padStart(6),
    ].join('  '),
  )
  console.log(row('dyad', dyadSummary))
  console.log(row('baseline', baseSummary))
  console.log('')
  console.log(`baseline: ${result.baseline.name}`)
  console.log(
    `ratio dyad/baseline (median docs/s): ${f(ratio, 2)}× (per round ${f(result.ratioPerRound.min, 2)}–${f(result.ratioPerRound.max, 2)}); >1 means Dyad is faster; target ≥ ${TARGET}: ${result.targetMet ? 'met' : 'NOT met'}`,
  )
}

if (process.env[CHILD] === undefined) {
  let pin = true
  try {
    pin = parseArgs(process.argv.slice(2)).pin
  } catch (e) {
    console.error(`bench:extract: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(2)
  }
  process.exitCode = reexec(pin)
} else {
  main().catch((e: unknown) => {
    console.error(`bench:extract: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
    process.exitCode = 1
  })
}
