import { type Kysely, sql } from 'kysely'
import { firstDay, lastDay } from '../core/date-range.js'
import type { Pair } from '../core/pair.js'
import { EVENT_FAMILIES, type EventFamily } from '../core/plover.js'
import {
  entityRows,
  eventDays,
  eventPairs,
  eventRow,
  factRow,
  mentionRow,
  rowsToEntities,
  rowToEvent,
  rowToFact,
  rowToMention,
  rowToSummary,
  SUMMARY_COLUMNS,
} from './rows.js'
import type { Database } from './schema.js'
import { searchMatcher } from './search-syntax.js'
import type {
  EventCursor,
  EventQuery,
  FactCursor,
  FactQuery,
  FigureFact,
  NewExtraction,
  PairAggregates,
  PairAggregatesOptions,
  PairEventsSummary,
  PairProfile,
  PairProfileOptions,
  PairSummary,
  StoredEvent,
  StoredExtraction,
  StoredFact,
} from './store.js'

/*
 * Extraction queries in Kysely's portable subset, shared by every engine's adapter: each adapter calls them with its
 * own Kysely instance (or transaction) and keeps only engine-specific SQL to itself.
 */

// Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits for the widest table (events).
const CHUNK = 200

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK))
  return out
}

/** The rows of `items`, CHUNK at a time: only one chunk's rows exist at once (a huge document has 100,000s). */
function* rowChunks<T, R>(items: readonly T[], row: (item: T, index: number) => R): Generator<R[]> {
  for (let i = 0; i < items.length; i += CHUNK) {
    const out: R[] = []
    for (let k = i; k < Math.min(items.length, i + CHUNK); k++) out.push(row(items[k] as T, k))
    yield out
  }
}

/** Inserts an extraction's rows for a version; call it inside the transaction that inserts the version. */
export async function insertExtraction(
  trx: Kysely<Database>,
  version: { readonly id: number; readonly documentId: string },
  x: NewExtraction,
  cleanText: string,
): Promise<void> {
  const versionId = version.id
  for (const c of rowChunks(x.mentions, (m) => mentionRow(m, versionId)))
    await trx.insertInto('mentions').values(c).execute()
  for (const c of rowChunks(x.events, (e, ordinal) => eventRow(e, ordinal, cleanText, versionId)))
    await trx.insertInto('events').values(c).execute()
  if (x.events.length > 0) {
    // Multi-row RETURNING does not promise an order; the (version, ordinal) key ties each id to its event.
    const ids = await trx.selectFrom('events').select(['id', 'ordinal']).where('version_id', '=', versionId).execute()
    const byOrdinal = new Map(ids.map((r) => [r.ordinal, r.id]))
    const pairs = x.events.flatMap((e, ordinal) => {
      const days = eventDays(e)
      return eventPairs(e).map(([a, b]) => ({
        event_id: byOrdinal.get(ordinal) as number,
        a,
        b,
        ...days,
        document_id: version.documentId,
      }))
    })
    for (const c of chunks(pairs)) await trx.insertInto('event_pairs').values(c).execute()
  }
  for (const c of rowChunks(x.facts, (f) => factRow(f, cleanText, versionId)))
    await trx.insertInto('facts').values(c).execute()
  for (const c of chunks(entityRows(x.entities, versionId))) await trx.insertInto('entities').values(c).execute()
}

/** A rollup table: its key columns, the counts it adds up, and any column a new row simply sets. */
interface Rollup {
  readonly keys: readonly string[]
  readonly counts: readonly string[]
  readonly sets?: readonly string[]
}

/** The per-pair rollups kept with the latest versions (see their tables in schema.ts). */
const ROLLUPS = {
  pair_summaries: { keys: ['a', 'b'], counts: ['documents', 'events', 'facts'] },
  pair_event_dates: { keys: ['a', 'b', 'date', 'reach'], counts: ['events', 'ab', 'ba'] },
  pair_months: {
    keys: ['a', 'b', 'month', 'family', 'type'],
    counts: ['events', 'counted', 'ab', 'ab_counted', 'ba', 'ba_counted'],
  },
  pair_families: { keys: ['a', 'b', 'family'], counts: ['events'] },
  pair_actors: { keys: ['a', 'b', 'name', 'code'], counts: ['events', 'ab', 'ba'] },
  pair_documents: { keys: ['a', 'b', 'document_id'], counts: ['main', 'events', 'facts'], sets: ['published'] },
  pair_fact_periods: {
    keys: ['a', 'b', 'kind', 'subkind', 'unit', 'subject', 'period'],
    counts: ['facts'],
  },
} as const satisfies Record<string, Rollup>

type RollupTable = keyof typeof ROLLUPS

