import type { Kysely, Migration } from 'kysely'

/**
 * The pair each fact is about (its own sentence's states, not always the document's main pair), with an index for a
 * pair's facts. Facts stored before have no pair until their version is read again by the new extractor.
 */
export const factPairMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current Database type, which changes over time
  async up(db: Kysely<any>) {
    // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
    await db.schema.alterTable('facts').addColumn('pair_a', 'text').execute()
    await db.schema.alterTable('facts').addColumn('pair_b', 'text').execute()
    await db.schema.createIndex('facts_by_pair').on('facts').columns(['pair_a', 'pair_b', 'version_id']).execute()
  },
}
