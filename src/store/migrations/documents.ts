import type { Kysely, Migration } from 'kysely'

/** Documents, their versions and failed inputs; later migrations add what extraction reads, keyed by version. */
export const documentsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current Database type, which changes over time
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_url', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('latest_version_id', 'integer', (c) => c.notNull())
      .addColumn('latest_version', 'integer', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('document_versions')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('byte_length', 'integer', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('source_url', 'text')
      .addColumn('charset', 'text', (c) => c.notNull())
      .addColumn('raw_text', 'text', (c) => c.notNull())
      .addColumn('clean_text', 'text', (c) => c.notNull())
      .addColumn('span_map', 'text', (c) => c.notNull())
      .addColumn('removals', 'text', (c) => c.notNull())
      .addColumn('metadata', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('authors', 'text', (c) => c.notNull())
      .addColumn('publication_date', 'text')
      .addColumn('date_precision', 'text')
      .addColumn('source_type', 'text', (c) => c.notNull())
      .addColumn('source_name', 'text')
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('error', 'text')
      .addUniqueConstraint('document_versions_document_version', ['document_id', 'version'])
      .execute()
    await db.schema
      .createTable('ingest_failures')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('document_id', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text')
      .addColumn('error', 'text', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('document_versions_by_document').on('document_versions').column('document_id').execute()
  },
}
