import type { Insertable, Selectable } from 'kysely'
import type { DocumentMetadata, MediaType, Removal, SpanMapSegment } from '../core/types.js'
import type { DocumentsTable, DocumentVersionsTable, IngestFailuresTable } from './schema.js'
import type { DocumentSummary, FailedIngest, NewDocumentVersion, StoredDocument } from './store.js'

/** Row of a version joined with its document's shown source. */
export type VersionRow = Selectable<DocumentVersionsTable> & Pick<Selectable<DocumentsTable>, 'source'>

/** The version row to insert for a new version. */
export function versionToRow(v: NewDocumentVersion, version: number): Insertable<DocumentVersionsTable> {
  const m = v.metadata
  return {
    document_id: v.documentId,
    version,
    content_hash: v.contentHash,
    byte_length: v.byteLength,
    media_type: v.mediaType,
    origin: v.origin,
    source_url: v.sourceUrl,
    charset: v.charset,
    raw_text: v.rawText,
    clean_text: v.cleanText,
    span_map: JSON.stringify(v.spanMap),
    removals: JSON.stringify(v.removals),
    metadata: JSON.stringify(m),
    title: m.title.value,
    authors: JSON.stringify(m.authors.value),
    publication_date: m.publicationDate.value?.value ?? null,
    date_precision: m.publicationDate.value?.precision ?? null,
    source_type: m.sourceType.value,
    source_name: m.sourceName.value,
    language: m.language.value,
    ingested_at: v.ingestedAt,
    status: 'cleaned',
    error: null,
  }
}

/** The summary a document list shows, from its latest version row. */
export function rowToSummary(r: VersionRow): DocumentSummary {
  return {
    id: r.document_id,
    source: r.source,
    sourceUrl: r.source_url,
    version: r.version,
    title: r.title,
    authors: JSON.parse(r.authors) as string[],
    publicationDate: r.publication_date,
    sourceType: r.source_type,
    language: r.language,
    ingestedAt: r.ingested_at,
  }
}

/** The whole stored document from a version row. */
export function rowToDocument(r: VersionRow): StoredDocument {
  return {
    ...rowToSummary(r),
    versionId: r.id,
    origin: r.origin,
    contentHash: r.content_hash,
    charset: r.charset,
    mediaType: r.media_type as MediaType,
    rawText: r.raw_text,
    cleanText: r.clean_text,
    spanMap: JSON.parse(r.span_map) as SpanMapSegment[],
    removals: JSON.parse(r.removals) as Removal[],
    metadata: JSON.parse(r.metadata) as DocumentMetadata,
  }
}

/** A failure as the domain sees it. */
export function rowToFailure(r: Selectable<IngestFailuresTable>): FailedIngest {
  return {
    documentId: r.document_id,
    origin: r.origin,
    contentHash: r.content_hash,
    error: r.error,
    ingestedAt: r.ingested_at,
  }
}
