import type { Kysely, Migration } from 'kysely'

/**
 * What extraction reads from a version: its main pair, mentions, events (with a pair index over their actors), facts
 * and entities. Every row belongs to one version and goes with it.
 */
export const extractionMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current Database type, which changes over time
  async up(db: Kysely<any>) {
    // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
    await db.schema.alterTable('document_versions').addColumn('dyad_a', 'text').execute()
    await db.schema.alterTable('document_versions').addColumn('dyad_b', 'text').execute()
    await db.schema
      .createIndex('document_versions_by_dyad')
      .on('document_versions')
      .columns(['dyad_a', 'dyad_b'])
      .execute()

    const version = 'version_id'
    await db.schema
      .createTable('mentions')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn(version, 'integer', (c) => c.notNull().references('document_versions.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('span_start', 'integer', (c) => c.notNull())
      .addColumn('span_end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('actor_code', 'text')
      .addColumn('date', 'text')
      .addColumn('date_precision', 'text')
      .addColumn('date_end', 'text')
      .addColumn('date_basis', 'text')
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('confidence', 'real', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('mentions_by_version').on('mentions').column(version).execute()

    await db.schema
      .createTable('events')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn(version, 'integer', (c) => c.notNull().references('document_versions.id').onDelete('cascade'))
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('family', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('target', 'text')
      .addColumn('co_sources', 'text', (c) => c.notNull())
      .addColumn('co_targets', 'text', (c) => c.notNull())
      .addColumn('actors', 'text', (c) => c.notNull())
      .addColumn('source_actor', 'text')
      .addColumn('target_actor', 'text')
      .addColumn('date', 'text')
      .addColumn('date_precision', 'text')
      .addColumn('date_end', 'text')
      .addColumn('date_basis', 'text')
      .addColumn('date_first', 'text')
      .addColumn('date_last', 'text')
      .addColumn('negated', 'integer', (c) => c.notNull())
      .addColumn('hedged', 'integer', (c) => c.notNull())
      .addColumn('future', 'integer', (c) => c.notNull())
      .addColumn('dyad_relevant', 'integer', (c) => c.notNull())
      .addColumn('evidence_start', 'integer', (c) => c.notNull())
      .addColumn('evidence_end', 'integer', (c) => c.notNull())
      .addColumn('evidence_text', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('confidence', 'real', (c) => c.notNull())
      .addUniqueConstraint('events_version_ordinal', [version, 'ordinal'])
      .execute()
    await db.schema.createIndex('events_by_type').on('events').columns(['type', 'date_first']).execute()
    await db.schema.createIndex('events_by_family').on('events').columns(['family', 'date_first']).execute()
    await db.schema.createIndex('events_by_date').on('events').column('date_first').execute()

    await db.schema
      .createTable('event_pairs')
      .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_pairs_pk', ['event_id', 'a', 'b'])
      .execute()
    await db.schema.createIndex('event_pairs_by_pair').on('event_pairs').columns(['a', 'b', 'event_id']).execute()

    await db.schema
      .createTable('facts')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn(version, 'integer', (c) => c.notNull().references('document_versions.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subkind', 'text')
      .addColumn('subject', 'text')
      .addColumn('value', 'real', (c) => c.notNull())
      .addColumn('value_max', 'real')
      .addColumn('unit', 'text')
      .addColumn('qualifier', 'text')
      .addColumn('period', 'text')
      .addColumn('value_start', 'integer', (c) => c.notNull())
      .addColumn('value_end', 'integer', (c) => c.notNull())
      .addColumn('value_text', 'text', (c) => c.notNull())
      .addColumn('evidence_start', 'integer', (c) => c.notNull())
      .addColumn('evidence_end', 'integer', (c) => c.notNull())
      .addColumn('evidence_text', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('confidence', 'real', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('facts_by_version').on('facts').column(version).execute()
    await db.schema.createIndex('facts_by_kind').on('facts').column('kind').execute()

    await db.schema
      .createTable('entities')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn(version, 'integer', (c) => c.notNull().references('document_versions.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text')
      .addColumn('country', 'text')
      .addColumn('aliases', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('entities_by_version').on('entities').column(version).execute()
  },
}
