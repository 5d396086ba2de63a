import { type Kysely, type Migration, sql } from 'kysely'

/**
 * What a pair profile reads in bounded windows instead of all of a pair's rows, filled from what is stored:
 * - `pair_event_dates` (now by date alone) and `pair_actors` again, also counting the events that run each way
 *   between the two states (`ab`, `ba`), so that a profile in one direction reads rows too;
 * - `pair_months`: the latest versions' events of each pair by month and type, counted the same three ways, and how
 *   many of each count in the cooperation/conflict index (PairMonthsTable);
 * - `pair_documents` again, now with each document's publication date, facts and whether the pair is its main pair
 *   (PairDocumentsTable), so that the newest sources are a walk of an index;
 * - `pair_fact_periods`: the latest versions' facts of each pair by what a key fact groups (PairFactPeriodsTable), so
 *   that a key fact reads only the facts of its latest period;
 * - on `event_pairs`, each event's days and document (EventPairsTable), so that a page of a pair's events by date is a
 *   walk of the pair's index in its order, not a sort of every event of the pair.
 */
/** Whether state `x` is among the sources (`side` source) or targets of event `e`: its code, or in its co-codes. */
const among = (x: string, side: 'source' | 'target') => `(e.${side} = ${x} or e.co_${side}s like '%"' || ${x} || '"%')`

/** 1 when event `e` runs from `p.a` to `p.b` (AB) or from `p.b` to `p.a` (BA), else 0 (see PairEventDatesTable). */
const AB = sql.raw(`case when ${among('p.a', 'source')} and ${among('p.b', 'target')} then 1 else 0 end`)
const BA = sql.raw(`case when ${among('p.b', 'source')} and ${among('p.a', 'target')} then 1 else 0 end`)

