import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { Command } from 'commander'
import { GoldDocument, type Prediction } from '../../eval/gold.js'
import { type DocScore, scoreDocument, summarise } from '../../eval/score.js'
import { prepareDocument } from '../../pipeline/prepare.js'
import { CliError, type CliIo, println } from '../io.js'

/** Builds the prediction for one document file, as `dyad extract` will print it. */
export async function predictFile(path: string): Promise<{ prediction: Prediction; decodedText: string }> {
  const bytes = await readFile(path)
  const p = prepareDocument({ origin: path, mediaType: /\.html?$/i.test(path) ? 'text/html' : 'text/plain', bytes })
  const m = p.metadata
  const prediction: Prediction = {
    doc: basename(path),
    title: m.title.value,
    authors: m.authors.value,
    publication_date: m.publicationDate.value?.value ?? null,
    source_type: m.sourceType.value,
    language: m.language.value,
    clean_text: p.clean.text,
    events: [],
    facts: [],
  }
  return { prediction, decodedText: p.rawText }
}

/** `dyad eval --docs DIR --gold DIR`: runs the pipeline on every document and scores it against the gold, in memory. */
export function evalCommand(program: Command, io: CliIo): void {
  program
    .command('eval')
    .description('score the pipeline on a folder of documents against a folder of gold annotations')
    .requiredOption('--docs <dir>', 'folder of documents (<name>.txt)')
    .requiredOption('--gold <dir>', 'folder of gold files (<name>.json)')
    .option('--out <dir>', 'also write each prediction as <name>.json (the reference scorer reads this folder)')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { docs: string; gold: string; out?: string; json?: boolean }) => {
      for (const dir of [opts.docs, opts.gold])
        if (!existsSync(dir))
          throw new CliError(`no evaluation set at ${dir} (the dev set lives in ../shared/eval beside a checkout)`, 2)
      const golds = (await readdir(opts.gold)).filter((f) => f.endsWith('.json')).sort()
      const docFiles = await readdir(opts.docs)
      if (opts.out) await mkdir(opts.out, { recursive: true })
      const perDoc: Record<string, DocScore> = {}
      for (const g of golds) {
        const name = basename(g, '.json')
        const gold = GoldDocument.safeParse(JSON.parse(await readFile(join(opts.gold, g), 'utf8')))
        if (!gold.success)
          throw new CliError(`gold file ${g} is malformed: ${gold.error.issues[0]?.message ?? 'invalid'}`)
        const docFile = docFiles.find((f) => basename(f, extname(f)) === name)
        if (!docFile) throw new CliError(`no document for gold file ${g} in ${opts.docs}`)
        const { prediction, decodedText } = await predictFile(join(opts.docs, docFile))
        if (opts.out) await writeFile(join(opts.out, `${name}.json`), `${JSON.stringify(prediction, null, 1)}\n`)
        perDoc[g] = scoreDocument(gold.data, prediction, decodedText)
      }
      const summary = summarise(Object.values(perDoc))
      if (opts.json) return println(io.stdout, JSON.stringify({ per_doc: perDoc, summary }, null, 1))
      const yes = (b: boolean) => (b ? 'ok' : 'X ')
      for (const [name, s] of Object.entries(perDoc)) {
        println(
          io.stdout,
          `${name.padEnd(42)} pubdate ${yes(s.pubdate_ok)} | title ${yes(s.title_ok)} | author ${yes(s.author_ok)} | type ${yes(s.source_type_ok)} | boilerplate left ${s.clean.boilerplate_total - s.clean.boilerplate_removed}/${s.clean.boilerplate_total} | repairs ${s.repairs.done}/${s.repairs.total}`,
        )
        for (const l of s.clean.left) println(io.stdout, `    left: ${JSON.stringify(l)}`)
        for (const r of s.repairs.missed) println(io.stdout, `    repair missed: ${JSON.stringify(r)}`)
      }
      println(io.stdout, JSON.stringify(summary, null, 1))
    })
}
