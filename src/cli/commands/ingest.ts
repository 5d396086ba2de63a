import { SingleBar } from 'cli-progress'
import type { Command } from 'commander'
import { type IngestOutcome, ingestBatch } from '../../pipeline/ingest.js'
import { expandPaths, type InputItem, readInput } from '../../source/read-inputs.js'
import { StoreUnavailableError } from '../../store/store.js'
import { openStore } from '../db.js'
import { LIMIT_HINT, MAX_DOCUMENT_OPTION, maxDocumentBytes } from '../document-limit.js'
import { CliError, type CliIo, EXIT, println } from '../io.js'

/** At most this many inputs, or this many bytes of them, are stored in one transaction (one commit). */
const BATCH_INPUTS = 64
const BATCH_BYTES = 8 * 1024 * 1024

/** `dyad ingest PATH...`: reads files, folders and stdin into the store; one bad input never stops the batch. */
export function ingestCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('ingest .txt, .md and .html files and folders (recursively); "-" reads stdin')
    .argument('<paths...>', 'files, folders or - for stdin')
    .option('--db <path>', 'database file (default: $DYAD_DB or ./dyad.db)')
    .option('--json', 'print one JSON object per input instead of the summary')
    .option(...MAX_DOCUMENT_OPTION)
    .action(async (paths: string[], opts: { db?: string; json?: boolean; maxDocumentMb?: string }) => {
      const maxBytes = maxDocumentBytes(opts.maxDocumentMb, io)
      const listed = await expandPaths(paths)
      // An empty folder is a mistake worth a word, not a silent success (and no database is made for it).
      if (listed.length === 0)
        throw new CliError(`nothing to ingest: no .txt, .md or .html file in ${paths.join(', ')}`, EXIT.failed)
      const store = await openStore(opts.db, io, { create: true })
      // Ctrl-C (or SIGTERM) stops reading inputs: the inputs already read are stored (one last batch), the summary
      // says how far it got, and the exit code is 130. A second Ctrl-C stops at once, which loses nothing committed
      // either: the open transaction is rolled back when the database is next opened.
      let interrupted: NodeJS.Signals | undefined
      const interrupt = (signal: NodeJS.Signals) => {
        if (interrupted) process.exit(EXIT.interrupted)
        interrupted = signal
        println(io.stderr, `dyad: ${signal}: storing the inputs already read, then stopping (again to stop at once)`)
      }
      process.on('SIGINT', interrupt)
      process.on('SIGTERM', interrupt)
      const outcomes: IngestOutcome[] = []
      let read = 0
      try {
        const tty = Boolean(io.stderr.isTTY) && !opts.json
        const bar = tty
          ? new SingleBar({
              stream: io.stderr,
              format: 'ingest [{bar}] {value}/{total} {file}',
              hideCursor: true,
              clearOnComplete: true,
            })
          : undefined
        bar?.start(listed.length, 0, { file: '' })
        // Inputs are stored in batches, one commit each; an outcome is reported once its batch is committed.
        let batch: InputItem[] = []
        let bytes = 0
        const flush = async () => {
          let done: IngestOutcome[]
          try {
            done = await ingestBatch(batch, store)
          } catch (e) {
            if (!(e instanceof StoreUnavailableError)) throw e
            bar?.stop()
            // The database cannot be written (or read): every later batch would fail the same way.
            const before = outcomes.filter((o) => o.status === 'ingested' || o.status === 'reextracted').length
            const left = listed.length - read
            throw new CliError(
              `${e.message}; nothing of this batch of ${plural(batch.length, 'input')} was stored` +
                ` (${before} stored before it${left > 0 ? `, ${left} not read` : ''})`,
            )
          }
          for (const outcome of done) {
            outcomes.push(outcome)
            if (opts.json) println(io.stdout, JSON.stringify(outcome))
            else if (bar) bar.increment(1, { file: shortName(outcome.origin) })
            else println(io.stderr, describe(outcome))
          }
          batch = []
          bytes = 0
        }
        for (const entry of listed) {
          if (interrupted) break
          const item: InputItem =
            'path' in entry ? await readInput(entry.path, { maxBytes, hint: LIMIT_HINT }) : { ok: false, ...entry }
          read++
          batch.push(item)
          bytes += item.ok ? item.raw.bytes.length : 0
          if (batch.length >= BATCH_INPUTS || bytes >= BATCH_BYTES) await flush()
        }
        if (batch.length > 0) await flush()
        bar?.stop()
        // Statistics from an emptier database would steer the planner away from the indexes.
        if (!interrupted && outcomes.some((o) => o.status !== 'failed' && o.status !== 'unchanged'))
          await store.optimize()
        if (tty) for (const o of outcomes.filter((x) => x.status === 'failed')) println(io.stderr, describe(o))
        const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length
        if (!opts.json) {
          println(
            io.stdout,
            `ingested ${count('ingested')}, ${count('reextracted') > 0 ? `re-extracted ${count('reextracted')}, ` : ''}unchanged ${count('unchanged')}, failed ${count('failed')}`,
          )
          for (const o of outcomes) if (o.status === 'failed') println(io.stdout, `  failed: ${o.origin}: ${o.error}`)
        }
        if (interrupted) {
          println(
            io.stderr,
            `dyad: interrupted (${interrupted}) after ${read} of ${plural(listed.length, 'input')}: each one reported` +
              ` above is stored; ${listed.length - read} not read (run the same command again to ingest them)`,
          )
          setExit(EXIT.interrupted)
        }
        if (count('failed') > 0) setExit(EXIT.failed)
      } finally {
        process.off('SIGINT', interrupt)
        process.off('SIGTERM', interrupt)
        await store.close()
      }
    })
}

function describe(o: IngestOutcome): string {
  if (o.status === 'failed') return `failed     ${o.origin}: ${o.error}`
  const found = o.events === undefined ? '' : `  (${plural(o.events, 'event')}, ${plural(o.facts ?? 0, 'fact')})`
  return `${o.status.padEnd(10)} ${o.documentId} v${o.version} ${o.origin}${o.title ? `  "${o.title}"` : ''}${found}`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function shortName(p: string): string {
  return p.length > 40 ? `…${p.slice(-39)}` : p
}
