import type { Kysely, Migration } from 'kysely'

/**
 * Which extractor read a version: a fingerprint of the extraction rules and lexicons. When Dyad is upgraded, an
 * unchanged input whose fingerprint differs is read again (its events, facts, mentions and entities replaced).
 */
export const extractorMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current Database type, which changes over time
  async up(db: Kysely<any>) {
    await db.schema.alterTable('document_versions').addColumn('extractor', 'text').execute()
  },
}
