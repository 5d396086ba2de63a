import type { Command } from 'commander'
import { documentDetailJson, documentJson } from '../../api/dto.js'
import { SearchQueryError, type Store, type StoredDocument } from '../../store/store.js'
import { openStore } from '../db.js'
import { CliError, type CliIo, EXIT, println } from '../io.js'

/** `dyad docs`, `dyad show ID` and `dyad search QUERY`: read what was ingested. */
export function readCommands(program: Command, io: CliIo): void {
  program
    .command('docs')
    .description('list the latest version of each stored document')
    .option('--db <path>', 'database file (default: $DYAD_DB or ./dyad.db)')
    .option('--json', 'print a JSON array')
    .action(async (opts: { db?: string; json?: boolean }) =>
      withStore(opts.db, io, async (store) => {
        const docs = await store.listDocuments()
        if (opts.json) return println(io.stdout, JSON.stringify(docs.map(documentJson), null, 2))
        if (docs.length === 0) return println(io.stdout, 'no documents yet (run "dyad ingest PATH")')
        for (const d of docs) {
          const date = (d.publicationDate ?? '—').padEnd(10)
          println(io.stdout, `${d.id}  ${date}  ${d.sourceType.padEnd(12)}  ${d.title ?? '(no title)'}  ${d.source}`)
        }
      }),
    )

  program
    .command('show')
    .description('show a document: metadata and clean text (or --raw: the decoded text before cleaning)')
    .argument('<id>', 'document id (or a unique prefix of it)')
    .option('--db <path>', 'database file (default: $DYAD_DB or ./dyad.db)')
    .option('--json', 'print JSON')
    .option('--raw', 'show the decoded text before cleaning instead of the clean text')
    .action(async (id: string, opts: { db?: string; json?: boolean; raw?: boolean }) =>
      withStore(opts.db, io, async (store) => {
        const doc = await findDocument(store, id)
        if (opts.json)
          return println(io.stdout, JSON.stringify(documentDetailJson(doc, { raw: Boolean(opts.raw) }), null, 2))
        const m = doc.metadata
        const line = (k: string, v: string | null | undefined, rule: string | null) =>
          println(io.stdout, `${k.padEnd(17)} ${v ?? '—'}${rule ? `   [${rule}]` : ''}`)
        line('id', `${doc.id} (version ${doc.version})`, null)
        line('source', doc.source, null)
        line('title', m.title.value, m.title.rule)
        line('authors', m.authors.value.join(', ') || null, m.authors.rule)
        line('publication date', m.publicationDate.value?.value, m.publicationDate.rule)
        line('source type', [m.sourceType.value, m.sourceSubtype.value].filter(Boolean).join(' — '), m.sourceType.rule)
        line('source name', m.sourceName.value, m.sourceName.rule)
        line('language', m.language.value, m.language.rule)
        line('charset', doc.charset, null)
        println(io.stdout)
        println(io.stdout, opts.raw ? doc.rawText : doc.cleanText)
      }),
    )

  program
    .command('search')
    .description('full-text search over the clean text of the latest versions')
    .argument('<query>', 'words; "quoted phrases", OR, NOT, prefix* are understood')
    .option('--db <path>', 'database file (default: $DYAD_DB or ./dyad.db)')
    .option('--limit <n>', 'at most this many hits', '20')
    .option('--json', 'print JSON')
    .action(async (query: string, opts: { db?: string; json?: boolean; limit: string }) =>
      withStore(opts.db, io, async (store) => {
        const limit = Number(opts.limit)
        if (!Number.isInteger(limit) || limit < 1)
          throw new CliError(`--limit must be a positive whole number, not "${opts.limit}"`, 2)
        let hits: Awaited<ReturnType<Store['search']>>
        try {
          hits = await store.search(query, {
            limit,
            marks: opts.json ? ['<mark>', '</mark>'] : io.stdout.isTTY ? ['\u001b[1m', '\u001b[0m'] : ['[', ']'],
          })
        } catch (e) {
          if (e instanceof SearchQueryError) throw new CliError(e.message, 2)
          throw e
        }
        if (opts.json) return println(io.stdout, JSON.stringify(hits, null, 2))
        if (hits.length === 0) return println(io.stdout, 'no matches')
        for (const h of hits) {
          println(io.stdout, `${h.id}  ${h.title ?? '(no title)'}  ${h.source}`)
          println(io.stdout, `    ${h.snippet.replace(/\s+/g, ' ')}`)
        }
      }),
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

/** The fewest characters of an id `dyad show` takes as a prefix. */
const MIN_PREFIX = 4

async function findDocument(store: Store, id: string): Promise<StoredDocument> {
  const exact = await store.getDocument(id)
  if (exact) return exact
  if (id.length < MIN_PREFIX)
    throw new CliError(
      `no document "${id}"; a shortened id needs at least ${MIN_PREFIX} characters (see "dyad docs")`,
      EXIT.usage,
    )
  // Two are enough to tell a unique prefix from an ambiguous one.
  const matches = await store.listDocuments({ idPrefix: id, limit: 2 })
  if (matches.length === 1) return (await store.getDocument((matches[0] as { id: string }).id)) as StoredDocument
  if (matches.length > 1) throw new CliError(`"${id}" matches more than one document; give more of the id`)
  throw new CliError(`no document "${id}" (see "dyad docs")`)
}
