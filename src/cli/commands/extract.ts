import { mkdir, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { Command } from 'commander'
import { type ExtractionJson, extractionJson } from '../../api/dto.js'
import { extractDocument } from '../../pipeline/extract.js'
import { readInput } from '../../source/read-inputs.js'
import { LIMIT_HINT, MAX_DOCUMENT_OPTION, maxDocumentBytes } from '../document-limit.js'
import { type CliIo, EXIT, println } from '../io.js'

/** `dyad extract FILE...`: the whole pipeline on files, without a database; JSON to stdout or one file per input. */
export function extractCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('run the whole pipeline on files without a database and print (or write) the extraction as JSON')
    .argument('<files...>', 'documents to read (.txt, .md, .html; "-" for stdin)')
    .option('--out <dir>', 'write <name>.json per input into this folder instead of printing')
    .option('--json', 'print JSON (the default when --out is not given)')
    .option(...MAX_DOCUMENT_OPTION)
    .action(async (files: string[], opts: { out?: string; json?: boolean; maxDocumentMb?: string }) => {
      const maxBytes = maxDocumentBytes(opts.maxDocumentMb, io)
      if (opts.out) await mkdir(opts.out, { recursive: true })
      const printed: ExtractionJson[] = []
      for (const file of files) {
        const item = await readInput(file, { maxBytes, hint: LIMIT_HINT })
        if (!item.ok) {
          println(io.stderr, `dyad extract: ${item.origin}: ${item.error}`)
          setExit(EXIT.failed)
          continue
        }
        let json: ExtractionJson
        try {
          json = extractionJson(basename(file), extractDocument(item.raw))
        } catch (e) {
          println(io.stderr, `dyad extract: ${file}: ${e instanceof Error ? e.message : String(e)}`)
          setExit(EXIT.failed)
          continue
        }
        if (opts.out) {
          const name = file === '-' ? 'stdin' : basename(file, extname(file))
          await writeFile(join(opts.out, `${name}.json`), `${JSON.stringify(json, null, 1)}\n`)
        } else printed.push(json)
      }
      if (!opts.out) println(io.stdout, JSON.stringify(files.length === 1 ? (printed[0] ?? null) : printed, null, 1))
    })
}
