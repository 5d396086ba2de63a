// `npm run bench:limits`: what one huge document costs `dyad ingest`, and whether the cost grows linearly with it.
// Measurement only: it never asserts a time.
//
//   npm run bench:limits -- [--sizes 1,10] [--timeout S] [--out FILE] [--dir DIR] [--keep] [--no-pin] [--cli FILE]
//
// Four inputs are generated into a temporary folder (sizes in millions of bytes, 1 and 10 by default):
//   - `single-line`: news-like sentences (bench/corpus.ts) joined with spaces into one line with no newline;
//   - `no-sentence-end`: the same words with every sentence-ending mark (. ! ?) removed, still one line: one "sentence".
// Each is ingested by the compiled CLI (`node dist/src/cli/main.js ingest FILE --db DIR`; `npm run bench:limits` builds
// first) in a child process of its own, so its memory is its own: wall time, and peak RSS from `/usr/bin/time -v` (the
// kernel's count at exit) or, where that is missing, /proc's VmHWM polled every 50 ms. The 10 MB inputs are 10,000,000
// bytes, under the default limit of 10 MiB. The children run on one core (`taskset`, as the other benches do). A run
// slower than --timeout (900 s) is stopped and recorded as such. --cli runs another build of dyad (an older checkout's
// dist/src/cli/main.js, to compare before and after).
// It prints a table (case, size, seconds, peak RSS, ratio of the largest size to the smallest) and writes
// bench/limits-results.json.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { flags } from './args.js'
import { generateDocument } from './corpus.js'
import { firstAllowedCpu } from './cpu.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const BUILT_CLI = join(ROOT, 'dist/src/cli/main.js')
const TIME = '/usr/bin/time'

interface Options {
  sizes: number[]
  timeoutS: number
  out: string
  dir: string | undefined
  keep: boolean
  pin: boolean
  cli: string
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    sizes: [1, 10],
    timeoutS: 900,
    out: join(ROOT, 'bench/limits-results.json'),
    dir: undefined,
    keep: false,
    pin: true,
    cli: BUILT_CLI,
  }
  for (const { flag: a, value } of flags(argv)) {
    if (a === '--sizes') {
      o.sizes = value()
        .split(',')
        .map((s) => Number(s.trim()))
      if (o.sizes.some((s) => !(s > 0))) throw new Error('--sizes takes positive numbers of megabytes, e.g. 1,10')
    } else if (a === '--timeout') {
      o.timeoutS = Number(value())
      if (!(o.timeoutS > 0)) throw new Error('--timeout must be a positive number of seconds')
    } else if (a === '--out') o.out = resolve(value())
    else if (a === '--dir') o.dir = resolve(value())
    else if (a === '--keep') o.keep = true
    else if (a === '--no-pin') o.pin = false
    else if (a === '--cli') o.cli = resolve(value())
    else
      throw new Error(
        `unknown argument ${a} (use --sizes 1,10, --timeout S, --out FILE, --dir DIR, --keep, --no-pin, --cli FILE)`,
      )
  }
  return o
}

const CASES = ['single-line', 'no-sentence-end'] as const
type Case = (typeof CASES)[number]

/** The generated corpus's documents without their title and date lines, as one line of sentences. */
function* sentences(): Generator<string> {
  for (let i = 0; ; i++) {
    const lines = generateDocument(7, i).text.split('\n')
    // Line 1 is the title and line 3 the date: the body is what reads as prose.
    yield lines
      .slice(3)
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' ')
  }
}

/** Exactly `bytes` bytes (ASCII: accents are dropped, "Türkiye" is "Turkiye") of one line: prose, or prose without a sentence end. */
export function generateInput(kind: Case, bytes: number): string {
  const parts: string[] = []
  let length = 0
  for (const s of sentences()) {
    const ascii = s.normalize('NFD').replace(/[^\x20-\x7e]/g, '')
    const piece = kind === 'no-sentence-end' ? ascii.replace(/[.!?]/g, '').replace(/ {2,}/g, ' ') : ascii
    parts.push(piece)
    length += piece.length + 1
    if (length >= bytes) break
  }
  return parts.join(' ').slice(0, bytes).replace(/\s+$/, 'x')
}

interface Run {
  case: Case
  mb: number
  bytes: number
  seconds: number | null
  peak_rss_mb: number | null
  status: string
  output: string
}

function pinPrefix(pin: boolean): string[] {
  if (!pin || spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status !== 0) return []
  return ['taskset', '-c', String(firstAllowedCpu())]
}

const hasTime = spawnSync(TIME, ['-v', 'true'], { stdio: 'ignore' }).status === 0

