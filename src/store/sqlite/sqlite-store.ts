import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import {
  type Compilable,
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  type KyselyConfig,
  type Migration,
  type MigrationProvider,
  Migrator,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from 'kysely'
import type { Pair } from '../../core/pair.js'
import {
  countVersionInSummaries,
  eventParts,
  eventsSelect,
  factsSelect,
  insertExtraction,
  queryEvents,
  queryFacts,
  queryPairAggregates,
  queryPairEventsSummary,
  queryPairLatestFacts,
  queryPairProfile,
  queryPairs,
  readExtraction,
  replaceExtractionRows,
} from '../extraction-queries.js'
import { guardStore } from '../guard-store.js'
import { sharedMigrations } from '../migrations/index.js'
import {
  rowToDocument,
  rowToEvent,
  rowToFact,
  rowToFailure,
  rowToSummary,
  SUMMARY_COLUMNS,
  versionToRow,
} from '../rows.js'
import type { Database } from '../schema.js'
import { searchMatcher } from '../search-syntax.js'
import {
  type DocumentQuery,
  type DocumentSummary,
  type EventQuery,
  type FactQuery,
  type FailedIngest,
  type FigureFact,
  type NewDocumentVersion,
  type NewExtraction,
  type PairAggregates,
  type PairAggregatesOptions,
  type PairEventsSummary,
  type PairProfile,
  type PairProfileOptions,
  type PairSummary,
  type SaveResult,
  type SearchHit,
  type SearchOptions,
  SearchQueryError,
  type Store,
  type StoredDocument,
  type StoredEvent,
  type StoredExtraction,
  type StoredFact,
  type WithSourceUrl,
} from '../store.js'
import { ftsQuery } from './fts-query.js'
import { type StoreAction, sqliteFailure, storeUnavailable } from './sqlite-errors.js'
import { sqliteMigrations } from './sqlite-migrations.js'

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  /** File path, or `:memory:`. */
  readonly path: string
  /** Called with every statement the store runs and its parameters (query-plan tests read them). */
  readonly onQuery?: (sql: string, parameters: readonly unknown[]) => void
  /** How many of the newest matching documents a search ranks (1,000 by default). */
  readonly searchWindow?: number
  /**
   * How long a write waits for another process that holds the database's write lock before it fails with
   * StoreUnavailableError `busy` (5,000 ms by default). A batch of `dyad ingest` holds it for well under a second.
   */
  readonly busyTimeoutMs?: number
  /**
   * Once the database is open, how long one statement waits for a lock (default: busyTimeoutMs). SQLite waits by
   * blocking its thread: a server sets it short and waits between attempts instead (waitingForWriteLock), so that its
   * reads go on meanwhile.
   */
  readonly attemptTimeoutMs?: number
}

/** How long a write waits for another process's write lock by default. */
export const BUSY_TIMEOUT_MS = 5000

const SEARCH_LIMIT_MAX = 200

/** How many of the newest matching documents a search ranks (bm25 among them): its cost stays flat as the corpus grows. */
const SEARCH_WINDOW = 1000

/** A pair with at least this share of the documents is searched by walking the matches; a smaller one, its documents. */
const PAIR_SHARE_WALK = 0.05

/** How many prepared statements a store keeps for reuse. */
const STATEMENTS_KEPT = 500

/**
 * The driver as Kysely sees it, with its prepared statements kept by SQL text (least recently used dropped first):
 * Kysely prepares every query it runs, and preparing costs as much as running the small statements a save is made of.
 * A statement still being iterated is never handed out twice.
 */
function keepingStatements(driver: BetterSqlite3.Database): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => driver.close(),
    prepare(text: string) {
      const hit = kept.get(text)
      if (hit && !hit.busy) {
        kept.delete(text)
        kept.set(text, hit)
        return hit
      }
      const statement = driver.prepare(text)
      kept.set(text, statement)
      if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string)
      return statement
    },
  }
}

