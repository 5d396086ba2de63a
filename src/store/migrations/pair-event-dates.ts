import { type Kysely, type Migration, sql } from 'kysely'

/**
 * The rollup of the latest versions' events by pair and what a series or the list of pairs needs of them (see
 * PairEventDatesTable), by family alone (PairFamiliesTable), by actor (PairActorsTable) and by document
 * (PairDocumentsTable), filled from what is stored; and the index that finds the events reaching a given date, so that
 * a pair's latest event is a seek on the date the rollup gives rather than a sort of all the pair's events.
 */
export const pairEventDatesMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current Database type, which changes over time
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('pair_event_dates')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('reach', 'text', (c) => c.notNull())
      .addColumn('family', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('counted', 'integer', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_event_dates_pk', ['a', 'b', 'date', 'reach', 'family', 'type', 'counted'])
      .execute()
    await sql`insert into pair_event_dates (a, b, date, reach, family, type, counted, events)
      select p.a, p.b, coalesce(e.date, ''), coalesce(e.date_end, e.date, ''), e.family, e.type,
        case when e.negated = 0 and e.future = 0 then 1 else 0 end, count(*)
      from documents d join events e on e.version_id = d.latest_version_id join event_pairs p on p.event_id = e.id
      group by 1, 2, 3, 4, 5, 6, 7`.execute(db)
    // The latest date a pair's events reach, and the latest a dated one reaches, are a seek from the end of this index.
    await db.schema
      .createIndex('pair_event_dates_by_reach')
      .on('pair_event_dates')
      .columns(['a', 'b', 'reach'])
      .execute()
    await db.schema
      .createTable('pair_families')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('family', 'text', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_families_pk', ['a', 'b', 'family'])
      .execute()
    await sql`insert into pair_families (a, b, family, events)
      select a, b, family, sum(events) from pair_event_dates group by a, b, family`.execute(db)
    await db.schema
      .createTable('pair_actors')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_actors_pk', ['a', 'b', 'name', 'code'])
      .execute()
    await sql`insert into pair_actors (a, b, name, code, events)
      select a, b, name, code, count(*) from (
        select p.a as a, p.b as b, e.source_actor as name, e.source as code
          from documents d join events e on e.version_id = d.latest_version_id join event_pairs p on p.event_id = e.id
          where e.source_actor <> ''
        union all
        select p.a, p.b, e.target_actor, e.target
          from documents d join events e on e.version_id = d.latest_version_id join event_pairs p on p.event_id = e.id
          where e.target_actor <> '' and e.target <> ''
      ) named group by 1, 2, 3, 4`.execute(db)
    await db.schema
      .createTable('pair_documents')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_documents_pk', ['a', 'b', 'document_id'])
      .execute()
    await sql`insert into pair_documents (a, b, document_id, events)
      select p.a, p.b, d.id, count(*)
      from documents d join events e on e.version_id = d.latest_version_id join event_pairs p on p.event_id = e.id
      group by 1, 2, 3`.execute(db)
    await sql`create index events_by_reach on events (coalesce(date_end, date))`.execute(db)
  },
}
