import type { DocumentMetadata, MediaType, Removal, SpanMapSegment } from '../core/types.js'

/** A new version of a document, ready to be stored in one transaction. */
export interface NewDocumentVersion {
  /** Stable id of the logical document (same for every version of the same source). */
  readonly documentId: string
  /** Path, URL or `-` the bytes were read from. */
  readonly origin: string
  /** URL the document says it came from (SOURCE line), if any. */
  readonly sourceUrl: string | null
  /** sha256 of the raw bytes, hex. */
  readonly contentHash: string
  readonly byteLength: number
  readonly mediaType: MediaType
  readonly charset: string
  /** Decoded text after charset repair, before cleaning. */
  readonly rawText: string
  readonly cleanText: string
  readonly spanMap: readonly SpanMapSegment[]
  readonly removals: readonly Removal[]
  readonly metadata: DocumentMetadata
  /** ISO timestamp of the ingest. */
  readonly ingestedAt: string
}

/** An input that could not be ingested, kept so a user can see what failed and why. */
export interface FailedIngest {
  readonly documentId: string
  readonly origin: string
  readonly contentHash: string | null
  readonly error: string
  readonly ingestedAt: string
}

/** The outcome of saving a version: stored anew, or the same bytes were already there. */
export interface SaveResult {
  readonly status: 'ingested' | 'unchanged'
  readonly documentId: string
  readonly versionId: number
  readonly version: number
}

/** What a list of documents shows for each one (its latest version). */
export interface DocumentSummary {
  readonly id: string
  readonly source: string
  readonly sourceUrl: string | null
  readonly version: number
  readonly title: string | null
  readonly authors: readonly string[]
  readonly publicationDate: string | null
  readonly sourceType: string
  readonly language: string
  readonly ingestedAt: string
}

/** A stored document version with its texts and metadata. */
export interface StoredDocument extends DocumentSummary {
  readonly versionId: number
  readonly origin: string
  readonly contentHash: string
  readonly charset: string
  readonly mediaType: MediaType
  readonly rawText: string
  readonly cleanText: string
  readonly spanMap: readonly SpanMapSegment[]
  readonly removals: readonly Removal[]
  readonly metadata: DocumentMetadata
}

/** One full-text search hit, with a snippet whose matches are wrapped in the given marks. */
export interface SearchHit {
  readonly id: string
  readonly title: string | null
  readonly source: string
  readonly snippet: string
  readonly rank: number
}

/** Options of a full-text search. */
export interface SearchOptions {
  readonly limit?: number
  /** Strings put around each match in the snippet. */
  readonly marks?: readonly [string, string]
}

/** Thrown when a search query is not valid in the engine's query language. */
export class SearchQueryError extends Error {
  override readonly name = 'SearchQueryError'
}

/** The storage port: every SQL statement of Dyad lives behind it, one implementation per engine. */
export interface Store {
  /** Stores a version in one transaction, or reports `unchanged` when the same bytes are already stored. */
  saveVersion(version: NewDocumentVersion): Promise<SaveResult>
  /** Records an input that failed, without touching stored documents. */
  recordFailure(failure: FailedIngest): Promise<void>
  /** The stored version with these bytes, if any. */
  findByContentHash(contentHash: string): Promise<SaveResult | undefined>
  /** The latest version of every document, oldest first. */
  listDocuments(): Promise<DocumentSummary[]>
  /** The latest version of a document (or a given version). */
  getDocument(id: string, version?: number): Promise<StoredDocument | undefined>
  /** Full-text search over the latest versions' clean text and titles. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>
  /** Recent failed inputs, newest first. */
  listFailures(limit?: number): Promise<FailedIngest[]>
  close(): Promise<void>
}