function procHwmMb(pid: number): number | undefined {
  try {
    const m = /^VmHWM:\s*(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m?.[1] ? Number(m[1]) / 1024 : undefined
  } catch {
    return undefined
  }
}

/** Runs `dyad ingest FILE --db DB` in a child process: wall time, peak RSS, exit status and the CLI's last lines. */
async function ingest(file: string, db: string, o: Options): Promise<Omit<Run, 'case' | 'mb' | 'bytes'>> {
  const node = [process.execPath, o.cli, 'ingest', file, '--db', db]
  const argv = [...pinPrefix(o.pin), ...(hasTime ? [TIME, '-v'] : []), ...node]
  const t0 = performance.now()
  // A process group of its own: a timeout stops node itself, not only the taskset and time wrapped around it.
  const child = spawn(argv[0] as string, argv.slice(1), {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
    detached: true,
  })
  running = child.pid ?? null
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (b: Buffer) => {
    stdout += b.toString()
  })
  child.stderr?.on('data', (b: Buffer) => {
    stderr += b.toString()
  })
  let polled = 0
  const poll = hasTime
    ? undefined
    : setInterval(() => {
        polled = Math.max(polled, procHwmMb(child.pid as number) ?? 0)
      }, 50)
  let timedOut = false
  const kill = setTimeout(() => {
    timedOut = true
    try {
      process.kill(-(child.pid as number), 'SIGKILL')
    } catch {
      child.kill('SIGKILL')
    }
  }, o.timeoutS * 1000)
  const code = await new Promise<number | null>((r) => child.once('close', (c) => r(c)))
  running = null
  const seconds = (performance.now() - t0) / 1000
  clearTimeout(kill)
  if (poll) clearInterval(poll)
  const max = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
  const peak = max?.[1] ? Number(max[1]) / 1024 : polled
  const output =
    `${stdout}${stderr.replace(/\n\s*(Command being timed|User time|System time|Percent of CPU|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)[^\n]*/g, '')}`
      .trim()
      .split('\n')
      .slice(-3)
      .join(' | ')
  return {
    seconds: timedOut ? null : round(seconds, 2),
    peak_rss_mb: peak > 0 ? round(peak) : null,
    status: timedOut ? `timeout (> ${o.timeoutS} s)` : code === 0 ? 'ok' : `exit ${code}`,
    output,
  }
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

/** The process group of the run under way: stopped with the bench (Ctrl-C), since it runs detached. */
let running: number | null = null
function stopWithTheBench(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      if (running !== null)
        try {
          process.kill(-running, 'SIGKILL')
        } catch {
          // Already gone.
        }
      process.exit(130)
    })
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2))
  stopWithTheBench()
  if (!existsSync(o.cli)) throw new Error(`${o.cli} is missing: run npm run build first (npm run bench:limits does)`)
  const dir = o.dir ?? mkdtempSync(join(tmpdir(), 'dyad-limits-'))
  mkdirSync(dir, { recursive: true })
  const runs: Run[] = []
  try {
    for (const kind of CASES) {
      for (const mb of o.sizes) {
        const bytes = Math.round(mb * 1_000_000)
        const file = join(dir, `${kind}-${mb}mb.txt`)
        writeFileSync(file, generateInput(kind, bytes))
        const db = join(dir, `${kind}-${mb}mb.db`)
        process.stderr.write(`${kind} ${mb} MB… `)
        const r = await ingest(file, db, o)
        process.stderr.write(`${r.status}, ${r.seconds ?? '—'} s, ${r.peak_rss_mb ?? '—'} MB\n`)
        if (r.status !== 'ok') process.stderr.write(`  ${r.output}\n`)
        runs.push({ case: kind, mb, bytes, ...r })
        if (!o.keep) {
          rmSync(file, { force: true })
          for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true })
        }
      }
    }
  } finally {
    if (!o.keep && !o.dir) rmSync(dir, { recursive: true, force: true })
  }
  const smallest = Math.min(...o.sizes)
  const ratio = (r: Run): number | null => {
    const base = runs.find((x) => x.case === r.case && x.mb === smallest)
    return r.mb === smallest || !base?.seconds || r.seconds === null ? null : round(r.seconds / base.seconds, 2)
  }
  const rows = runs.map((r) => ({ ...r, time_ratio: ratio(r) }))
  console.log(`\n| case | size (MB) | seconds | peak RSS (MB) | time ÷ ${smallest} MB | status |`)
  console.log('|---|---|---|---|---|---|')
  for (const r of rows)
    console.log(
      `| ${r.case} | ${r.mb} | ${r.seconds ?? '—'} | ${r.peak_rss_mb ?? '—'} | ${r.time_ratio ?? ''} | ${r.status} |`,
    )
  writeFileSync(
    o.out,
    `${JSON.stringify({ measured: new Date().toISOString(), cli: o.cli, rss_from: hasTime ? '/usr/bin/time -v' : '/proc VmHWM', runs: rows }, null, 2)}\n`,
  )
  console.log(`\nwrote ${o.out}`)
}

// Run, not when imported (a test may import the generator).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
