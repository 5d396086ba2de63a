// `dyad` as a child process, for tests that kill it, run two at once or run it where the test process cannot go (a
// mount namespace): the compiled CLI when dist/ is newer than every source file (npm test builds it first), else the
// sources through tsx. Also a corpus of generated documents to ingest, and a check of a database's consistency.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { generateDocument } from '../bench/corpus.js'

const root = new URL('..', import.meta.url).pathname
const built = join(root, 'dist/src/cli/main.js')

/** The newest modification time of the files under a folder. */
function newest(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

let command: readonly string[] | undefined

/** The command line that runs `dyad`: node with the compiled CLI when it is up to date, else with tsx and the sources. */
export function dyadCommand(): readonly string[] {
  command ??= (() => {
    let fresh = false
    try {
      fresh = statSync(built).mtimeMs >= newest(join(root, 'src'))
    } catch {
      fresh = false
    }
    return fresh ? [process.execPath, built] : [process.execPath, '--import', 'tsx', join(root, 'src/cli/main.ts')]
  })()
  return command
}

/** A running `dyad`, its output gathered as it comes. */
export interface Child {
  readonly proc: ChildProcess
  readonly out: () => string
  readonly err: () => string
  /** Resolves with the first complete stdout line that passes the test, or undefined if the process ends first. */
  readonly line: (test: (line: string) => boolean) => Promise<string | undefined>
  /** Resolves when the process has ended, with its exit code and the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Starts `dyad ARGS` (through `prefix`, e.g. a shell, when given: the dyad command is then its last arguments). */
export function startDyad(
  args: readonly string[],
  { env = {}, prefix = [] }: { env?: NodeJS.ProcessEnv; prefix?: readonly string[] } = {},
): Child {
  const [cmd, ...rest] = [...prefix, ...dyadCommand(), ...args] as [string, ...string[]]
  const proc = spawn(cmd, rest, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  let out = ''
  let err = ''
  const waiting: { test: (l: string) => boolean; resolve: (l: string | undefined) => void }[] = []
  proc.stdout?.setEncoding('utf8').on('data', (d: string) => {
    const start = out.lastIndexOf('\n') + 1
    out += d
    for (const l of out.slice(start).split('\n').slice(0, -1))
      for (const w of [...waiting])
        if (w.test(l)) {
          waiting.splice(waiting.indexOf(w), 1)
          w.resolve(l)
        }
  })
  proc.stderr?.setEncoding('utf8').on('data', (d: string) => {
    err += d
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('close', (code, signal) => {
      for (const w of waiting.splice(0)) w.resolve(undefined)
      resolve({ code, signal })
    }),
  )
  return {
    proc,
    out: () => out,
    err: () => err,
    exited,
    line: (test) =>
      new Promise((resolve) => {
        const have = out
          .split('\n')
          .slice(0, -1)
          .find((l) => test(l))
        if (have !== undefined || proc.exitCode !== null || proc.signalCode !== null) resolve(have)
        else waiting.push({ test, resolve })
      }),
  }
}

/** Runs `dyad ARGS` to its end. */
export async function runDyad(
  args: readonly string[],
  options?: Parameters<typeof startDyad>[1],
): Promise<{ code: number | null; out: string; err: string }> {
  const child = startDyad(args, options)
  const { code } = await child.exited
  return { code, out: child.out(), err: child.err() }
}

/** Writes generated documents `from` to `to - 1` (seed 7) as text files into `dir`; returns their paths. */
export function writeCorpus(dir: string, from: number, to: number): string[] {
  mkdirSync(dir, { recursive: true })
  const paths: string[] = []
  for (let i = from; i < to; i++) {
    const d = generateDocument(7, i)
    const path = join(dir, d.name)
    writeFileSync(path, d.text)
    paths.push(path)
  }
  return paths
}

/** What `dyad ingest --json` prints for an input. */
export interface OutcomeLine {
  readonly origin: string
  readonly status: string
  readonly documentId?: string
  readonly events?: number
  readonly facts?: number
}

/** The complete JSON lines of `dyad ingest --json` output (a killed process may leave half a line at the end). */
export function outcomes(out: string): OutcomeLine[] {
  return out
    .split('\n')
    .slice(0, -1)
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as OutcomeLine)
}

/**
 * What is wrong with a database, as sentences (none when it is sound): SQLite's integrity check and the full-text
 * index's; every document pointing at its own latest version, every version read by an extractor; and every rollup
 * table equal to what the latest versions' rows sum to, computed as the migrations that created them compute it.
 */
export function storeProblems(path: string): string[] {
  const db = new BetterSqlite3(path, { fileMustExist: true })
  try {
    const problems: string[] = []
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    try {
      db.exec("insert into documents_fts(documents_fts) values ('integrity-check')")
    } catch (e) {
      problems.push(`the full-text index disagrees with the versions: ${(e as Error).message}`)
    }
    const count = (q: string) => (db.prepare(q).get() as { n: number }).n
    const orphans = count(`select count(*) as n from documents d left join document_versions v
      on v.id = d.latest_version_id and v.document_id = d.id and v.version = d.latest_version where v.id is null`)
    if (orphans > 0) problems.push(`${orphans} documents without their latest version`)
    const unread = count('select count(*) as n from document_versions where extractor is null')
    if (unread > 0) problems.push(`${unread} versions without their extraction`)
    const stray = count(`select count(*) as n from events e left join document_versions v on v.id = e.version_id
      where v.id is null`)
    if (stray > 0) problems.push(`${stray} events without their version`)
    for (const [table, recompute] of Object.entries(ROLLUPS_FROM_ROWS)) {
      const key = (r: unknown) => JSON.stringify(r)
      const stored = new Set((db.prepare(`select * from ${table}`).all() as unknown[]).map(key))
      const expected = new Set((db.prepare(recompute).all() as unknown[]).map(key))
      const missing = [...expected].filter((r) => !stored.has(r))
      const extra = [...stored].filter((r) => !expected.has(r))
      if (missing.length + extra.length > 0)
        problems.push(
          `${table}: ${missing.length} rows missing (${missing.slice(0, 2).join(' ')}), ${extra.length} not from the rows (${extra.slice(0, 2).join(' ')})`,
        )
    }
    return problems
  } finally {
    db.close()
  }
}

/** 1 when event `e` runs from `p.a` to `p.b` (or, with the letters swapped, the other way), as the migrations count. */
const way = (x: string, y: string) =>
  `case when (e.source = p.${x} or e.co_sources like '%"' || p.${x} || '"%') and (e.target = p.${y} or e.co_targets like '%"' || p.${y} || '"%') then 1 else 0 end`
const LATEST_EVENTS =
  'documents d join events e on e.version_id = d.latest_version_id join event_pairs p on p.event_id = e.id'

/** Each rollup table's rows, in its columns' order, from the rows of the latest versions (the migrations' SQL). */
const ROLLUPS_FROM_ROWS: Readonly<Record<string, string>> = {
  pair_summaries: `select a, b, sum(documents) as documents, sum(events) as events, sum(facts) as facts from (
      select v.dyad_a as a, v.dyad_b as b, 1 as documents, 0 as events, 0 as facts
        from documents d join document_versions v on v.id = d.latest_version_id
        where v.dyad_a is not null and v.dyad_b is not null
      union all select p.a, p.b, 0, 1, 0 from ${LATEST_EVENTS}
      union all select f.pair_a, f.pair_b, 0, 0, 1 from documents d join facts f on f.version_id = d.latest_version_id
        where f.pair_a is not null and f.pair_b is not null
    ) counted group by a, b`,
  pair_event_dates: `select p.a as a, p.b as b, coalesce(e.date, '') as date, coalesce(e.date_end, e.date, '') as reach,
      count(*) as events, sum(${way('a', 'b')}) as ab, sum(${way('b', 'a')}) as ba
    from ${LATEST_EVENTS} group by 1, 2, 3, 4`,
  pair_months: `select a, b, month, family, type, count(*) as events, sum(counted) as counted, sum(ab) as ab,
      sum(ab * counted) as ab_counted, sum(ba) as ba, sum(ba * counted) as ba_counted from (
      select p.a as a, p.b as b, case when length(e.date) >= 7 then substr(e.date, 1, 7) else coalesce(e.date, '') end
          as month, e.family as family, e.type as type,
        case when e.negated = 0 and e.future = 0 then 1 else 0 end as counted, ${way('a', 'b')} as ab, ${way('b', 'a')} as ba
      from ${LATEST_EVENTS}) counted group by 1, 2, 3, 4, 5`,
  pair_families: `select p.a as a, p.b as b, e.family as family, count(*) as events from ${LATEST_EVENTS} group by 1, 2, 3`,
  pair_actors: `select a, b, name, code, count(*) as events, sum(ab) as ab, sum(ba) as ba from (
      select p.a as a, p.b as b, e.source_actor as name, e.source as code, ${way('a', 'b')} as ab, ${way('b', 'a')} as ba
        from ${LATEST_EVENTS} where e.source_actor <> ''
      union all select p.a, p.b, e.target_actor, e.target, ${way('a', 'b')}, ${way('b', 'a')}
        from ${LATEST_EVENTS} where e.target_actor <> '' and e.target <> ''
    ) named group by 1, 2, 3, 4`,
  pair_documents: `select a, b, d.id as document_id, coalesce(v.publication_date, '') as published, sum(main) as main,
      sum(events) as events, sum(facts) as facts from (
      select v.id as version_id, v.dyad_a as a, v.dyad_b as b, 1 as main, 0 as events, 0 as facts
        from document_versions v where v.dyad_a is not null and v.dyad_b is not null
      union all select e.version_id, p.a, p.b, 0, 1, 0 from events e join event_pairs p on p.event_id = e.id
      union all select f.version_id, f.pair_a, f.pair_b, 0, 0, 1 from facts f
        where f.pair_a is not null and f.pair_b is not null
    ) counted join documents d on d.latest_version_id = counted.version_id
    join document_versions v on v.id = counted.version_id group by 1, 2, 3, 4`,
  pair_fact_periods: `select f.pair_a as a, f.pair_b as b, f.kind as kind, coalesce(f.subkind, '') as subkind,
      coalesce(f.unit, '') as unit, lower(coalesce(f.subject, '')) as subject, coalesce(f.period, '') as period,
      count(*) as facts
    from documents d join facts f on f.version_id = d.latest_version_id
    where f.pair_a is not null and f.pair_b is not null group by 1, 2, 3, 4, 5, 6, 7`,
}
