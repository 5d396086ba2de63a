import { type Kysely, type Migration, sql } from 'kysely'

/** One row per pair with its counts over the latest versions, filled from what is stored (see PairSummariesTable). */
export const pairSummariesMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current Database type, which changes over time
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('pair_summaries')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('documents', 'integer', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addColumn('facts', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_summaries_pk', ['a', 'b'])
      .execute()
    await sql`insert into pair_summaries (a, b, documents, events, facts)
      select a, b, sum(documents), sum(events), sum(facts) from (
        select v.dyad_a as a, v.dyad_b as b, 1 as documents, 0 as events, 0 as facts
          from documents d join document_versions v on v.id = d.latest_version_id
          where v.dyad_a is not null and v.dyad_b is not null
        union all
        select p.a, p.b, 0, 1, 0 from documents d join events e on e.version_id = d.latest_version_id
          join event_pairs p on p.event_id = e.id
        union all
        select f.pair_a, f.pair_b, 0, 0, 1 from documents d join facts f on f.version_id = d.latest_version_id
          where f.pair_a is not null and f.pair_b is not null
      ) counted group by a, b`.execute(db)
  },
}