/**
 * How many ways an event counts in a pair's rollups (`a` before `b`): once, once more under `ab` when `a` is among its
 * sources and `b` among its targets, and under `ba` the other way (both when both hold). A profile in one direction
 * reads the `ab` or `ba` counts, so that it reads rows too, never the events.
 */
function waysOf(
  pair: { a: string; b: string },
  sources: readonly (string | null)[],
  targets: readonly (string | null)[],
): { events: number; ab: number; ba: number } {
  const ab = sources.includes(pair.a) && targets.includes(pair.b) ? 1 : 0
  const ba = sources.includes(pair.b) && targets.includes(pair.a) ? 1 : 0
  return { events: 1, ab, ba }
}

/** The count of a pair's rollups that holds the events running from `from` (one of the pair) to the other. */
function wayFrom(pair: Pair, from: string): 'ab' | 'ba' {
  return from === pair[0] ? 'ab' : 'ba'
}

/**
 * Adds (sign 1) or takes away (sign -1) what a version holds about each pair to the per-pair rollups: call it in the
 * transaction that makes a version the latest (for the old latest, then the new) or replaces a latest version's rows.
 * The version, its events with their pairs and its facts are read once (three seeks) and counted here for every
 * rollup; each rollup then takes one upsert per 200 rows.
 */
export async function countVersionInSummaries(trx: Kysely<Database>, versionId: number, sign: 1 | -1): Promise<void> {
  const version = await trx
    .selectFrom('document_versions')
    .select(['document_id', 'dyad_a', 'dyad_b', 'publication_date'])
    .where('id', '=', versionId)
    .executeTakeFirst()
  if (!version) return
  const [{ rows: events }, facts] = await Promise.all([
    sql<{
      a: string
      b: string
      date: string | null
      date_end: string | null
      family: string
      type: string
      negated: number
      future: number
      source: string
      source_actor: string | null
      target: string | null
      target_actor: string | null
      co_sources: string
      co_targets: string
    }>`select p.a as a, p.b as b, e.date as date, e.date_end as date_end, e.family as family, e.type as type,
        e.negated as negated, e.future as future, e.source as source, e.source_actor as source_actor,
        e.target as target, e.target_actor as target_actor, e.co_sources as co_sources, e.co_targets as co_targets
      from events e join event_pairs p on p.event_id = e.id where e.version_id = ${versionId}`.execute(trx),
    trx
      .selectFrom('facts')
      .select(['pair_a', 'pair_b', 'kind', 'subkind', 'unit', 'subject', 'period'])
      .where('version_id', '=', versionId)
      .where('pair_a', 'is not', null)
      .where('pair_b', 'is not', null)
      .execute(),
  ])
  const counts = new Map<RollupTable, Map<string, Record<string, string | number>>>()
  const count = (table: RollupTable, key: Record<string, string | number>, what: Record<string, number>) => {
    const byKey =
      counts.get(table) ?? (counts.set(table, new Map()).get(table) as Map<string, Record<string, string | number>>)
    const k = JSON.stringify(key)
    const row = byKey.get(k) ?? { ...key, ...Object.fromEntries(ROLLUPS[table].counts.map((c) => [c, 0])) }
    for (const [c, n] of Object.entries(what)) row[c] = Number(row[c]) + sign * n
    byKey.set(k, row)
  }
  const document = { document_id: version.document_id, published: version.publication_date ?? '' }
  if (version.dyad_a !== null && version.dyad_b !== null) {
    const pair = { a: version.dyad_a, b: version.dyad_b }
    count('pair_summaries', pair, { documents: 1 })
    count('pair_documents', { ...pair, ...document }, { main: 1 })
  }
  for (const r of events) {
    const pair = { a: r.a, b: r.b }
    const date = r.date ?? ''
    const counted = Number(r.negated) === 0 && Number(r.future) === 0 ? 1 : 0
    const ways = waysOf(
      pair,
      [r.source, ...(JSON.parse(r.co_sources) as string[])],
      [r.target, ...(JSON.parse(r.co_targets) as string[])],
    )
    const kind = { family: r.family, type: r.type }
    count('pair_summaries', pair, { events: 1 })
    count('pair_event_dates', { ...pair, date, reach: r.date_end ?? date }, ways)
    count(
      'pair_months',
      { ...pair, month: date.length >= 7 ? date.slice(0, 7) : date, ...kind },
      { ...ways, counted, ab_counted: ways.ab * counted, ba_counted: ways.ba * counted },
    )
    count('pair_families', { ...pair, family: r.family }, { events: 1 })
    // As the profile lists actors: a named source, and a named target coded to a state.
    if (r.source_actor) count('pair_actors', { ...pair, name: r.source_actor, code: r.source }, ways)
    if (r.target_actor && r.target) count('pair_actors', { ...pair, name: r.target_actor, code: r.target }, ways)
    count('pair_documents', { ...pair, ...document }, { events: 1 })
  }
  for (const f of facts) {
    const pair = { a: f.pair_a as string, b: f.pair_b as string }
    count('pair_summaries', pair, { facts: 1 })
    count('pair_documents', { ...pair, ...document }, { facts: 1 })
    count(
      'pair_fact_periods',
      {
        ...pair,
        kind: f.kind,
        subkind: f.subkind ?? '',
        unit: f.unit ?? '',
        // SQL's lower(), which the key facts' read compares with: ASCII letters only.
        subject: (f.subject ?? '').replace(/[A-Z]/g, (c) => c.toLowerCase()),
        period: f.period ?? '',
      },
      { facts: 1 },
    )
  }
  for (const [table, byKey] of counts) await addToRollup(trx, table, [...byKey.values()], sign)
}