/** How many compiled search queries a connection keeps (an event list asks the same query of every row). */
const MATCHERS_KEPT = 32

/**
 * Registers `dyad_search(query, text)` on a connection: 1 when the text answers the query in Dyad's search syntax,
 * the same reading of words as the full-text index, so that events' evidence and documents are searched alike.
 */
export function withSearchFunction(driver: BetterSqlite3.Database): BetterSqlite3.Database {
  const kept = new Map<string, (text: string) => boolean>()
  driver.function('dyad_search', { deterministic: true }, (query, text) => {
    if (typeof query !== 'string' || typeof text !== 'string') return 0
    let test = kept.get(query)
    if (!test) {
      test = searchMatcher(query)
      kept.set(query, test)
      if (kept.size > MATCHERS_KEPT) kept.delete(kept.keys().next().value as string)
    }
    return test(text) ? 1 : 0
  })
  return driver
}

/**
 * Kysely's SQLite driver with transactions that take the write lock as they begin (`begin immediate`). Every
 * transaction of the store writes, and one that began by reading would fail at once, busy timeout or not, when another
 * process committed in between (SQLITE_BUSY_SNAPSHOT): two `dyad ingest` on one database then lost whole batches. This
 * way a writer waits for the other's commit instead. A rollback after SQLite has rolled back by itself (as it does on
 * a full disk) is skipped, so that the error the user sees is the one that stopped the transaction.
 */
class ImmediateDriver extends SqliteDriver {
  readonly #driver: BetterSqlite3.Database
  constructor(config: SqliteDialectConfig, driver: BetterSqlite3.Database) {
    super(config)
    this.#driver = driver
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#driver.inTransaction) await super.rollbackTransaction(connection)
  }
}

/** The SQLite dialect with ImmediateDriver. */
class ImmediateDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig
  readonly #driver: BetterSqlite3.Database
  constructor(config: SqliteDialectConfig, driver: BetterSqlite3.Database) {
    super(config)
    this.#config = config
    this.#driver = driver
  }
  override createDriver(): SqliteDriver {
    return new ImmediateDriver(this.#config, this.#driver)
  }
}

