import { createHash } from 'node:crypto'
import type { RawDocument } from '../core/types.js'
import { extract } from '../extract/index.js'
import type { InputItem } from '../source/read-inputs.js'
import { type NewDocumentVersion, type SaveResult, type Store, StoreUnavailableError } from '../store/store.js'
import { type Extraction, extractDocument, extractionInput } from './extract.js'
import { extractorVersion } from './extractor-version.js'
import { contentHash } from './prepare.js'

/** What happened to one input of an ingest. */
export type IngestOutcome =
  | {
      readonly origin: string
      readonly status: 'ingested' | 'unchanged' | 'reextracted'
      readonly documentId: string
      readonly version: number
      readonly title: string | null
      /** What extraction found in a newly stored version (absent when the bytes were already stored). */
      readonly events?: number
      readonly facts?: number
    }
  | { readonly origin: string; readonly status: 'failed'; readonly error: string }

/** The stable id of a document: the same source (URL, else absolute path; stdin: the bytes) always gets the same id. */
export function documentIdFor(origin: string, sourceUrl: string | null, hash: string): string {
  const key = sourceUrl ?? (origin === '-' ? `stdin:${hash}` : `file:${origin}`)
  return createHash('sha256').update(key).digest('hex').slice(0, 12)
}

/** How a raw document is read: `extractDocument` here, or the same on another thread (extract-thread.ts). */
export type ReadDocument = (raw: RawDocument) => Extraction | Promise<Extraction>

/** An input read and extracted, waiting to be stored: the version to save and what to report once it is. */
interface PendingSave {
  readonly version: NewDocumentVersion
  readonly outcome: (saved: SaveResult) => IngestOutcome
}

/** What reading an input gives: an outcome already (failed, unchanged, re-extracted), or a version to save. */
type Prepared = { readonly done: IngestOutcome } | { readonly save: PendingSave; readonly hash: string }

/**
 * Ingests one input: unchanged bytes are recognised by their hash before any work; anything else is decoded, cleaned,
 * described, extracted and stored as a new version with its mentions, events, facts and entities in one transaction.
 * A failure is recorded and reported, never thrown.
 */
export async function ingestOne(
  item: InputItem,
  store: Store,
  now: () => Date = () => new Date(),
  extractor: string = extractorVersion(),
  read: ReadDocument = extractDocument,
): Promise<IngestOutcome> {
  const [outcome] = await ingestBatch([item], store, now, extractor, read)
  return outcome as IngestOutcome
}

/**
 * Ingests several inputs as `ingestOne` does each, storing the new versions in one transaction (one commit for the
 * batch, which is what storing costs most), each in a savepoint of its own: a version that fails to save is rolled
 * back alone, recorded and reported failed, and the others are stored. Outcomes come in the order of the inputs, once
 * the batch is committed: nothing is reported stored before it is. When the database itself cannot be used (full,
 * read-only, locked by another process past the busy timeout), the StoreUnavailableError is thrown: nothing of the
 * batch was stored, and the next batch would fail the same way.
 */
export async function ingestBatch(
  items: readonly InputItem[],
  store: Store,
  now: () => Date = () => new Date(),
  extractor: string = extractorVersion(),
  read: ReadDocument = extractDocument,
): Promise<IngestOutcome[]> {
  const prepared: Prepared[] = []
  for (const item of items) prepared.push(await prepare(item, store, now, extractor, read))
  const pending = prepared.flatMap((p) => ('save' in p ? [p] : []))
  let saved: (SaveResult | Error)[] = []
  try {
    saved = pending.length === 0 ? [] : await store.saveVersions(pending.map((p) => p.save.version))
  } catch (e) {
    if (e instanceof StoreUnavailableError) throw e
    // The transaction failed for another reason: nothing of the batch was stored, each input is reported failed.
    saved = pending.map(() => (e instanceof Error ? e : new Error(String(e))))
  }
  const results = new Map(pending.map((p, i) => [p, saved[i] as SaveResult | Error]))
  const out: IngestOutcome[] = []
  for (const p of prepared) {
    if ('done' in p) {
      out.push(p.done)
      continue
    }
    const result = results.get(p) as SaveResult | Error
    out.push(
      result instanceof Error
        ? await failed(store, p.save.version.origin, p.hash, result, now)
        : p.save.outcome(result),
    )
  }
  return out
}

/** Reads and extracts one input, or settles it at once (a failure, bytes already stored, a re-extraction). */
async function prepare(
  item: InputItem,
  store: Store,
  now: () => Date,
  extractor: string,
  read: ReadDocument,
): Promise<Prepared> {
  if (!item.ok) return { done: { origin: item.origin, status: 'failed', error: item.error } }
  const { raw } = item
  const hash = contentHash(raw.bytes)
  try {
    const known = await store.findByContentHash(hash)
    if (known && known.extractor !== extractor) {
      // Same bytes, read by another extractor (Dyad was upgraded): read the stored clean text again.
      const doc = await store.getDocument(known.documentId, known.version)
      if (doc) {
        const found = extract(extractionInput(doc.cleanText, doc.metadata))
        await store.replaceExtraction(known.versionId, { ...found, extractor }, doc.cleanText)
        return {
          done: {
            origin: raw.origin,
            status: 'reextracted',
            documentId: known.documentId,
            version: known.version,
            title: doc.title,
            events: found.events.length,
            facts: found.facts.length,
          },
        }
      }
    }
    if (known) {
      const doc = await store.getDocument(known.documentId)
      return {
        done: {
          origin: raw.origin,
          status: 'unchanged',
          documentId: known.documentId,
          version: known.version,
          title: doc?.title ?? null,
        },
      }
    }
    const { prepared, dyad, mentions, events, facts, entities } = await read(raw)
    const documentId = documentIdFor(raw.origin, prepared.sourceUrl, hash)
    const version: NewDocumentVersion = {
      documentId,
      origin: raw.origin,
      sourceUrl: prepared.sourceUrl,
      contentHash: hash,
      byteLength: prepared.byteLength,
      mediaType: prepared.mediaType,
      charset: prepared.charset,
      rawText: prepared.rawText,
      cleanText: prepared.clean.text,
      spanMap: prepared.clean.map,
      removals: prepared.clean.removals,
      metadata: prepared.metadata,
      ingestedAt: now().toISOString(),
      extraction: { dyad, mentions, events, facts, entities, extractor },
    }
    return {
      hash,
      save: {
        version,
        outcome: (saved) => ({
          origin: raw.origin,
          status: saved.status,
          documentId: saved.documentId,
          version: saved.version,
          title: prepared.metadata.title.value,
          // The same bytes may have been stored first (earlier in the batch, or by another ingest): then nothing of
          // this extraction was kept.
          ...(saved.status === 'ingested' ? { events: events.length, facts: facts.length } : {}),
        }),
      },
    }
  } catch (e) {
    // The database, not this input, failed: the whole ingest stops.
    if (e instanceof StoreUnavailableError) throw e
    return { done: await failed(store, raw.origin, hash, e, now) }
  }
}

/** Records a failed input (its reason's first line) and reports it; a store that cannot even log it stops nothing. */
async function failed(store: Store, origin: string, hash: string, e: unknown, now: () => Date): Promise<IngestOutcome> {
  const error = e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e)
  try {
    await store.recordFailure({
      documentId: documentIdFor(origin, null, hash),
      origin,
      contentHash: hash,
      error,
      ingestedAt: now().toISOString(),
    })
  } catch {
    // The failure is still reported to the user; a store that cannot even log it must not stop the batch.
  }
  return { origin, status: 'failed', error }
}
