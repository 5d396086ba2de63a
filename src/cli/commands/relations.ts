import type { Command } from 'commander'
import { pairProfileJson, pairSummaryJson, storedEventJson, storedFactJson } from '../../api/stored-dto.js'
import { firstDay, isPartialDate, lastDay } from '../../core/date-range.js'
import { type Pair, PairError, pairKey, parsePair, unknownCountryCodes } from '../../core/pair.js'
import { EVENT_FAMILIES, type EventFamily, isEventFamily, isEventType, PLOVER_FAMILIES } from '../../core/plover.js'
import { factKindProblem, factKinds } from '../../pipeline/extract.js'
import { keyFacts } from '../../pipeline/pair-series.js'
import type { Store, StoredEvent, StoredFact } from '../../store/store.js'
import { openStore } from '../db.js'
import { CliError, type CliIo, EXIT, println } from '../io.js'

const DB_HELP = 'database file (default: $DYAD_DB or ./dyad.db)'

/** `dyad events`, `dyad facts` and `dyad pair`: what the stored documents say about pairs of countries. */
export function relationCommands(program: Command, io: CliIo): void {
  program
    .command('events')
    .description('list stored events (latest versions), oldest first, undated last')
    .option('--pair <pair>', 'only events between two countries, e.g. ISR-KAZ (either order)')
    .option('--type <type>', `an event type (${Object.keys(PLOVER_FAMILIES).join(', ')}) or a family (consult, …)`)
    .option('--from <date>', 'only events dated on or after YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <date>', 'only events dated on or before YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--limit <n>', 'at most this many events')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print a JSON array')
    .action(
      async (opts: {
        pair?: string
        type?: string
        from?: string
        to?: string
        limit?: string
        db?: string
        json?: boolean
      }) => {
        const pair = opts.pair === undefined ? undefined : pairOption(opts.pair)
        const type = opts.type === undefined ? {} : typeOption(opts.type)
        const from = opts.from === undefined ? undefined : dateOption(opts.from, 'from')
        const to = opts.to === undefined ? undefined : dateOption(opts.to, 'to')
        if (from && to && (firstDay(from) as string) > (lastDay(to) as string))
          throw new CliError(`--from ${from} is after --to ${to}`, EXIT.usage)
        const limit = opts.limit === undefined ? undefined : limitOption(opts.limit)
        await withStore(opts.db, io, async (store) => {
          const events = await store.listEvents({ pair, ...type, from, to, limit })
          if (opts.json) return println(io.stdout, JSON.stringify(events.map(storedEventJson), null, 2))
          if (events.length === 0) return println(io.stdout, 'no events')
          for (const line of eventLines(events, width(io))) println(io.stdout, line)
        })
      },
    )

  program
    .command('facts')
    .description('list stored facts (latest versions), newest documents first')
    .option('--pair <pair>', "only facts about two countries (the fact's own pair), e.g. ISR-KAZ (either order)")
    .option('--kind <kind>', `only facts of this kind (${factKinds().join(', ')})`)
    .option('--limit <n>', 'at most this many facts')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print a JSON array')
    .action(async (opts: { pair?: string; kind?: string; limit?: string; db?: string; json?: boolean }) => {
      const pair = opts.pair === undefined ? undefined : pairOption(opts.pair)
      const limit = opts.limit === undefined ? undefined : limitOption(opts.limit)
      const kindProblem = opts.kind === undefined ? undefined : factKindProblem(opts.kind)
      if (kindProblem) throw new CliError(kindProblem, EXIT.usage)
      await withStore(opts.db, io, async (store) => {
        const facts = await store.listFacts({ pair, kind: opts.kind, limit })
        if (opts.json) return println(io.stdout, JSON.stringify(facts.map(storedFactJson), null, 2))
        if (facts.length === 0) return println(io.stdout, 'no facts')
        for (const line of factLines(facts, width(io))) println(io.stdout, line)
      })
    })

  program
    .command('pair')
    .description('profile of a pair of countries: documents, events by family, the latest events and the facts')
    .argument('[pair]', 'two ISO3 codes joined by -, e.g. ISR-KAZ (either order); without it, list the known pairs')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (text: string | undefined, opts: { db?: string; json?: boolean }) => {
      const pair = text === undefined ? undefined : pairOption(text)
      const names = await countryNamer()
      await withStore(opts.db, io, async (store) => {
        if (!pair) {
          const pairs = await store.listPairs()
          if (opts.json) return println(io.stdout, JSON.stringify(pairs.map(pairSummaryJson), null, 2))
          if (pairs.length === 0) return println(io.stdout, 'no pairs yet (run "dyad ingest PATH")')
          const rows = pairs.map((p) => [
            pairKey(p.pair),
            `${names(p.pair[0])} – ${names(p.pair[1])}`,
            count(p.documents, 'document'),
            count(p.events, 'event'),
            count(p.facts, 'fact'),
          ])
          for (const r of align(rows)) println(io.stdout, r)
          return
        }
        const p = await store.pairProfile(pair, { events: 10 })
        if (p.documents === 0 && p.events === 0 && p.facts === 0) {
          // As the API answers: an unknown code is a mistake in the command, a known pair with nothing is a fact.
          const unknown = await unknownCountryCodes(pair)
          if (unknown.length > 0)
            throw new CliError(`unknown country code${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`, EXIT.usage)
          throw new CliError(`nothing is stored about ${pairKey(pair)}`, EXIT.failed)
        }
        if (opts.json) return println(io.stdout, JSON.stringify(pairProfileJson(p), null, 2))
        const out = (line = '') => println(io.stdout, line)
        out(`${names(pair[0])} – ${names(pair[1])} (${pairKey(pair)})`)
        out(`${count(p.documents, 'document')}, ${count(p.events, 'event')}, ${count(p.facts, 'fact')}`)
        out()
        out('events by family')
        if (p.events === 0) out('  none')
        else {
          const shown = p.families.filter((f) => f.events > 0)
          const w = Math.max(...shown.map((f) => f.family.length))
          for (const f of shown) out(`  ${f.family.replace('_', ' ').padEnd(w)}  ${String(f.events).padStart(4)}`)
        }
        out()
        out(p.events > p.lastEvents.length ? `last ${p.lastEvents.length} events` : 'events')
        if (p.lastEvents.length === 0) out('  none')
        for (const line of eventLines(p.lastEvents, width(io, 2))) out(`  ${line}`)
        // The key facts the profile page shows: each figure's latest period, whatever the first facts listed are.
        const keys = keyFacts(await store.pairLatestFacts(pair), p.pair)
        if (keys.length > 0) {
          out()
          out('key facts (latest period of each kind)')
          for (const k of keys) {
            const kind = `${k.subkind ? `${k.kind}/${k.subkind}` : k.kind}${k.subject ? ` (${k.subject})` : ''}`
            const shown = k.disagreements.slice(0, 10)
            const more = k.disagreements.length - shown.length
            const differing = k.disagreements.length
              ? `  — disputed: ${shown.map((d) => `${d.valueText} (${d.documentId})`).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
              : ''
            out(
              `  ${kind.padEnd(24)} ${[k.qualifier, k.valueText].filter(Boolean).join(' ')}${k.period ? ` (${k.period})` : ''}  ${k.sources.length} source${k.sources.length === 1 ? '' : 's'}${differing}`,
            )
          }
        }
        out()
        out(p.facts > p.factList.length ? `first ${p.factList.length} of ${p.facts} facts` : 'facts')
        if (p.factList.length === 0) out('  none')
        for (const line of factLines(p.factList, width(io, 2))) out(`  ${line}`)
      })
    })
}

function pairOption(text: string): Pair {
  try {
    return parsePair(text)
  } catch (e) {
    if (e instanceof PairError) throw new CliError(e.message, EXIT.usage)
    throw e
  }
}

function typeOption(text: string): { type: string } | { family: EventFamily } {
  const lower = text.toLowerCase().replace(/[ -]/g, '_')
  if (isEventFamily(lower)) return { family: lower }
  if (isEventType(text)) return { type: text.toUpperCase() }
  throw new CliError(
    `unknown event type '${text}': expected a type (${Object.keys(PLOVER_FAMILIES).join(', ')}) or a family (${EVENT_FAMILIES.join(', ')})`,
    EXIT.usage,
  )
}

function dateOption(text: string, flag: 'from' | 'to'): string {
  if (!isPartialDate(text))
    throw new CliError(`bad date '${text}' for --${flag}: expected YYYY, YYYY-MM or YYYY-MM-DD`, EXIT.usage)
  return text
}

function limitOption(text: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`--limit must be a positive whole number, not "${text}"`, EXIT.usage)
  return n
}

/** Columns left for text on a terminal (after an indent), or undefined when output is not a terminal: no truncation. */
function width(io: CliIo, indent = 0): number | undefined {
  if (!io.stdout.isTTY) return undefined
  return (io.stdout.columns ?? 80) - indent
}

async function countryNamer(): Promise<(code: string) => string> {
  // Loaded only by `dyad pair`: the package registers every locale on import.
  const { default: iso } = await import('i18n-iso-countries')
  return (code) => iso.getName(code, 'en') ?? code
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Pads every column but the last to its widest cell. */
function align(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = []
  for (const r of rows)
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, c.length)
    })
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i] ?? 0) : c)).join('  '))
}

/** Aligned columns, then the last one (the evidence) cut to the terminal width when there is one. */
function table(rows: readonly (readonly string[])[], columns: number | undefined): string[] {
  return align(rows).map((line) => fit(line, columns))
}

function fit(line: string, columns: number | undefined): string {
  if (columns === undefined || line.length <= columns) return line
  return `${line.slice(0, Math.max(columns - 1, 0))}…`
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

function actorLabel(code: string, name: string | null): string {
  return name && name !== code ? `${code} (${name})` : code
}

function eventLines(events: readonly StoredEvent[], columns: number | undefined): string[] {
  return table(
    events.map((e) => {
      const flags = [e.flags.negated && 'negated', e.flags.hedged && 'hedged', e.flags.future && 'future'].filter(
        Boolean,
      )
      const sources = [actorLabel(e.source, e.sourceActor), ...e.coSources].join(', ')
      const targets = [...(e.target === null ? [] : [actorLabel(e.target, e.targetActor)]), ...e.coTargets].join(', ')
      return [
        e.date === null ? '—' : e.dateEnd ? `${e.date}..${e.dateEnd}` : e.date,
        flags.length > 0 ? `${e.type} (${flags.join(', ')})` : e.type,
        `${sources} → ${targets || '—'}`,
        oneLine(e.evidenceText),
      ]
    }),
    columns,
  )
}

function factLines(facts: readonly StoredFact[], columns: number | undefined): string[] {
  return table(
    facts.map((f) => [
      f.subkind ? `${f.kind}/${f.subkind}` : f.kind,
      oneLine([f.qualifier, f.valueText].filter(Boolean).join(' ')),
      f.period ?? '—',
      f.pair ? `${f.pair[0]}-${f.pair[1]}` : '—',
      oneLine(f.evidenceText),
    ]),
    columns,
  )
}

async function withStore(db: string | undefined, io: CliIo, run: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(db, io, { create: false })
  try {
    await run(store)
  } finally {
    await store.close()
  }
}