/** Adds counted rows to a rollup; taking away (sign -1), the touched pairs' rows left at zero go. */
async function addToRollup(
  trx: Kysely<Database>,
  table: RollupTable,
  values: readonly Record<string, string | number>[],
  sign: 1 | -1,
): Promise<void> {
  const rollup: Rollup = ROLLUPS[table]
  const { keys, counts } = rollup
  const sets = rollup.sets ?? []
  const columns = [...keys, ...sets, ...counts]
  const update = [
    ...counts.map((c) => sql`${sql.ref(c)} = ${sql.ref(c)} + excluded.${sql.ref(c)}`),
    ...sets.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`),
  ]
  for (const c of chunks(values))
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((k) => sql.ref(k)))})
      values ${sql.join(c.map((v) => sql`(${sql.join(columns.map((k) => v[k]))})`))}
      on conflict (${sql.join(keys.map((k) => sql.ref(k)))}) do update set ${sql.join(update)}`.execute(trx)
  // Only the pairs just touched can have reached zero: each is a seek on the key's first columns.
  if (sign === -1)
    for (const pair of new Set(values.map((v) => `${v.a}\u0000${v.b}`))) {
      const [a, b] = pair.split('\u0000') as [string, string]
      await sql`delete from ${sql.table(table)} where a = ${a} and b = ${b}
        and ${sql.join(
          counts.map((c) => sql`${sql.ref(c)} = 0`),
          sql` and `,
        )}`.execute(trx)
    }
}

/** Deletes a version's extraction rows and inserts new ones with its pair and extractor; call it in a transaction. */
export async function replaceExtractionRows(
  trx: Kysely<Database>,
  versionId: number,
  x: NewExtraction,
  cleanText: string,
): Promise<void> {
  const latest = await trx
    .selectFrom('documents')
    .select('id')
    .where('latest_version_id', '=', versionId)
    .executeTakeFirst()
  if (latest) await countVersionInSummaries(trx, versionId, -1)
  const events = trx.selectFrom('events').select('id').where('version_id', '=', versionId)
  await trx.deleteFrom('event_pairs').where('event_id', 'in', events).execute()
  for (const table of ['events', 'mentions', 'facts', 'entities'] as const)
    await trx.deleteFrom(table).where('version_id', '=', versionId).execute()
  await trx
    .updateTable('document_versions')
    .set({
      dyad_a: x.dyad?.[0] ?? null,
      dyad_b: x.dyad?.[1] ?? null,
      extractor: x.extractor ?? null,
      status: 'extracted',
    })
    .where('id', '=', versionId)
    .execute()
  const { document_id: documentId } = await trx
    .selectFrom('document_versions')
    .select('document_id')
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow()
  await insertExtraction(trx, { id: versionId, documentId }, x, cleanText)
  if (latest) await countVersionInSummaries(trx, versionId, 1)
}

/** What extraction stored for one version. */
export async function readExtraction(db: Kysely<Database>, versionId: number): Promise<StoredExtraction | undefined> {
  const version = await db
    .selectFrom('document_versions')
    .select(['dyad_a', 'dyad_b'])
    .where('id', '=', versionId)
    .executeTakeFirst()
  if (!version) return undefined
  const [mentions, events, facts, entities] = await Promise.all([
    db.selectFrom('mentions').selectAll().where('version_id', '=', versionId).orderBy('id').execute(),
    db
      .selectFrom('events as e')
      .innerJoin('document_versions as v', 'v.id', 'e.version_id')
      .selectAll('e')
      .select(['v.document_id as document_id', 'v.title as document_title'])
      .where('e.version_id', '=', versionId)
      .orderBy('e.ordinal')
      .execute(),
    db
      .selectFrom('facts as f')
      .innerJoin('document_versions as v', 'v.id', 'f.version_id')
      .selectAll('f')
      .select(['v.document_id as document_id', 'v.title as document_title'])
      .where('f.version_id', '=', versionId)
      .orderBy('f.id')
      .execute(),
    db.selectFrom('entities').selectAll().where('version_id', '=', versionId).orderBy('id').execute(),
  ])
  return {
    dyad: version.dyad_a !== null && version.dyad_b !== null ? [version.dyad_a, version.dyad_b] : null,
    mentions: mentions.map(rowToMention),
    events: events.map(rowToEvent),
    facts: facts.map(rowToFact),
    entities: rowsToEntities(entities),
  }
}

function dayBound(value: string, bound: 'from' | 'to'): string {
  const day = bound === 'from' ? firstDay(value) : lastDay(value)
  if (day === undefined) throw new RangeError(`--${bound} must be YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`)
  return day
}

// SQLite takes no OFFSET without a LIMIT, and PostgreSQL no negative LIMIT: the largest safe integer stands for none.
function page<Q extends { limit(n: number): Q; offset(n: number): Q }>(q: Q, limit?: number, offset?: number): Q {
  if (offset !== undefined && offset > 0) return q.limit(limit ?? Number.MAX_SAFE_INTEGER).offset(offset)
  return limit === undefined ? q : q.limit(limit)
}

/**
 * The reads a list of events is made of, in its order. With a pair (and no offset), its dated events and then its
 * undated ones, each a walk of the pair's index (`event_pairs_by_date`) in list order that stops at the page's end; a
 * cursor on an undated event leaves only the undated read. Otherwise one read, sorted.
 */
export type EventPart = 'dated' | 'undated' | 'all'

export function eventParts(query: EventQuery): EventPart[] {
  if (query.pair === undefined || (query.offset ?? 0) > 0) return ['all']
  return query.after?.date === null ? ['undated'] : ['dated', 'undated']
}

/** Events of the latest versions matching a query. */
export async function queryEvents(db: Kysely<Database>, query: EventQuery = {}): Promise<StoredEvent[]> {
  const out: StoredEvent[] = []
  for (const part of eventParts(query)) {
    const limit = query.limit === undefined ? undefined : query.limit - out.length
    if (limit === 0) break
    for (const row of await eventsSelect(db, { ...query, limit }, part).execute()) out.push(rowToEvent(row))
  }
  return out
}

/**
 * One read of the events query, for a list or an iterator (see `eventParts`). The order is by date in the asked
 * direction (the first day the date covers, then the last), then document and position, undated events last; `desc`
 * is `asc` reversed, except that undated events stay last, by document and position.
 */
export function eventsSelect(
  db: Kysely<Database>,
  { pair, type, family, text, from, to, limit, offset, after, order = 'asc' }: EventQuery = {},
  part: EventPart = 'all',
) {
  let q = db
    .selectFrom('events as e')
    // A pair is a join driven by the pair index, never a condition tested on every event.
    .$if(pair !== undefined, (q) =>
      q.innerJoin('event_pairs as p', (j) =>
        j
          .onRef('p.event_id', '=', 'e.id')
          .on('p.a', '=', (pair as Pair)[0])
          .on('p.b', '=', (pair as Pair)[1]),
      ),
    )
    .innerJoin('documents as d', 'd.latest_version_id', 'e.version_id')
    .innerJoin('document_versions as v', 'v.id', 'e.version_id')
    .selectAll('e')
    .select(['d.id as document_id', 'v.title as document_title'])
  if (text?.trim()) {
    // Dyad's search syntax, read as the documents' search reads it; a query that means nothing is refused here, before
    // any row is read, with the same reason (the engine's function `dyad_search` evaluates it on each evidence).
    searchMatcher(text)
    q = q.where(sql<boolean>`dyad_search(${text}, e.evidence_text)`)
  }
  if (type !== undefined) q = q.where('e.type', '=', type)
  if (family !== undefined) q = q.where('e.family', '=', family)
  // A partial date covers a range of days: an event is kept when its range meets the asked range. In a walk of the
  // pair's index the days are the index's own copy, so that a bound narrows the walk.
  const [first, last] = (part === 'all' ? ['e.date_first', 'e.date_last'] : ['p.date_first', 'p.date_last']).map((c) =>
    sql.ref(c),
  )
  if (from !== undefined) q = q.where(sql<boolean>`${last} >= ${dayBound(from, 'from')}`)
  if (to !== undefined) q = q.where(sql<boolean>`${first} <= ${dayBound(to, 'to')}`)
  const dir = order
  if (part === 'all') {
    if (after) q = q.where(afterEvent(after, order))
    q = q
      .orderBy(sql`case when e.date_first is null then 1 else 0 end`)
      .orderBy('e.date_first', dir)
      .orderBy('e.date_last', dir)
      // Ids follow the ordinal within a version (rows are inserted in order): the id is the position and the tie-break.
      .orderBy('d.id', dir)
      .orderBy('e.id', dir)
  } else if (part === 'dated') {
    q = q.where(sql<boolean>`p.date_first is not null`)
    if (after && after.date !== null) {
      const k = cursorDays({ ...after, date: after.date })
      q = q.where(
        sql<boolean>`(p.date_first, p.date_last, p.document_id, p.event_id) ${sql.raw(dir === 'asc' ? '>' : '<')}
          (${k.first}, ${k.last}, ${after.documentId}, ${after.id})`,
      )
    }
    for (const c of ['p.date_first', 'p.date_last', 'p.document_id', 'p.event_id']) q = q.orderBy(sql.ref(c), dir)
  } else {
    // Both days are null on an undated event: with both as equalities the index is in (document, position) order.
    q = q.where(sql<boolean>`p.date_first is null and p.date_last is null`)
    if (after && after.date === null)
      q = q.where(sql<boolean>`(p.document_id, p.event_id) > (${after.documentId}, ${after.id})`)
    q = q.orderBy(sql.ref('p.document_id')).orderBy(sql.ref('p.event_id'))
  }
  return page(q, limit, offset)
}

/** The first and last day a cursor's event covers, as rows.ts stores them. */
function cursorDays(k: EventCursor & { date: string }): { first: string; last: string } {
  const end = k.dateEnd ?? k.date
  return { first: firstDay(k.date) ?? k.date, last: lastDay(end) ?? end }
}

/**
 * The keyset condition of a sorted read: events after this one in the list's order (undated last, by date in the
 * asked direction, then document and id in the same direction; undated ones by document and id).
 */
function afterEvent(k: EventCursor, order: 'asc' | 'desc') {
  const cmp = sql.raw(order === 'asc' ? '>' : '<')
  if (k.date === null)
    return sql<boolean>`(e.date_first is null and (d.id > ${k.documentId} or (d.id = ${k.documentId} and e.id > ${k.id})))`
  const { first, last } = cursorDays({ ...k, date: k.date })
  const tail = sql`(d.id ${cmp} ${k.documentId} or (d.id = ${k.documentId} and e.id ${cmp} ${k.id}))`
  return sql<boolean>`(e.date_first is null or e.date_first ${cmp} ${first} or (e.date_first = ${first} and (
    e.date_last ${cmp} ${last} or (e.date_last = ${last} and ${tail}))))`
}

/**
 * The order of a list of facts: newest documents first (undated last; documents of the same date by id, last first),
 * then in text order within a document.
 */
const FACTS_ORDER = [
  sql`case when v.publication_date is null then 1 else 0 end`,
  sql`v.publication_date desc`,
  sql`d.id desc`,
  sql`f.value_start`,
  sql`f.id`,
]

/** Facts of the latest versions matching a query. */
export async function queryFacts(db: Kysely<Database>, query: FactQuery = {}): Promise<StoredFact[]> {
  return (await (await factsSelect(db, query)).execute()).map(rowToFact)
}

/** The facts query, for a list or an iterator. */
export async function factsSelect(db: Kysely<Database>, query: FactQuery = {}) {
  return query.pair ? pairFactsSelect(db, query.pair, query) : allFactsSelect(db, query)
}

/** The publication date of a cursor's document, as the list orders by it (`''` when it has none). */
async function cursorPublished(db: Kysely<Database>, documentId: string): Promise<string> {
  const row = await db
    .selectFrom('documents as cd')
    .innerJoin('document_versions as cv', 'cv.id', 'cd.latest_version_id')
    .select('cv.publication_date')
    .where('cd.id', '=', documentId)
    .executeTakeFirst()
  return row?.publication_date ?? ''
}

/** Facts after the cursor's within its document: by offset in the text, then id. */
function factTail(after: FactCursor) {
  return sql`(f.value_start > ${after.valueStart} or (f.value_start = ${after.valueStart} and f.id > ${after.id}))`
}

/** Every fact (of a kind): the latest versions' facts sorted by their documents' publication dates. */
async function allFactsSelect(db: Kysely<Database>, { kind, limit, offset, after }: FactQuery) {
  let q = db
    .selectFrom('facts as f')
    .innerJoin('documents as d', 'd.latest_version_id', 'f.version_id')
    .innerJoin('document_versions as v', 'v.id', 'f.version_id')
    .selectAll('f')
    .select(['d.id as document_id', 'v.title as document_title'])
  if (kind !== undefined) q = q.where('f.kind', '=', kind)
  if (after) {
    // The list's first key is the publication date of the cursor's document, read first so that the condition is a
    // range on the versions' date index.
    const date = await cursorPublished(db, after.documentId)
    const tail = sql`(d.id < ${after.documentId} or (d.id = ${after.documentId} and ${factTail(after)}))`
    q = q.where(
      date === ''
        ? sql<boolean>`(v.publication_date is null and ${tail})`
        : sql<boolean>`(v.publication_date is null or v.publication_date < ${date} or (v.publication_date = ${date} and ${tail}))`,
    )
  }
  for (const key of FACTS_ORDER) q = q.orderBy(key)
  return page(q, limit, offset)
}

/**
 * A pair's facts in the same order: a walk of the pair's documents newest first (`pair_documents_by_published`), each
 * document's facts found by its version, so that a page reads its own documents and no others.
 */
async function pairFactsSelect(db: Kysely<Database>, pair: Pair, { kind, limit, offset, after }: FactQuery) {
  let q = db
    .selectFrom('pair_documents as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .innerJoin('document_versions as v', 'v.id', 'd.latest_version_id')
    .innerJoin('facts as f', (j) =>
      j.onRef('f.version_id', '=', 'v.id').onRef('f.pair_a', '=', 's.a').onRef('f.pair_b', '=', 's.b'),
    )
    .selectAll('f')
    .select(['d.id as document_id', 'v.title as document_title'])
    .where('s.a', '=', pair[0])
    .where('s.b', '=', pair[1])
    .where('s.facts', '>', 0)
  if (kind !== undefined) q = q.where('f.kind', '=', kind)
  if (after) {
    const date = await cursorPublished(db, after.documentId)
    // A range on the index up to the cursor's document (a row value), and within that document the facts after it.
    q = q
      .where(sql<boolean>`(s.published, s.document_id) <= (${date}, ${after.documentId})`)
      .where(sql<boolean>`(s.document_id <> ${after.documentId} or ${factTail(after)})`)
  }
  q = q.orderBy('s.published', 'desc').orderBy('s.document_id', 'desc').orderBy('f.value_start').orderBy('f.id')
  return page(q, limit, offset)
}

/** Every pair named by a latest version's main pair or linked by one of its events, most documented first. */
export async function queryPairs(db: Kysely<Database>): Promise<PairSummary[]> {
  const rows = await db
    .selectFrom('pair_summaries')
    .selectAll()
    .where((eb) => eb.or([eb('documents', '>', 0), eb('events', '>', 0)]))
    .orderBy('documents', 'desc')
    .orderBy('events', 'desc')
    .orderBy('a')
    .orderBy('b')
    .execute()
  return rows.map((r) => ({
    pair: [r.a, r.b] as const,
    documents: Number(r.documents),
    events: Number(r.events),
    facts: Number(r.facts),
  }))
}

/**
 * Events by family, dates and latest event of several pairs: the families are the pairs' rows of `pair_families`, the
 * dates seeks at the ends of their rollup (`pair_event_dates`), and each pair's latest event a seek on the date it
 * reaches (`events_by_reach`; the pair's own index is kept out of that read, which would visit all its events).
 */
export async function queryPairEventsSummary(
  db: Kysely<Database>,
  pairs: readonly Pair[],
): Promise<PairEventsSummary[]> {
  if (pairs.length === 0) return []
  // The asked pairs as a table the read starts from, each then found in the rollup's key (an OR of pairs is a scan).
  const asked = sql.join(pairs.map((pair) => sql`(${pair[0]}, ${pair[1]})`))
  const [families, dates] = await Promise.all([
    sql<{ a: string; b: string; family: string; n: number }>`with asked(a, b) as (values ${asked})
      select r.a as a, r.b as b, r.family as family, r.events as n
      from asked q join pair_families r on r.a = q.a and r.b = q.b order by r.a, r.b, r.family`.execute(db),
    // Each date a seek at one end of the rollup's key or of its reach index.
    sql<{ a: string; b: string; first: string | null; last: string | null; reach: string | null }>`
      with asked(a, b) as (values ${asked})
      select q.a as a, q.b as b,
        (select min(r.date) from pair_event_dates r where r.a = q.a and r.b = q.b and r.date > '') as first,
        (select max(r.reach) from pair_event_dates r where r.a = q.a and r.b = q.b and r.reach > '') as last,
        (select r.reach from pair_event_dates r where r.a = q.a and r.b = q.b and r.date <> ''
          order by r.reach desc limit 1) as reach
      from asked q`.execute(db),
  ])
  // The date the latest dated event of each pair reaches, then that event: a tie goes to the first in list order.
  const reaches = new Map<string, string>()
  for (const g of dates.rows) if (g.reach !== null) reaches.set(`${g.a}-${g.b}`, g.reach)
  const latest = {
    rows: (
      await Promise.all(
        pairs.map(async (pair) => {
          const reach = reaches.get(`${pair[0]}-${pair[1]}`)
          if (reach === undefined) return []
          const { rows } = await sql<{ a: string; b: string; id: number }>`
            select p.a as a, p.b as b, e.id as id from events e
            join event_pairs p on p.event_id = e.id and +p.a = ${pair[0]} and +p.b = ${pair[1]}
            join documents d on d.latest_version_id = e.version_id
            where coalesce(e.date_end, e.date) = ${reach} and e.date is not null
            order by e.date_first, e.date_last, d.id, e.id limit 1`.execute(db)
          return rows
        }),
      )
    ).flat(),
  }
  const latestIds = latest.rows.map((r) => r.id)
  const latestEvents =
    latestIds.length === 0
      ? []
      : (
          await db
            .selectFrom('events as e')
            .innerJoin('document_versions as v', 'v.id', 'e.version_id')
            .selectAll('e')
            .select(['v.document_id as document_id', 'v.title as document_title'])
            .where('e.id', 'in', latestIds)
            .execute()
        ).map(rowToEvent)
  const byId = new Map(latestEvents.map((e) => [e.id, e]))
  return pairs.map((pair) => {
    const mine = families.rows.filter((g) => g.a === pair[0] && g.b === pair[1])
    const range = dates.rows.find((g) => g.a === pair[0] && g.b === pair[1])
    return {
      pair,
      families: Object.fromEntries(mine.map((g) => [g.family, Number(g.n)])),
      firstDate: range?.first ?? null,
      lastDate: range?.last ?? null,
      latest: byId.get(latest.rows.find((r) => r.a === pair[0] && r.b === pair[1])?.id ?? -1) ?? null,
    }
  })
}

/** How many of a pair's newest sources its aggregates list unless asked otherwise. */
const PAIR_SOURCES = 50

/** A pair's events grouped for its series, its actors, and its newest sources, in grouped reads and seeks. */
export async function queryPairAggregates(
  db: Kysely<Database>,
  pair: Pair,
  { direction, sources: sourcesN = PAIR_SOURCES, weights: weightsOf }: PairAggregatesOptions = {},
): Promise<PairAggregates> {
  // The groups, dates and actors are the pair's rollup rows (`pair_months`, seeks at the ends of `pair_event_dates`,
  // `pair_actors`), never its events; in one direction, the count of the events that run that way.
  const way = direction === undefined ? undefined : wayFrom(pair, direction[0])
  const n = sql.ref(way ?? 'events')
  const counted = sql.ref(way ? `${way}_counted` : 'counted')
  const where = sql`a = ${pair[0]} and b = ${pair[1]} and ${n} > 0`
  // The months are summed in SQL, one row each (by family and quad class in columns, the index weighted by type), so
  // that a profile reads as many rows as the pair has months.
  const weights = Object.entries(weightsOf ?? {})
  const quads = [...new Set(weights.flatMap(([, w]) => (w.quad ? [w.quad] : [])))].sort()
  const ofQuad = (q: string) => weights.flatMap(([type, w]) => (w.quad === q ? [type] : []))
  const intensity =
    weights.length > 0
      ? sql`case type ${sql.join(
          weights.map(([type, w]) => sql`when ${type} then ${w.intensity}`),
          sql` `,
        )} else 0 end`
      : sql`0`
  const columns = [
    ...EVENT_FAMILIES.map((f) => sql`sum(case when family = ${f} then ${n} else 0 end)`),
    ...quads.map((q) => sql`sum(case when type in (${sql.join(ofQuad(q))}) then ${n} else 0 end)`),
  ]
  const [months, undated, dates, actors, sources, sourceCount] = await Promise.all([
    sql<{ month: string; events: number; index: number }>`
      select month, sum(${n}) as events, sum(${counted} * ${intensity}) as "index",
        ${sql.join(columns.map((c, i) => sql`${c} as ${sql.ref(`c${i}`)}`))}
      from pair_months where ${where} and length(month) = 7 group by month order by month`.execute(db),
    sql<{ n: number | null }>`select sum(${n}) as n from pair_months where ${where} and month = ''`.execute(db),
    sql<{ first: string | null; last: string | null }>`select
        (select min(date) from pair_event_dates where ${where} and date > '') as first,
        (select max(reach) from pair_event_dates where ${where} and reach > '') as last`.execute(db),
    sql<{ name: string; code: string; events: number }>`select name, code, ${n} as events from pair_actors
      where ${where} order by name, code`.execute(db),
    // The newest sources: a walk from the end of the pair's documents by publication date ('' when unknown: last).
    db
      .selectFrom('pair_documents as s')
      .innerJoin('documents as d', 'd.id', 's.document_id')
      .innerJoin('document_versions as v', 'v.id', 'd.latest_version_id')
      .select(SUMMARY_COLUMNS.map((c) => `v.${c}` as const))
      .select(['d.source', 's.events', 's.facts'])
      .where('s.a', '=', pair[0])
      .where('s.b', '=', pair[1])
      .orderBy('s.published', 'desc')
      .orderBy('s.document_id', 'desc')
      .limit(sourcesN)
      .execute(),
    db
      .selectFrom('pair_documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('a', '=', pair[0])
      .where('b', '=', pair[1])
      .executeTakeFirst(),
  ])
  const nonzero = (names: readonly string[], row: Record<string, unknown>, from: number) =>
    Object.fromEntries(
      names.flatMap((name, i) => (Number(row[`c${from + i}`]) > 0 ? [[name, Number(row[`c${from + i}`])]] : [])),
    )
  return {
    months: months.rows.map((r) => ({
      month: r.month,
      events: Number(r.events),
      byFamily: nonzero(EVENT_FAMILIES, r, 0),
      byQuad: nonzero(quads, r, EVENT_FAMILIES.length),
      index: Number(r.index),
    })),
    undated: Number(undated.rows[0]?.n ?? 0),
    firstDate: dates.rows[0]?.first ?? null,
    lastDate: dates.rows[0]?.last ?? null,
    actors: actors.rows.map((a) => ({ name: a.name, code: a.code, events: Number(a.events) })),
    sources: sources.map((r) => ({ ...rowToSummary(r), events: Number(r.events), facts: Number(r.facts) })),
    sourceCount: Number(sourceCount?.n ?? 0),
  }
}

/**
 * The facts about a pair in the latest period of each kind, subkind, unit and subject: the periods are the pair's rows
 * of `pair_fact_periods`, and each period's facts a seek on `facts_by_pair_kind` (one read per kind of figure).
 */
export async function queryPairLatestFacts(db: Kysely<Database>, pair: Pair): Promise<FigureFact[]> {
  const groups = await db
    .selectFrom('pair_fact_periods')
    .select(['kind', 'subkind', 'unit', 'subject', (eb) => eb.fn.max('period').as('period')])
    .where('a', '=', pair[0])
    .where('b', '=', pair[1])
    .groupBy(['kind', 'subkind', 'unit', 'subject'])
    .execute()
  const facts = await Promise.all(
    groups.map((g) =>
      db
        .selectFrom('facts as f')
        .innerJoin('documents as d', 'd.latest_version_id', 'f.version_id')
        .innerJoin('document_versions as v', 'v.id', 'f.version_id')
        // Only what a key fact reads: a busy pair's figure can have hundreds of facts in its latest period.
        .select([
          'f.id',
          'f.kind',
          'f.subkind',
          'f.subject',
          'f.unit',
          'f.period',
          'f.pair_a',
          'f.pair_b',
          'f.value',
          'f.value_text',
          'f.qualifier',
          'd.id as document_id',
        ])
        .where('f.pair_a', '=', pair[0])
        .where('f.pair_b', '=', pair[1])
        .where('f.kind', '=', g.kind)
        // As the index and the rollup write them: no period, subkind, unit or subject is ''.
        .where(sql<boolean>`coalesce(f.period, '') = ${g.period}`)
        .where(sql<boolean>`coalesce(f.subkind, '') = ${g.subkind}`)
        .where(sql<boolean>`coalesce(f.unit, '') = ${g.unit}`)
        .where(sql<boolean>`lower(coalesce(f.subject, '')) = ${g.subject}`)
        // In the facts list's order (newest documents first), which decides ties between values.
        .$call((q) => FACTS_ORDER.reduce((o, key) => o.orderBy(key), q))
        .execute(),
    ),
  )
  return facts.flat().map((r) => ({
    id: r.id,
    documentId: r.document_id,
    kind: r.kind,
    subkind: r.subkind,
    subject: r.subject,
    unit: r.unit,
    period: r.period,
    pair: r.pair_a !== null && r.pair_b !== null ? ([r.pair_a, r.pair_b] as const) : null,
    value: r.value,
    valueText: r.value_text,
    qualifier: r.qualifier,
  }))
}

/** The profile of one pair. */
export async function queryPairProfile(
  db: Kysely<Database>,
  pair: Pair,
  { events: lastN = 10, facts: factsN = 50 }: PairProfileOptions = {},
): Promise<PairProfile> {
  // The counts are the pair's summary row and its rows by family (both kept with the latest versions).
  const summary = db
    .selectFrom('pair_summaries')
    .select(['documents', 'events', 'facts'])
    .where('a', '=', pair[0])
    .where('b', '=', pair[1])
    .executeTakeFirst()
  const byFamily = db
    .selectFrom('pair_families')
    .select(['family', 'events as n'])
    .where('a', '=', pair[0])
    .where('b', '=', pair[1])
    .execute()
  const [counts, families, lastEvents, factList] = await Promise.all([
    summary,
    byFamily,
    queryEvents(db, { pair, order: 'desc', limit: lastN }),
    queryFacts(db, { pair, limit: factsN }),
  ])
  const n = new Map(families.map((r) => [r.family, Number(r.n)]))
  return {
    pair,
    documents: Number(counts?.documents ?? 0),
    events: Number(counts?.events ?? 0),
    facts: Number(counts?.facts ?? 0),
    families: EVENT_FAMILIES.map((family: EventFamily) => ({ family, events: n.get(family) ?? 0 })),
    lastEvents,
    factList,
  }
}
