import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { Command } from 'commander'
import { type EventJson, extractionJson } from '../../api/dto.js'
import {
  BankError,
  type BankItem,
  type BankReport,
  bankMarkdown,
  parseBank,
  scoreBankItem,
  summariseBank,
} from '../../eval/bank.js'
import { GoldDocument } from '../../eval/gold.js'
import { diagnoseEvents, evidenceSpan, liesOn, type Miss, type MissReport, missReport } from '../../eval/misses.js'
import {
  checkDocument,
  type DocChecks,
  type DocScore,
  type EvalReport,
  type FamilyCounts,
  factsByKind,
  familyRatios,
  type KindCounts,
  mergeFamilies,
  mergeKinds,
  type Ratios,
  removalsByRule,
  scoreDocument,
  summarise,
} from '../../eval/score.js'
import { extractDocument } from '../../pipeline/extract.js'
import { InputError } from '../../pipeline/prepare.js'
import { mediaTypeOf } from '../../source/read-inputs.js'
import { familyLine, figuresTable, kindLine, missLines } from '../eval-report.js'
import { CliError, type CliIo, println } from '../io.js'

interface EvalOptions {
  docs?: string
  gold?: string
  bank?: string
  out?: string
  json?: boolean
  verbose?: boolean
}

/** The documents run: the reference scorer's report, Dyad's own checks, recall per family and the misses. */
interface DocsRun extends EvalReport {
  readonly checks: Readonly<Record<string, DocChecks>>
  readonly recall_by_family: Readonly<Record<string, string>>
  /** Facts found, required and falsely predicted, by kind. */
  readonly facts_by_kind: Readonly<Record<string, KindCounts>>
  readonly misses: MissReport
}

/** `dyad eval`: extracts documents and/or the items of a sentence bank and scores them against their gold, in memory. */
export function evalCommand(program: Command, io: CliIo): void {
  program
    .command('eval')
    .description('extract documents (or sentence-bank items) and score them against gold annotations')
    .option('--docs <dir>', 'folder of documents (<name>.txt); with --gold')
    .option('--gold <dir>', 'folder of gold files (<name>.json); with --docs')
    .option('--bank <file>', 'a sentence bank (JSON Lines), scored as its score.py scores it')
    .option(
      '--out <dir>',
      'also write each prediction: <name>.json per document, bank/<id>.md and bank/<id>.json per item',
    )
    .option(
      '--json',
      'print the scores as JSON, in the reference scorer\'s structure (plus "checks", "misses", "bank")',
    )
    .option('--verbose', 'list every missed gold event on its own line')
    .action(async (opts: EvalOptions) => {
      if (!opts.docs && !opts.gold && !opts.bank)
        throw new CliError('nothing to score: give --docs DIR --gold DIR, --bank FILE.jsonl, or both', 2)
      if (Boolean(opts.docs) !== Boolean(opts.gold)) throw new CliError('--docs and --gold go together', 2)
      for (const dir of [opts.docs, opts.gold])
        if (dir !== undefined && !existsSync(dir))
          throw new CliError(`no evaluation set at ${dir} (the dev set lives in ../shared/eval beside a checkout)`, 2)
      // The bank is read before any extraction, so that a malformed line fails at once.
      const items = opts.bank === undefined ? undefined : await readBank(opts.bank)
      if (opts.out) await mkdir(opts.out, { recursive: true })
      const docs = opts.docs && opts.gold ? await evalDocs(opts.docs, opts.gold, opts.out) : undefined
      const bank = items ? await evalBank(items, opts.out) : undefined
      if (opts.json) return println(io.stdout, JSON.stringify({ ...docs, ...(bank ? { bank } : {}) }, null, 1))
      const verbose = opts.verbose === true
      if (docs) printDocs(io, docs, verbose)
      if (docs && bank) println(io.stdout)
      if (bank) printBank(io, opts.bank as string, bank, verbose)
      println(io.stdout)
      const summary = docs?.summary as Readonly<Record<string, Ratios>> | undefined
      const table = figuresTable({
        ...(docs && summary
          ? {
              documents: {
                events: summary.events as Ratios,
                no_date: summary.events_no_date as Ratios,
                strict: summary.events_strict_type as Ratios,
                facts: summary.facts as Ratios,
                misses: docs.misses,
              },
            }
          : {}),
        ...(bank ? { 'sentence bank': bank } : {}),
      })
      for (const line of table) println(io.stdout, line)
    })
}

