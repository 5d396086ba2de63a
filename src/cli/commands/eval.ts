import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { Command } from 'commander'
import { extractionJson } from '../../api/dto.js'
import { GoldDocument } from '../../eval/gold.js'
import { checkDocument, type DocChecks, type DocScore, scoreDocument, summarise } from '../../eval/score.js'
import { extractDocument } from '../../pipeline/extract.js'
import { mediaTypeOf } from '../../source/read-inputs.js'
import { CliError, type CliIo, println } from '../io.js'

/** `dyad eval --docs DIR --gold DIR`: extracts every document and scores it against the gold, in memory. */
export function evalCommand(program: Command, io: CliIo): void {
  program
    .command('eval')
    .description('extract every document of a folder and score it against a folder of gold annotations')
    .requiredOption('--docs <dir>', 'folder of documents (<name>.txt)')
    .requiredOption('--gold <dir>', 'folder of gold files (<name>.json)')
    .option('--out <dir>', 'also write each prediction as <name>.json (the reference scorer reads this folder)')
    .option('--json', 'print the scores as JSON, in the reference scorer\'s structure (plus "checks")')
    .action(async (opts: { docs: string; gold: string; out?: string; json?: boolean }) => {
      for (const dir of [opts.docs, opts.gold])
        if (!existsSync(dir))
          throw new CliError(`no evaluation set at ${dir} (the dev set lives in ../shared/eval beside a checkout)`, 2)
      const golds = (await readdir(opts.gold)).filter((f) => f.endsWith('.json')).sort()
      const docFiles = await readdir(opts.docs)
      if (opts.out) await mkdir(opts.out, { recursive: true })
      const perDoc: Record<string, DocScore> = {}
      const checks: Record<string, DocChecks> = {}
      for (const g of golds) {
        const name = basename(g, '.json')
        const parsed = GoldDocument.safeParse(JSON.parse(await readFile(join(opts.gold, g), 'utf8')))
        if (!parsed.success)
          throw new CliError(`gold file ${g} is malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
        const docFile = docFiles.find((f) => basename(f, extname(f)) === name)
        if (!docFile) throw new CliError(`no document for gold file ${g} in ${opts.docs}`)
        const path = join(opts.docs, docFile)
        const x = extractDocument({ origin: path, mediaType: mediaTypeOf(path), bytes: await readFile(path) })
        const prediction = extractionJson(docFile, x)
        if (opts.out) await writeFile(join(opts.out, `${name}.json`), `${JSON.stringify(prediction, null, 1)}\n`)
        perDoc[g] = scoreDocument(parsed.data, prediction)
        checks[g] = checkDocument(parsed.data, prediction, x.prepared.rawText)
      }
      const report = summarise(perDoc)
      if (opts.json) return println(io.stdout, JSON.stringify({ ...report, checks }, null, 1))
      const yes = (b: boolean) => (b ? 'ok' : 'X')
      for (const [name, r] of Object.entries(perDoc)) {
        const c = checks[name] as DocChecks
        const e = r.events
        const f = r.facts
        println(
          io.stdout,
          `${name.padEnd(42)} events found ${e.gold_found}/${e.gold_required} fp ${String(e.fp).padStart(3)} | facts found ${f.gold_found}/${f.gold_required} fp ${String(f.fp).padStart(3)} | pubdate ${yes(r.pubdate_ok)} | title ${yes(c.title_ok)} author ${yes(c.author_ok)} type ${yes(c.source_type_ok)} | boilerplate left ${c.boilerplate_left.length}/${r.clean.boilerplate_total} | repairs ${c.repairs.done}/${c.repairs.total}`,
        )
        for (const l of c.boilerplate_left) println(io.stdout, `    left: ${JSON.stringify(l)}`)
        for (const m of c.repairs.missed) println(io.stdout, `    repair missed: ${JSON.stringify(m)}`)
      }
      println(io.stdout, JSON.stringify(report.summary, null, 1))
      const t = report.total as Record<string, number & Record<string, number>>
      println(
        io.stdout,
        `hallucinated dates on undated gold events: ${t.hallucinated_dates} | boilerplate facts emitted: ${t.boilerplate_facts_emitted} | dyad flag agreement: ${t.dyad_flag?.agree}/${t.dyad_flag?.n}`,
      )
      const all = Object.values(checks)
      const rate = (f: (c: DocChecks) => boolean) => `${all.filter(f).length}/${all.length}`
      println(
        io.stdout,
        `boilerplate lines removed: ${t.clean?.boilerplate_removed}/${t.clean?.boilerplate_total} | repairs ${all.reduce((a, c) => a + c.repairs.done, 0)}/${all.reduce((a, c) => a + c.repairs.total, 0)} | title ${rate((c) => c.title_ok)} | author ${rate((c) => c.author_ok)} | source type ${rate((c) => c.source_type_ok)} | language ${rate((c) => c.language_ok)}`,
      )
    })
}