/**
 * Opens (creating if needed) a SQLite database in WAL mode, runs pending migrations and returns the Store over it.
 * Errors that mean the database cannot be used (busy, read-only, full disk, disk failure, cannot open, damaged) are
 * thrown, here and by every method, as StoreUnavailableError with one line for the user.
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const { path, busyTimeoutMs = BUSY_TIMEOUT_MS } = options
  const unavailable = (e: unknown, action: StoreAction) => storeUnavailable(e, { path, action, busyTimeoutMs })
  try {
    return guardStore(await openSqliteStore(options), unavailable)
  } catch (e) {
    throw unavailable(e, 'open') ?? e
  }
}

async function openSqliteStore({
  path,
  onQuery,
  searchWindow = SEARCH_WINDOW,
  busyTimeoutMs = BUSY_TIMEOUT_MS,
  attemptTimeoutMs,
}: SqliteStoreOptions): Promise<Store> {
  if (path !== ':memory:') ensureFolder(dirname(path))
  // `timeout` is SQLite's busy timeout: how long a statement waits for another process's lock before SQLITE_BUSY.
  const driver = new BetterSqlite3(path, { timeout: busyTimeoutMs })
  try {
    await whileBusy(() => driver.pragma('journal_mode = WAL'), busyTimeoutMs)
    // In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process loses no committed document and
    // the database is never corrupted; a power cut may undo the last commits before a checkpoint (SQLite's advice).
    driver.pragma('synchronous = NORMAL')
    driver.pragma('foreign_keys = ON')
    withSearchFunction(driver)
  } catch (e) {
    driver.close()
    throw e
  }
  const log: KyselyConfig['log'] = (e) => {
    if (e.level === 'query') onQuery?.(e.query.sql, e.query.parameters)
  }
  const config: SqliteDialectConfig = { database: keepingStatements(driver) }
  const db = new Kysely<Database>({ dialect: new ImmediateDialect(config, driver), ...(onQuery && { log }) })
  try {
    // New indexes are worth nothing to a planner without statistics: analyze when a migration ran (inside it), else let
    // SQLite refresh what it judges stale (cheap on open, as SQLite recommends for long-lived connections).
    if (!(await whileBusy(() => migrate(db, driver), busyTimeoutMs)))
      bestEffort(() => driver.pragma('optimize=0x10002'))
  } catch (e) {
    await db.destroy()
    throw e
  }
  // Opening (and migrating) waited the whole busy timeout; what follows waits as the caller asked.
  if (attemptTimeoutMs !== undefined) driver.pragma(`busy_timeout = ${Math.max(0, Math.floor(attemptTimeoutMs))}`)

  /**
   * Rows of a query one at a time (better-sqlite3's `iterate()`). A file database streams on a read-only connection of
   * its own, opened for the stream, so that a slow reader never holds the connection every other request needs; an
   * in-memory one, which has no second connection, is read whole.
   */
  async function* streamRows<R, T>(
    query: (kdb: Kysely<Database>) => Compilable<R> | Promise<Compilable<R>>,
    map: (row: R) => T,
  ): AsyncGenerator<T> {
    const compiled = (await query(db)).compile()
    if (path === ':memory:') {
      // The data is in memory already, and the only connection must stay free for other requests meanwhile.
      for (const row of (await db.executeQuery(compiled)).rows) yield map(row)
      return
    }
    const reader = withSearchFunction(new BetterSqlite3(path, { readonly: true, fileMustExist: true }))
    try {
      onQuery?.(compiled.sql, compiled.parameters)
      // Straight from the driver: one row per step, without a promise per row in between.
      for (const row of reader.prepare(compiled.sql).iterate(...(compiled.parameters as unknown[]))) yield map(row as R)
    } finally {
      reader.close()
    }
  }

  /** Stores a version inside a transaction, or reports `unchanged` when the same bytes are already stored. */
  async function saveIn(trx: Kysely<Database>, v: NewDocumentVersion): Promise<SaveResult> {
    const same = await trx
      .selectFrom('document_versions')
      .select(['id', 'document_id', 'version'])
      .where('content_hash', '=', v.contentHash)
      .executeTakeFirst()
    if (same) return { status: 'unchanged', documentId: same.document_id, versionId: same.id, version: same.version }
    const doc = await trx
      .selectFrom('documents')
      .select(['latest_version', 'latest_version_id'])
      .where('id', '=', v.documentId)
      .executeTakeFirst()
    const version = (doc?.latest_version ?? 0) + 1
    if (!doc) {
      // The version row needs its document first (foreign key); the latest pointer is set right after.
      await trx
        .insertInto('documents')
        .values({
          id: v.documentId,
          source: v.sourceUrl ?? v.origin,
          source_url: v.sourceUrl,
          created_at: v.ingestedAt,
          latest_version_id: 0,
          latest_version: 0,
        })
        .execute()
    }
    // The old latest version stops counting for its pairs; the new one counts once its extraction is in.
    if (doc) await countVersionInSummaries(trx, doc.latest_version_id, -1)
    const row = versionToRow(v, version)
    const inserted = await trx.insertInto('document_versions').values(row).returning('id').executeTakeFirstOrThrow()
    await trx
      .updateTable('documents')
      .set({ latest_version_id: inserted.id, latest_version: version, source: v.sourceUrl ?? v.origin })
      .where('id', '=', v.documentId)
      .execute()
    await sql`insert into documents_fts(rowid, title, clean_text) values (${inserted.id}, ${row.title ?? ''}, ${row.clean_text})`.execute(
      trx,
    )
    if (v.extraction)
      await insertExtraction(trx, { id: inserted.id, documentId: v.documentId }, v.extraction, v.cleanText)
    await countVersionInSummaries(trx, inserted.id, 1)
    return { status: 'ingested', documentId: v.documentId, versionId: inserted.id, version }
  }

  /**
   * The versions a search ranks, with their bm25 rank: the newest `searchWindow` latest versions that match (and are
   * about the pair, of the source type). A pair holding a fair share of the documents is searched by walking the
   * matches newest first until the window is full; a smaller one by walking its own documents newest first, checked
   * against the set of matches. Either way the work is bounded by the window or by the pair, not by the corpus.
   */
  async function searchCandidates(
    fts: string,
    pair: Pair | undefined,
    sourceType: string | undefined,
  ): Promise<{ id: number; rank: number }[]> {
    const ofType = sourceType ? sql`and v.source_type = ${sourceType}` : sql``
    if (pair && !(await pairIsLarge(pair))) {
      const { rows } = await sql<{ id: number }>`select v.id as id from pair_documents s
        join documents d on d.id = s.document_id join document_versions v on v.id = d.latest_version_id
        where s.a = ${pair[0]} and s.b = ${pair[1]} ${ofType}
          and v.id in (select rowid from documents_fts where documents_fts match ${fts})
        order by s.published desc, s.document_id desc limit ${searchWindow}`.execute(db)
      if (rows.length === 0) return []
      return (
        await sql<{ id: number; rank: number }>`select m.rowid as id, bm25(documents_fts) as rank from documents_fts m
          where documents_fts match ${fts}
            and ${among(rows.map((r) => r.id))}`.execute(db)
      ).rows
    }
    const aboutPair = pair
      ? sql`and exists (select 1 from pair_documents s where s.a = ${pair[0]} and s.b = ${pair[1]} and s.document_id = d.id)`
      : sql``
    return (
      await sql<{ id: number; rank: number }>`select m.rowid as id, bm25(documents_fts) as rank from documents_fts m
        join documents d on d.latest_version_id = m.rowid join document_versions v on v.id = m.rowid
        where documents_fts match ${fts} ${aboutPair} ${ofType}
        order by m.rowid desc limit ${searchWindow}`.execute(db)
    ).rows
  }

  /**
   * The condition that the match `m` is one of these versions: the matches between the lowest and the highest are
   * walked (a rowid range the full-text index seeks to), each tested against the set; a probe of the index per id
   * would read a common word's whole list of documents each time.
   */
  function among(ids: readonly number[]) {
    return sql`m.rowid between ${Math.min(...ids)} and ${Math.max(...ids)}
      and +m.rowid in (select value from json_each(${JSON.stringify(ids)}))`
  }

  /** Whether a pair holds at least PAIR_SHARE_WALK of the documents (its count against the highest version id). */
  async function pairIsLarge(pair: Pair): Promise<boolean> {
    const { rows } = await sql<{ about: number; all: number | null }>`select
      (select count(*) from pair_documents where a = ${pair[0]} and b = ${pair[1]}) as about,
      (select max(id) from document_versions) as "all"`.execute(db)
    const { about = 0, all = 0 } = rows[0] ?? {}
    return Number(about) >= PAIR_SHARE_WALK * Number(all ?? 0)
  }

  const latest = () =>
    db
      .selectFrom('documents as d')
      .innerJoin('document_versions as v', 'v.id', 'd.latest_version_id')
      .selectAll('v')
      .select('d.source')

  return {
    async saveVersion(v: NewDocumentVersion): Promise<SaveResult> {
      return db.transaction().execute((trx) => saveIn(trx, v))
    },

    async saveVersions(versions: readonly NewDocumentVersion[]): Promise<(SaveResult | Error)[]> {
      return db.transaction().execute(async (trx) => {
        const out: (SaveResult | Error)[] = []
        for (const v of versions) {
          await sql`savepoint save_version`.execute(trx)
          try {
            out.push(await saveIn(trx, v))
          } catch (e) {
            // A database that cannot be written fails the whole batch (SQLite may have rolled it all back already).
            if (sqliteFailure(e)) throw e
            await sql`rollback to save_version`.execute(trx)
            out.push(e instanceof Error ? e : new Error(String(e)))
          }
          await sql`release save_version`.execute(trx)
        }
        return out
      })
    },

    async recordFailure(f: FailedIngest): Promise<void> {
      await db
        .insertInto('ingest_failures')
        .values({
          document_id: f.documentId,
          origin: f.origin,
          content_hash: f.contentHash,
          error: f.error,
          ingested_at: f.ingestedAt,
        })
        .execute()
    },

    async findByContentHash(contentHash: string): Promise<SaveResult | undefined> {
      const r = await db
        .selectFrom('document_versions')
        .select(['id', 'document_id', 'version', 'extractor'])
        .where('content_hash', '=', contentHash)
        .executeTakeFirst()
      return (
        r && {
          status: 'unchanged',
          documentId: r.document_id,
          versionId: r.id,
          version: r.version,
          extractor: r.extractor,
        }
      )
    },

    async replaceExtraction(versionId: number, extraction: NewExtraction, cleanText: string): Promise<void> {
      await db.transaction().execute((trx) => replaceExtractionRows(trx, versionId, extraction, cleanText))
    },

    async listDocuments({
      pair,
      limit,
      after,
      ids,
      idPrefix,
      titleText,
      sourceType,
    }: DocumentQuery = {}): Promise<DocumentSummary[]> {
      if (ids?.length === 0) return []
      let q = db
        .selectFrom('documents as d')
        .innerJoin('document_versions as v', 'v.id', 'd.latest_version_id')
        .select(SUMMARY_COLUMNS.map((c) => `v.${c}` as const))
        .select('d.source')
      // A pair drives the read from its versions (both halves indexed), not from every document.
      if (pair)
        q = q.where(
          sql<boolean>`d.id in (select document_id from pair_documents where a = ${pair[0]} and b = ${pair[1]})`,
        )
      if (ids) q = q.where('d.id', 'in', ids)
      // A range on the ids' index: the prefix, then every id it begins.
      if (idPrefix !== undefined) q = q.where('d.id', '>=', idPrefix).where('d.id', '<', `${idPrefix}\uffff`)
      // The characters as written: LIKE's wildcards in them are escaped. LIKE ignores the case of ASCII letters only.
      if (titleText)
        q = q.where(
          sql<boolean>`coalesce(v.title, d.source) like ${`%${titleText.replace(/[\\%_]/g, '\\$&')}%`} escape '\\'`,
        )
      if (sourceType) q = q.where('v.source_type', '=', sourceType)
      if (after !== undefined)
        q = q.where(
          sql<boolean>`(d.created_at, d.id) > ((select c.created_at from documents c where c.id = ${after}), ${after})`,
        )
      q = q.orderBy('d.created_at').orderBy('d.id')
      if (limit !== undefined) q = q.limit(limit)
      return (await q.execute()).map(rowToSummary)
    },

    async getDocument(id: string, version?: number): Promise<StoredDocument | undefined> {
      const row =
        version === undefined
          ? await latest().where('d.id', '=', id).executeTakeFirst()
          : await db
              .selectFrom('document_versions as v')
              .innerJoin('documents as d', 'd.id', 'v.document_id')
              .selectAll('v')
              .select('d.source')
              .where('v.document_id', '=', id)
              .where('v.version', '=', version)
              .executeTakeFirst()
      return row && rowToDocument(row)
    },

    async getExtraction(id: string, version?: number): Promise<StoredExtraction | undefined> {
      const row =
        version === undefined
          ? await db.selectFrom('documents').select('latest_version_id as id').where('id', '=', id).executeTakeFirst()
          : await db
              .selectFrom('document_versions')
              .select('id')
              .where('document_id', '=', id)
              .where('version', '=', version)
              .executeTakeFirst()
      return row && readExtraction(db, row.id)
    },

    async listEvents(query?: EventQuery): Promise<StoredEvent[]> {
      return queryEvents(db, query)
    },

    async listFacts(query?: FactQuery): Promise<StoredFact[]> {
      return queryFacts(db, query)
    },

    async *streamEvents(query: EventQuery = {}): AsyncIterable<WithSourceUrl<StoredEvent>> {
      // The reads of the list, one after the other (a pair's dated events, then its undated ones).
      let left = query.limit
      for (const part of eventParts(query)) {
        if (left === 0) return
        const rows = streamRows(
          (kdb) => eventsSelect(kdb, { ...query, limit: left }, part).select('v.source_url as source_url'),
          (r) => ({ ...rowToEvent(r), sourceUrl: r.source_url }),
        )
        for await (const e of rows) {
          yield e
          if (left !== undefined) left--
        }
      }
    },

    streamFacts(query?: FactQuery): AsyncIterable<WithSourceUrl<StoredFact>> {
      return streamRows(
        async (kdb) => (await factsSelect(kdb, query)).select('v.source_url as source_url'),
        (r) => ({ ...rowToFact(r), sourceUrl: r.source_url }),
      )
    },

    async listPairs(): Promise<PairSummary[]> {
      return queryPairs(db)
    },

    async pairAggregates(pair: Pair, options?: PairAggregatesOptions): Promise<PairAggregates> {
      return queryPairAggregates(db, pair, options)
    },

    async pairLatestFacts(pair: Pair): Promise<FigureFact[]> {
      return queryPairLatestFacts(db, pair)
    },

    async summarizePairEvents(pairs: readonly Pair[]): Promise<PairEventsSummary[]> {
      return queryPairEventsSummary(db, pairs)
    },

    async pairProfile(pair: Pair, options?: PairProfileOptions): Promise<PairProfile> {
      return queryPairProfile(db, pair, options)
    },

    async search(
      query: string,
      { limit = 20, marks = ['[', ']'], pair, sourceType }: SearchOptions = {},
    ): Promise<SearchHit[]> {
      const n = Math.max(1, Math.min(limit, SEARCH_LIMIT_MAX))
      // Dyad's syntax, translated (or refused with a reason) before anything reaches the full-text index.
      const fts = ftsQuery(query)
      try {
        const candidates = await searchCandidates(fts, pair, sourceType)
        // The best first (bm25: lower is better), the newer on a tie; only these are read whole, with their snippets.
        const top = candidates.sort((x, y) => x.rank - y.rank || y.id - x.id).slice(0, n)
        if (top.length === 0) return []
        const { rows } = await sql<Omit<SearchHit, 'rank'> & { version: number }>`
          select m.rowid as version, d.id as id, v.title as title, d.source as source,
                 v.publication_date as "publicationDate", v.source_type as "sourceType",
                 snippet(documents_fts, 1, ${marks[0]}, ${marks[1]}, '…', 16) as snippet
          from documents_fts m
          join documents d on d.latest_version_id = m.rowid
          join document_versions v on v.id = m.rowid
          where documents_fts match ${fts} and ${among(top.map((c) => c.id))}`.execute(db)
        const byVersion = new Map(rows.map(({ version, ...hit }) => [version, hit]))
        return top.flatMap((c) => {
          const hit = byVersion.get(c.id)
          return hit ? [{ ...hit, rank: c.rank }] : []
        })
      } catch (e) {
        // The query was translated, so this is not expected; the user still gets a reason, not the engine's wording.
        const msg = e instanceof Error ? e.message : String(e)
        if (/fts5|syntax error|no such column|unterminated|malformed/i.test(msg)) {
          throw new SearchQueryError(`cannot search for ${JSON.stringify(query)}: the full-text index cannot read it`)
        }
        throw e
      }
    },

    async listFailures(limit = 100): Promise<FailedIngest[]> {
      const rows = await db.selectFrom('ingest_failures').selectAll().orderBy('id', 'desc').limit(limit).execute()
      return rows.map(rowToFailure)
    },

    async optimize(): Promise<void> {
      bestEffort(() => analyze(driver))
    },

    async close(): Promise<void> {
      bestEffort(() => driver.pragma('optimize'))
      await db.destroy()
    },
  }
}

