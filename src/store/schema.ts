import type { Generated } from 'kysely'

/** A logical document: one source, many versions. */
export interface DocumentsTable {
  id: string
  /** Path or URL shown to users. */
  source: string
  source_url: string | null
  created_at: string
  latest_version_id: number
  latest_version: number
}

/** One stored version of a document: its bytes' hash, texts, span map and metadata. */
export interface DocumentVersionsTable {
  id: Generated<number>
  document_id: string
  version: number
  content_hash: string
  byte_length: number
  media_type: string
  origin: string
  source_url: string | null
  charset: string
  raw_text: string
  clean_text: string
  /** JSON: SpanMapSegment[] */
  span_map: string
  /** JSON: Removal[] */
  removals: string
  /** JSON: DocumentMetadata */
  metadata: string
  title: string | null
  /** JSON: string[] */
  authors: string
  publication_date: string | null
  date_precision: string | null
  source_type: string
  source_name: string | null
  language: string
  ingested_at: string
  /** Pipeline stage the version has passed: `cleaned` now; later stages advance it. */
  status: string
  /** Why a later stage failed on this version, if one did. */
  error: string | null
}

/** Inputs that could not be ingested. */
export interface IngestFailuresTable {
  id: Generated<number>
  document_id: string
  origin: string
  content_hash: string | null
  error: string
  ingested_at: string
}

/** The typed database shared by every engine. */
export interface Database {
  documents: DocumentsTable
  document_versions: DocumentVersionsTable
  ingest_failures: IngestFailuresTable
}
