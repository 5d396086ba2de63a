import type { Command } from 'commander'
import { explainText, OUTCOMES } from '../../pipeline/explain.js'
import { extractionInput } from '../../pipeline/extract.js'
import { prepareDocument } from '../../pipeline/prepare.js'
import { readInput } from '../../source/read-inputs.js'
import { LIMIT_HINT, MAX_DOCUMENT_OPTION, maxDocumentBytes } from '../document-limit.js'
import { CliError, type CliIo, println } from '../io.js'

/** A whole number from a command-line option, or a usage error naming the option. */
function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new CliError(`${name} takes a whole number, not ${JSON.stringify(value)}`, 2)
  return Number(value)
}

/** `dyad explain FILE [--sentence N | --at OFFSET]`: how every trigger of a sentence was read, and why. */
export function explainCommand(program: Command, io: CliIo): void {
  program
    .command('explain')
    .description(
      'show, sentence by sentence, the tokens, the triggers that fired, the rules that found each party and date, and why a trigger gave no event',
    )
    .argument('<file>', 'a document (.txt, .md, .html; "-" for stdin)')
    .option('--sentence <n>', 'only sentence N (counted from 1, as printed)')
    .option('--at <offset>', 'only the sentence holding this offset of the clean text')
    .option('--json', 'print JSON')
    .option(...MAX_DOCUMENT_OPTION)
    .action(async (file: string, opts: { sentence?: string; at?: string; json?: boolean; maxDocumentMb?: string }) => {
      const maxBytes = maxDocumentBytes(opts.maxDocumentMb, io)
      const sentence = wholeNumber('--sentence', opts.sentence)
      const at = wholeNumber('--at', opts.at)
      if (sentence !== undefined && at !== undefined) throw new CliError('give --sentence or --at, not both', 2)
      const item = await readInput(file, { maxBytes, hint: LIMIT_HINT })
      if (!item.ok) throw new CliError(`${item.origin}: ${item.error}`, 1)
      let prepared: ReturnType<typeof prepareDocument>
      try {
        prepared = prepareDocument(item.raw)
      } catch (e) {
        throw new CliError(`${file}: ${e instanceof Error ? e.message : String(e)}`, 1)
      }
      const explained = explainText(extractionInput(prepared.clean.text, prepared.metadata), { sentence, at })
      if (explained.length === 0 && (sentence !== undefined || at !== undefined))
        throw new CliError(
          `${file}: no sentence ${sentence !== undefined ? `number ${sentence}` : `at offset ${at}`}`,
          2,
        )
      if (opts.json) return println(io.stdout, JSON.stringify(explained, null, 1))
      println(
        io.stdout,
        `${file}: publication date ${prepared.metadata.publicationDate.value?.value ?? 'none'}, language ${prepared.metadata.language.value}`,
      )
      for (const s of explained) {
        println(io.stdout, `\n[${s.number}] ${s.start}-${s.end}  ${s.text}`)
        if (s.headline) println(io.stdout, '  headline: restates the lead, gives no events')
        println(io.stdout, `  tokens: ${s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`).join(' ')}`)
        if (s.actors.length > 0)
          println(io.stdout, `  actors: ${s.actors.map((a) => `${a.text}=${a.actor} (${a.rule})`).join('; ')}`)
        if (s.times.length > 0)
          println(io.stdout, `  dates: ${s.times.map((t) => `${t.text}=${t.date} (${t.rule})`).join('; ')}`)
        if (s.triggers.length === 0 && !s.headline) println(io.stdout, '  no trigger')
        for (const t of s.triggers) {
          const parties = t.source ? ` ${t.source}→${t.target ?? '—'}` : ''
          const roles = t.how ? ` | roles ${t.how}` : ''
          const date =
            t.outcome === 'event' || t.outcome === 'merged'
              ? ` | date ${t.date ?? 'none'} (${t.dateRule ?? 'none'})`
              : ''
          println(
            io.stdout,
            `  trigger "${t.text}" ${t.trigger} ${t.type}: ${OUTCOMES[t.outcome]}${parties}${roles}${date}`,
          )
        }
      }
    })
}