/** Why a folder cannot be made, in words (the system's code kept for searching). */
const FOLDER_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  ENOENT: 'that place cannot hold folders',
}

/**
 * Makes the database's folder and any missing parent, one level at a time (Node's recursive mkdir loops forever under
 * /proc), or throws one line saying which folder cannot be made and why.
 */
function ensureFolder(dir: string): void {
  const missing: string[] = []
  let at = dir
  while (!existsSync(at)) {
    missing.unshift(at)
    const up = dirname(at)
    if (up === at) break
    at = up
  }
  if (existsSync(at) && !statSync(at).isDirectory()) throw new Error(`${at} is a file, not a folder`)
  for (const folder of missing)
    try {
      mkdirSync(folder)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? ''
      // Another process (a second `dyad ingest` on the same new database) made it in the meantime.
      if (code === 'EEXIST' && statSync(folder).isDirectory()) continue
      throw new Error(`cannot make the folder ${folder}: ${FOLDER_ERRORS[code] ?? 'refused'} (${code || String(e)})`)
    }
}

/** The migrations of this engine, by name. */
const MIGRATIONS: Readonly<Record<string, Migration>> = { ...sharedMigrations, ...sqliteMigrations }

/**
 * Runs a step of opening again while the database is busy, up to `totalMs`: SQLite answers SQLITE_BUSY at once, without
 * waiting its busy timeout, where waiting could deadlock — as when processes open a new database together, one turning
 * it to WAL or migrating it while another reads its schema. A step that failed this way changed nothing.
 */