async function readBank(file: string): Promise<BankItem[]> {
  if (!existsSync(file))
    throw new CliError(
      `no sentence bank at ${file} (the dev bank lives in ../shared/eval/sentences beside a checkout)`,
      2,
    )
  try {
    return parseBank(await readFile(file, 'utf8'))
  } catch (e) {
    if (e instanceof BankError) throw new CliError(`${file}: ${e.message}`, 2)
    throw e
  }
}

async function evalDocs(docsDir: string, goldDir: string, out: string | undefined): Promise<DocsRun> {
  const golds = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort()
  const docFiles = await readdir(docsDir)
  const perDoc: Record<string, DocScore> = {}
  const checks: Record<string, DocChecks> = {}
  const families: FamilyCounts[] = []
  const misses: Miss[] = []
  const kinds: Record<string, KindCounts>[] = []
  for (const g of golds) {
    const name = basename(g, '.json')
    let json: unknown
    try {
      json = JSON.parse(await readFile(join(goldDir, g), 'utf8'))
    } catch (e) {
      throw new CliError(`gold file ${g} is not JSON (${(e as Error).message})`, 2)
    }
    const parsed = GoldDocument.safeParse(json)
    if (!parsed.success)
      throw new CliError(`gold file ${g} is malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`, 2)
    const gold = parsed.data
    const docFile = docFiles.find((f) => basename(f, extname(f)) === name)
    if (!docFile) throw new CliError(`no document for gold file ${g} in ${docsDir}`)
    const path = join(docsDir, docFile)
    const x = extractDocument({ origin: path, mediaType: mediaTypeOf(path), bytes: await readFile(path) })
    const prediction = extractionJson(docFile, x)
    if (out) await writeFile(join(out, `${name}.json`), `${JSON.stringify(prediction, null, 1)}\n`)
    perDoc[g] = scoreDocument(gold, prediction)
    checks[g] = checkDocument(gold, prediction, x.prepared.rawText, x.prepared.clean.removals)
    kinds.push(factsByKind(gold, prediction))
    const spans = gold.events.map((e) =>
      e.evidence ? evidenceSpan(e.evidence, x.prepared.clean, x.prepared.rawText) : null,
    )
    const found = diagnoseEvents(
      gold.events,
      prediction.events,
      (i, j) => liesOn(prediction.events[j] as EventJson, spans[i] ?? null, gold.events[i]?.evidence ?? ''),
      (e, i) => `${name}:${e.id ?? `#${i + 1}`}`,
    )
    families.push(found.families)
    misses.push(...found.misses)
  }
  return {
    ...summarise(perDoc),
    checks,
    recall_by_family: familyRatios(mergeFamilies(families)),
    facts_by_kind: mergeKinds(kinds),
    misses: missReport(misses),
  }
}

async function evalBank(items: readonly BankItem[], out: string | undefined): Promise<BankReport> {
  const dir = out && join(out, 'bank')
  if (dir) await mkdir(dir, { recursive: true })
  const scores = []
  for (const item of items) {
    const file = `${item.id}.md`
    const markdown = bankMarkdown(item)
    let prediction: ReturnType<typeof extractionJson> | { clean_text: string; events: [] }
    try {
      const x = extractDocument({ origin: file, mediaType: mediaTypeOf(file), bytes: Buffer.from(markdown, 'utf8') })
      prediction = extractionJson(file, x)
    } catch (e) {
      // An item the pipeline refuses (nothing left after cleaning) predicts nothing, as a missing file does for score.py.
      if (!(e instanceof InputError)) throw e
      prediction = { clean_text: '', events: [] }
    }
    if (dir) {
      await writeFile(join(dir, file), markdown)
      await writeFile(join(dir, `${item.id}.json`), `${JSON.stringify(prediction, null, 1)}\n`)
    }
    scores.push(scoreBankItem(item, prediction))
  }
  return summariseBank(scores)
}

