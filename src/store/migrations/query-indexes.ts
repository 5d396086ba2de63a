import type { Kysely, Migration } from 'kysely'

/**
 * Indexes the read queries are shaped for: every "latest version" read joins `documents.latest_version_id`, so it needs
 * its own index (without it a pair profile scanned every document once per event); the document list pages on
 * `(created_at, id)`.
 */
export const queryIndexesMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current Database type, which changes over time
  async up(db: Kysely<any>) {
    await db.schema.createIndex('documents_by_latest_version').on('documents').column('latest_version_id').execute()
    await db.schema.createIndex('documents_by_created').on('documents').columns(['created_at', 'id']).execute()
  },
}