async function whileBusy<T>(step: () => T | Promise<T>, totalMs: number): Promise<T> {
  const until = Date.now() + totalMs
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    try {
      return await step()
    } catch (e) {
      if (sqliteFailure(e) !== 'busy' || Date.now() >= until) throw e
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
  }
}

/**
 * Runs pending migrations in one transaction that holds the write lock from its start, then analyzes; true when any
 * ran. Two processes opening a new database at once used to race (both creating the same tables: "table documents
 * already exists"), and a process killed between two migrations left a database no later open could migrate. Now the
 * second waits for the first's commit and finds nothing left to do (Kysely's migrator reads what ran inside the lock),
 * and a killed migration leaves the database as it was. A database with nothing pending is only read.
 */
async function migrate(db: Kysely<Database>, driver: BetterSqlite3.Database): Promise<boolean> {
  if (pendingMigrations(driver) === 0) return false
  driver.exec('begin immediate')
  try {
    const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS }
    const { error, results = [] } = await new Migrator({ db, provider }).migrateToLatest()
    if (error) throw error instanceof Error ? error : new Error(String(error))
    if (results.length > 0) analyze(driver)
    driver.exec('commit')
    return results.length > 0
  } catch (e) {
    if (driver.inTransaction) driver.exec('rollback')
    throw e
  }
}

/** How many migrations have not run on this database (all of them on a new one), read without taking any lock. */
function pendingMigrations(driver: BetterSqlite3.Database): number {
  const table = driver.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get()
  if (!table) return Object.keys(MIGRATIONS).length
  const ran = new Set(
    (driver.prepare('select name from kysely_migration').all() as { name: string }[]).map((r) => r.name),
  )
  return Object.keys(MIGRATIONS).filter((name) => !ran.has(name)).length
}

/**
 * Runs a refresh of the planner's statistics that may be skipped: when the database is busy, read-only or full, the
 * data is still there and the statistics are only stale.
 */
function bestEffort(refresh: () => unknown): void {
  try {
    refresh()
  } catch (e) {
    if (!sqliteFailure(e)) throw e
  }
}

/** Planner statistics for every index, sampled (`analysis_limit`) so that it stays quick at millions of rows. */
function analyze(driver: BetterSqlite3.Database): void {
  driver.pragma('analysis_limit = 1000')
  driver.exec('analyze')
}