function printDocs(io: CliIo, run: DocsRun, verbose: boolean): void {
  const yes = (b: boolean) => (b ? 'ok' : 'X')
  for (const [name, r] of Object.entries(run.per_doc)) {
    const c = run.checks[name] as DocChecks
    const e = r.events
    const f = r.facts
    println(
      io.stdout,
      `${name.padEnd(42)} events found ${e.gold_found}/${e.gold_required} fp ${String(e.fp).padStart(3)} | facts found ${f.gold_found}/${f.gold_required} fp ${String(f.fp).padStart(3)} | pubdate ${yes(r.pubdate_ok)} | title ${yes(c.title_ok)} author ${yes(c.author_ok)} type ${yes(c.source_type_ok)} | boilerplate left ${c.boilerplate_left.length}/${r.clean.boilerplate_total} | repairs ${c.repairs.done}/${c.repairs.total}`,
    )
    for (const l of c.boilerplate_left) println(io.stdout, `    left: ${JSON.stringify(l)}`)
    const byRule = ruleCounts(removalsByRule([c]))
    if (byRule) println(io.stdout, `    boilerplate removed by rule: ${byRule}`)
    if (verbose)
      for (const r of c.boilerplate_removed_by)
        println(io.stdout, `    removed by ${r.rule}: ${JSON.stringify(r.line)}`)
    for (const m of c.repairs.missed) println(io.stdout, `    repair missed: ${JSON.stringify(m)}`)
  }
  println(io.stdout, JSON.stringify(run.summary, null, 1))
  const t = run.total as Record<string, number & Record<string, number>>
  println(
    io.stdout,
    `hallucinated dates on undated gold events: ${t.hallucinated_dates} | boilerplate facts emitted: ${t.boilerplate_facts_emitted} | dyad flag agreement: ${t.dyad_flag?.agree}/${t.dyad_flag?.n}`,
  )
  const all = Object.values(run.checks)
  const rate = (f: (c: DocChecks) => boolean) => `${all.filter(f).length}/${all.length}`
  println(
    io.stdout,
    `boilerplate lines removed: ${t.clean?.boilerplate_removed}/${t.clean?.boilerplate_total} | repairs ${all.reduce((a, c) => a + c.repairs.done, 0)}/${all.reduce((a, c) => a + c.repairs.total, 0)} | title ${rate((c) => c.title_ok)} | author ${rate((c) => c.author_ok)} | source type ${rate((c) => c.source_type_ok)} | language ${rate((c) => c.language_ok)}`,
  )
  println(io.stdout, `boilerplate lines removed by rule: ${ruleCounts(removalsByRule(all)) || 'none'}`)
  for (const line of metadataMissLines(run.checks)) println(io.stdout, line)
  println(io.stdout, familyLine(run.recall_by_family))
  println(io.stdout, kindLine(run.facts_by_kind))
  for (const line of missLines(run.misses, verbose)) println(io.stdout, line)
}

/** Every publication date, source type and title read wrong: predicted against gold, and the rule that decided. */
export function metadataMissLines(checks: Readonly<Record<string, DocChecks>>): string[] {
  const misses = Object.entries(checks).flatMap(([doc, c]) => c.metadata_misses.map((m) => ({ doc, ...m })))
  const lines = [`metadata misses: ${misses.length === 0 ? 'none' : misses.length}`]
  for (const field of ['publication_date', 'source_type', 'title'] as const)
    for (const m of misses.filter((x) => x.field === field))
      lines.push(
        `    ${field} ${m.doc.replace(/\.json$/u, '')}: predicted ${JSON.stringify(m.predicted)} gold ${JSON.stringify(m.gold)} (rule ${m.rule ?? 'none'})`,
      )
  return lines
}

function ruleCounts(counts: readonly [string, number][]): string {
  return counts.map(([rule, n]) => `${rule} ${n}`).join(' | ')
}

function printBank(io: CliIo, file: string, bank: BankReport, verbose: boolean): void {
  const prf = (r: Ratios) => `P ${r.precision} R ${r.recall} F1 ${r.f1}`
  println(io.stdout, `sentence bank ${file}: ${bank.items} items`)
  println(io.stdout, `events ${prf(bank.events)} | no date ${prf(bank.no_date)} | strict type ${prf(bank.strict)}`)
  println(io.stdout, familyLine(bank.recall_by_family))
  println(
    io.stdout,
    `negatives with a false event: ${bank.negatives_with_false_event} | dates put on undated gold events: ${bank.hallucinated_dates}`,
  )
  for (const line of missLines(bank.misses, verbose)) println(io.stdout, line)
}
