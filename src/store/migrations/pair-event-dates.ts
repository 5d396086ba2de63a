import { type Kysely, type Migration, sql } from 'kysely'

/**
 * The rollup of the latest versions' events by pair and what a series or the list of pairs needs of them (see
 * PairEventDatesTable) and by family alone (PairFamiliesTable), filled from what is stored; and the index that finds the events reaching a given date, so that
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
    await sql`create index events_by_reach on events (coalesce(date_end, date))`.execute(db)
  },
}
