import { createHash } from 'node:crypto'
import { extract } from '../extract/index.js'
import type { InputItem } from '../source/read-inputs.js'
import type { Store } from '../store/store.js'
import { extractDocument, extractionInput } from './extract.js'
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
): Promise<IngestOutcome> {
  if (!item.ok) return { origin: item.origin, status: 'failed', error: item.error }
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
          origin: raw.origin,
          status: 'reextracted',
          documentId: known.documentId,
          version: known.version,
          title: doc.title,
          events: found.events.length,
          facts: found.facts.length,
        }
      }
    }
    if (known) {
      const doc = await store.getDocument(known.documentId)
      return {
        origin: raw.origin,
        status: 'unchanged',
        documentId: known.documentId,
        version: known.version,
        title: doc?.title ?? null,
      }
    }
    const { prepared, dyad, mentions, events, facts, entities } = extractDocument(raw)
    const documentId = documentIdFor(raw.origin, prepared.sourceUrl, hash)
    const saved = await store.saveVersion({
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
    })
    return {
      origin: raw.origin,
      status: saved.status,
      documentId: saved.documentId,
      version: saved.version,
      title: prepared.metadata.title.value,
      // A concurrent ingest may have stored the same bytes first: then nothing of this extraction was kept.
      ...(saved.status === 'ingested' ? { events: events.length, facts: facts.length } : {}),
    }
  } catch (e) {
    const error = e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e)
    try {
      await store.recordFailure({
        documentId: documentIdFor(raw.origin, null, hash),
        origin: raw.origin,
        contentHash: hash,
        error,
        ingestedAt: now().toISOString(),
      })
    } catch {
      // The failure is still reported to the user; a store that cannot even log it must not stop the batch.
    }
    return { origin: raw.origin, status: 'failed', error }
  }
}