export const pairWindowsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current Database type, which changes over time
  async up(db: Kysely<any>) {
    // The rollups of events by date and by actor again, now with the way each event runs, and the one by month.
    await db.schema.dropTable('pair_event_dates').execute()
    await db.schema.dropTable('pair_actors').execute()
    await db.schema
      .createTable('pair_event_dates')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('reach', 'text', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addColumn('ab', 'integer', (c) => c.notNull())
      .addColumn('ba', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_event_dates_pk', ['a', 'b', 'date', 'reach'])
      .execute()
    await sql`insert into pair_event_dates (a, b, date, reach, events, ab, ba)
      select p.a, p.b, coalesce(e.date, ''), coalesce(e.date_end, e.date, ''), count(*), sum(${AB}), sum(${BA})
      from documents d join events e on e.version_id = d.latest_version_id join event_pairs p on p.event_id = e.id
      group by 1, 2, 3, 4`.execute(db)
    await db.schema
      .createIndex('pair_event_dates_by_reach')
      .on('pair_event_dates')
      .columns(['a', 'b', 'reach'])
      .execute()
    await db.schema
      .createTable('pair_months')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('family', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addColumn('counted', 'integer', (c) => c.notNull())
      .addColumn('ab', 'integer', (c) => c.notNull())
      .addColumn('ab_counted', 'integer', (c) => c.notNull())
      .addColumn('ba', 'integer', (c) => c.notNull())
      .addColumn('ba_counted', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_months_pk', ['a', 'b', 'month', 'family', 'type'])
      .execute()
    await sql`insert into pair_months (a, b, month, family, type, events, counted, ab, ab_counted, ba, ba_counted)
      select a, b, month, family, type, count(*), sum(counted), sum(ab), sum(ab * counted), sum(ba), sum(ba * counted)
      from (
        select p.a as a, p.b as b, case when length(e.date) >= 7 then substr(e.date, 1, 7) else coalesce(e.date, '') end
            as month, e.family as family, e.type as type,
          case when e.negated = 0 and e.future = 0 then 1 else 0 end as counted, ${AB} as ab, ${BA} as ba
        from documents d join events e on e.version_id = d.latest_version_id join event_pairs p on p.event_id = e.id
      ) counted group by 1, 2, 3, 4, 5`.execute(db)
    await db.schema
      .createTable('pair_actors')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addColumn('ab', 'integer', (c) => c.notNull())
      .addColumn('ba', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_actors_pk', ['a', 'b', 'name', 'code'])
      .execute()
    await sql`insert into pair_actors (a, b, name, code, events, ab, ba)
      select a, b, name, code, count(*), sum(ab), sum(ba) from (
        select p.a as a, p.b as b, e.source_actor as name, e.source as code, ${AB} as ab, ${BA} as ba
          from documents d join events e on e.version_id = d.latest_version_id join event_pairs p on p.event_id = e.id
          where e.source_actor <> ''
        union all
        select p.a, p.b, e.target_actor, e.target, ${AB}, ${BA}
          from documents d join events e on e.version_id = d.latest_version_id join event_pairs p on p.event_id = e.id
          where e.target_actor <> '' and e.target <> ''
      ) named group by 1, 2, 3, 4`.execute(db)

    await db.schema.dropTable('pair_documents').execute()
    await db.schema
      .createTable('pair_documents')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull())
      .addColumn('published', 'text', (c) => c.notNull())
      .addColumn('main', 'integer', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addColumn('facts', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_documents_pk', ['a', 'b', 'document_id'])
      .execute()
    await sql`insert into pair_documents (a, b, document_id, published, main, events, facts)
      select a, b, d.id, coalesce(v.publication_date, ''), sum(main), sum(events), sum(facts) from (
        select v.id as version_id, v.dyad_a as a, v.dyad_b as b, 1 as main, 0 as events, 0 as facts
          from document_versions v where v.dyad_a is not null and v.dyad_b is not null
        union all
        select e.version_id, p.a, p.b, 0, 1, 0 from events e join event_pairs p on p.event_id = e.id
        union all
        select f.version_id, f.pair_a, f.pair_b, 0, 0, 1 from facts f where f.pair_a is not null and f.pair_b is not null
      ) counted join documents d on d.latest_version_id = counted.version_id
      join document_versions v on v.id = counted.version_id
      group by 1, 2, 3, 4`.execute(db)
    // The newest sources of a pair: a walk from the end of this index.
    await db.schema
      .createIndex('pair_documents_by_published')
      .on('pair_documents')
      .columns(['a', 'b', 'published', 'document_id'])
      .execute()

    await db.schema
      .createTable('pair_fact_periods')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subkind', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('facts', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pair_fact_periods_pk', ['a', 'b', 'kind', 'subkind', 'unit', 'subject', 'period'])
      .execute()
    await sql`insert into pair_fact_periods (a, b, kind, subkind, unit, subject, period, facts)
      select f.pair_a, f.pair_b, f.kind, coalesce(f.subkind, ''), coalesce(f.unit, ''), lower(coalesce(f.subject, '')),
        coalesce(f.period, ''), count(*)
      from documents d join facts f on f.version_id = d.latest_version_id
      where f.pair_a is not null and f.pair_b is not null group by 1, 2, 3, 4, 5, 6, 7`.execute(db)
    // The facts of a key fact's period are a seek on the pair, the kind and the period.
    await sql`create index facts_by_pair_kind on facts (pair_a, pair_b, kind, (coalesce(period, '')))`.execute(db)

    await db.schema.alterTable('event_pairs').addColumn('date_first', 'text').execute()
    await db.schema.alterTable('event_pairs').addColumn('date_last', 'text').execute()
    await db.schema.alterTable('event_pairs').addColumn('document_id', 'text').execute()
    await sql`update event_pairs set
      date_first = (select e.date_first from events e where e.id = event_pairs.event_id),
      date_last = (select e.date_last from events e where e.id = event_pairs.event_id),
      document_id = (select v.document_id from events e join document_versions v on v.id = e.version_id
        where e.id = event_pairs.event_id)`.execute(db)
    // A pair's events in list order (by days, then document and position), either way: a walk of this index.
    await db.schema
      .createIndex('event_pairs_by_date')
      .on('event_pairs')
      .columns(['a', 'b', 'date_first', 'date_last', 'document_id', 'event_id'])
      .execute()
    // Its first columns serve every read the old pair index served.
    await db.schema.dropIndex('event_pairs_by_pair').execute()
  },
}
