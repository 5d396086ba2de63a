import type { ActorKind } from '../core/actors.js'
import type { Pair } from '../core/pair.js'
import type { EventFamily } from '../core/plover.js'
import type {
  DateBasis,
  DatePrecision,
  DocumentMetadata,
  Entities,
  Event,
  Fact,
  MediaType,
  Mention,
  Removal,
  RuleId,
  Span,
  SpanMapSegment,
} from '../core/types.js'

/** A new version of a document, ready to be stored in one transaction. */
export interface NewDocumentVersion {
  /** Stable id of the logical document (same for every version of the same source). */
  readonly documentId: string
  /** Path, URL or `-` the bytes were read from. */
  readonly origin: string
  /** URL the document says it came from (SOURCE line), if any. */
  readonly sourceUrl: string | null
  /** sha256 of the raw bytes, hex. */
  readonly contentHash: string
  readonly byteLength: number
  readonly mediaType: MediaType
  readonly charset: string
  /** Decoded text after charset repair, before cleaning. */
  readonly rawText: string
  readonly cleanText: string
  readonly spanMap: readonly SpanMapSegment[]
  readonly removals: readonly Removal[]
  readonly metadata: DocumentMetadata
  /** ISO timestamp of the ingest. */
  readonly ingestedAt: string
  /** What extraction read from the clean text; stored in the same transaction as the version. */
  readonly extraction?: NewExtraction
}

/** Extraction results to store with a version; spans are offsets into the version's clean text. */
export interface NewExtraction {
  /** The document's main pair (alphabetical), when one can be told. */
  readonly dyad: Pair | null
  readonly mentions: readonly Mention[]
  readonly events: readonly Event[]
  readonly facts: readonly Fact[]
  readonly entities: Entities
  /** Fingerprint of the extractor that produced it, so that an upgraded Dyad can tell stale extractions. */
  readonly extractor?: string
}

/** An input that could not be ingested, kept so a user can see what failed and why. */
export interface FailedIngest {
  readonly documentId: string
  readonly origin: string
  readonly contentHash: string | null
  readonly error: string
  readonly ingestedAt: string
}

/** The outcome of saving a version: stored anew, or the same bytes were already there. */
export interface SaveResult {
  readonly status: 'ingested' | 'unchanged'
  readonly documentId: string
  readonly versionId: number
  readonly version: number
  /** Fingerprint of the extractor that read the stored version (`findByContentHash`), null if unknown. */
  readonly extractor?: string | null
}

/** What a list of documents shows for each one (its latest version). */
export interface DocumentSummary {
  readonly id: string
  readonly source: string
  readonly sourceUrl: string | null
  readonly version: number
  readonly title: string | null
  readonly authors: readonly string[]
  readonly publicationDate: string | null
  readonly sourceType: string
  readonly language: string
  readonly ingestedAt: string
  /** The document's main pair, when extraction could tell one. */
  readonly dyad: Pair | null
}

/** A stored document version with its texts and metadata. */
export interface StoredDocument extends DocumentSummary {
  readonly versionId: number
  readonly origin: string
  readonly contentHash: string
  readonly charset: string
  readonly mediaType: MediaType
  readonly rawText: string
  readonly cleanText: string
  readonly spanMap: readonly SpanMapSegment[]
  readonly removals: readonly Removal[]
  readonly metadata: DocumentMetadata
}

/** One full-text search hit, with a snippet whose matches are wrapped in the given marks. */
export interface SearchHit {
  readonly id: string
  readonly title: string | null
  readonly source: string
  readonly snippet: string
  readonly rank: number
  readonly publicationDate: string | null
  readonly sourceType: string
}

/** Filters of the document list. */
export interface DocumentQuery {
  /** Only documents about this pair: its main pair, or giving events or facts of it. */
  readonly pair?: Pair
  readonly limit?: number
  /** Only the documents after this one in the list's order (keyset paging: the last id of the previous page). */
  readonly after?: string
  /** Only these documents. */
  readonly ids?: readonly string[]
  /** Only the documents whose id starts so. */
  readonly idPrefix?: string
  /** Only the documents whose title (or source, for one without a title) holds these characters, in any case. */
  readonly titleText?: string
  /** Only the documents of this source type. */
  readonly sourceType?: string
}

/** Options of a full-text search. */
export interface SearchOptions {
  readonly limit?: number
  /** Only documents about this pair: its main pair, or giving events or facts of it. */
  readonly pair?: Pair
  /** Only documents of this source type. */
  readonly sourceType?: string
  /** Strings put around each match in the snippet. */
  readonly marks?: readonly [string, string]
}

/** A stored event of a document's latest version, with its actors as listing codes and its evidence text. */
export interface StoredEvent {
  readonly id: number
  readonly documentId: string
  readonly documentTitle: string | null
  readonly type: string
  readonly family: EventFamily
  /** Listing code of each actor: ISO3 for a state (or a person's state), else the name. */
  readonly source: string
  readonly target: string | null
  readonly coSources: readonly string[]
  readonly coTargets: readonly string[]
  /** The person's or organisation's name when the actor is not a state. */
  readonly sourceActor: string | null
  readonly targetActor: string | null
  /** Whether the source and the target are a state, a person or an organisation. */
  readonly sourceKind: ActorKind
  readonly targetKind: ActorKind | null
  readonly date: string | null
  readonly datePrecision: DatePrecision | null
  readonly dateEnd: string | null
  readonly dateBasis: DateBasis | null
  readonly flags: { readonly negated: boolean; readonly hedged: boolean; readonly future: boolean }
  readonly dyadRelevant: boolean
  readonly evidence: Span
  readonly evidenceText: string
  readonly rule: RuleId
  readonly confidence: number
}

/** A stored fact of a document's latest version, with the number and evidence as written. */
export interface StoredFact {
  readonly id: number
  readonly documentId: string
  readonly documentTitle: string | null
  readonly kind: string
  readonly subkind: string | null
  readonly subject: string | null
  readonly value: number
  readonly valueMax: number | null
  readonly unit: string | null
  readonly qualifier: string | null
  readonly period: string | null
  /** The two states the fact is about (its own sentence's, else its paragraph's, else the document's pair). */
  readonly pair: Pair | null
  readonly valueSpan: Span
  readonly valueText: string
  readonly evidence: Span
  readonly evidenceText: string
  readonly rule: RuleId
  readonly confidence: number
}

/** Filters of an event list; all are optional and combine with AND. */
export interface EventQuery {
  /** Events linking the two states, in either direction, through sources and co-sources × targets and co-targets. */
  readonly pair?: Pair
  /** Exact event type, e.g. `CONSULT`. */
  readonly type?: string
  readonly family?: EventFamily
  /** A search of the evidence sentence in Dyad's search syntax (words, "phrases", prefix*, OR, NOT, parentheses). */
  readonly text?: string
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: dated events whose dates reach this day or later (undated ones are left out). */
  readonly from?: string
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: dated events whose dates start this day or earlier (undated ones are left out). */
  readonly to?: string
  readonly limit?: number
  /** How many of the ordered events to skip first (for paging). */
  readonly offset?: number
  /** Only the events after this one in the list's order (keyset paging: the last event of the previous page). */
  readonly after?: EventCursor
  /** By date, oldest first (`asc`, the default) or newest first; undated events come last either way. */
  readonly order?: 'asc' | 'desc'
}

/** Filters of a fact list. */
export interface FactQuery {
  /** Facts about this pair (the fact's own pair, whatever its document's main pair). */
  readonly pair?: Pair
  readonly kind?: string
  readonly limit?: number
  /** How many of the ordered facts to skip first (for paging). */
  readonly offset?: number
  /** Only the facts after this one in the list's order (keyset paging: the last fact of the previous page). */
  readonly after?: FactCursor
}

/** Where an event list's page ends: the fields of its last event that place it in the order. */
export type EventCursor = Pick<StoredEvent, 'id' | 'documentId' | 'date' | 'dateEnd'>

/** Where a fact list's page ends: its last fact's id, document and position in the text. */
export interface FactCursor {
  readonly id: number
  readonly documentId: string
  readonly valueStart: number
}

/** A pair of states with how much is stored about it. */
export interface PairSummary {
  readonly pair: Pair
  /** Latest versions whose main pair this is. */
  readonly documents: number
  /** Events linking the two states. */
  readonly events: number
  /** Facts about this pair. */
  readonly facts: number
}

/** What `dyad pair` shows: counts, events by family, the latest events and the facts. */
export interface PairProfile extends PairSummary {
  /** Event counts of every family, zero included, in EVENT_FAMILIES order. */
  readonly families: readonly { readonly family: EventFamily; readonly events: number }[]
  /** The most recent events, newest first, undated last. */
  readonly lastEvents: readonly StoredEvent[]
  readonly factList: readonly StoredFact[]
}

/** What the list of pairs shows of a pair's events beyond its counts. */
export interface PairEventsSummary {
  readonly pair: Pair
  /** Event counts of the families with any event. */
  readonly families: Readonly<Record<string, number>>
  /** The earliest date of a dated event, and the latest date (or end) one reaches, as written. */
  readonly firstDate: string | null
  readonly lastDate: string | null
  /** The dated event that reaches latest (the first in list order on a tie), or null when none is dated. */
  readonly latest: StoredEvent | null
}

/** A person or organisation acting in a pair's events, with the state it is coded to. */
export interface PairActorCount {
  readonly name: string
  readonly code: string
  readonly events: number
}

/** A document about a pair, with how many of the pair's events and facts it gives (in either direction). */
export interface PairSource extends DocumentSummary {
  readonly events: number
  readonly facts: number
}

/** What a key fact reads of each fact: the figure, its value as written, and the document that gives it. */
export type FigureFact = Pick<
  StoredFact,
  | 'id'
  | 'documentId'
  | 'kind'
  | 'subkind'
  | 'subject'
  | 'unit'
  | 'period'
  | 'pair'
  | 'value'
  | 'valueText'
  | 'qualifier'
>

/** How each event type weighs in a series: its PLOVER quad class and intensity (lexicons/events/intensity.json). */
export type SeriesWeights = Readonly<Record<string, { readonly quad: string | null; readonly intensity: number }>>

/** One month of a pair's events, summed by the store: by family, by quad class, and the weighted index (unrounded). */
export interface PairMonthCounts {
  /** `YYYY-MM`. */
  readonly month: string
  readonly events: number
  /** Only the families and quad classes the month has events of. */
  readonly byFamily: Readonly<Record<string, number>>
  readonly byQuad: Readonly<Record<string, number>>
  /** The sum of the intensities of its events that are neither negated nor future. */
  readonly index: number
}

/** A pair's events and facts summed up in grouped reads, so that a profile never holds them all. */
export interface PairAggregates {
  /** The months of the events in the asked direction (all of the pair's when none is asked), in order. */
  readonly months: readonly PairMonthCounts[]
  /** Events without a date (those dated to a year only are in no month, and not here either). */
  readonly undated: number
  /** The earliest date of a dated event, and the latest date (or end) one reaches, as written. */
  readonly firstDate: string | null
  readonly lastDate: string | null
  readonly actors: readonly PairActorCount[]
  /** The newest documents about the pair (publication date, newest first; undated last), at most `sources` of them. */
  readonly sources: readonly PairSource[]
  /** How many documents are about the pair: its main pair, or giving events or facts of it. */
  readonly sourceCount: number
}

/** How much of a pair's aggregates to read. */
export interface PairAggregatesOptions {
  /** Only the acts of `direction[0]` on `direction[1]`. */
  readonly direction?: readonly [string, string]
  /** How many of the newest sources (50 by default). */
  readonly sources?: number
  /** How each type weighs in the months' quad classes and index (none: no quad class, no index). */
  readonly weights?: SeriesWeights
}

/** How many of the latest events and facts a pair profile includes. */
export interface PairProfileOptions {
  readonly events?: number
  readonly facts?: number
}

/** What extraction read from one version, as stored. */
export interface StoredExtraction {
  readonly dyad: Pair | null
  readonly mentions: readonly Mention[]
  readonly events: readonly StoredEvent[]
  readonly facts: readonly StoredFact[]
  readonly entities: Entities
}

/** An item read for an export, with the URL its document says it came from. */
export type WithSourceUrl<T> = T & { readonly sourceUrl: string | null }

/** Thrown when a search query is not valid in the engine's query language. */
export class SearchQueryError extends Error {
  override readonly name = 'SearchQueryError'
}

/**
 * Why the database itself cannot be used, whatever the document: another process holds its write lock longer than the
 * busy timeout, it cannot be written (a read-only disk or file), the disk is full, the disk failed, it cannot be
 * opened, or it is damaged.
 */
export type StoreFailure = 'busy' | 'read-only' | 'full' | 'io' | 'cannot-open' | 'damaged'

/**
 * Thrown by a store when the database cannot be used (see StoreFailure), with one line for the user that names the
 * database, the reason and the engine's code ("cannot write to /data/dyad.db: the disk is full (SQLITE_FULL)"), and
 * the reason alone for those who should not see the path (an HTTP client). A write that fails this way stored nothing
 * of its transaction. The CLI prints the line and exits 1; the API answers 503 (507 for a full disk) with the reason.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError'
  constructor(
    message: string,
    readonly failure: StoreFailure,
    /** The reason without the database's path: "the disk is full (SQLITE_FULL)". */
    readonly reason: string,
  ) {
    super(message)
  }
}

/** The storage port: every SQL statement of Dyad lives behind it, one implementation per engine. */
export interface Store {
  /** Stores a version in one transaction, or reports `unchanged` when the same bytes are already stored. */
  saveVersion(version: NewDocumentVersion): Promise<SaveResult>
  /**
   * Stores several versions in one transaction (one commit), each in a savepoint of its own: a version that fails is
   * rolled back alone and its error returned in its place; the others are stored. Results in the order given. When the
   * database itself fails (StoreUnavailableError: full, read-only, busy…), the whole transaction is rolled back and the
   * error thrown: nothing of the batch is stored.
   */
  saveVersions(versions: readonly NewDocumentVersion[]): Promise<(SaveResult | Error)[]>
  /** Records an input that failed, without touching stored documents. */
  recordFailure(failure: FailedIngest): Promise<void>
  /** The stored version with these bytes, if any, with the fingerprint of the extractor that read it. */
  findByContentHash(contentHash: string): Promise<SaveResult | undefined>
  /** Replaces what extraction stored for a version (events, facts, mentions, entities, pair) in one transaction. */
  replaceExtraction(versionId: number, extraction: NewExtraction, cleanText: string): Promise<void>
  /** The latest version of every document, oldest first, without its texts. */
  listDocuments(query?: DocumentQuery): Promise<DocumentSummary[]>
  /** The latest version of a document (or a given version). */
  getDocument(id: string, version?: number): Promise<StoredDocument | undefined>
  /** Full-text search over the latest versions' clean text and titles. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>
  /** What extraction stored for the latest version of a document (or a given version). */
  getExtraction(id: string, version?: number): Promise<StoredExtraction | undefined>
  /** Events of the latest versions, ordered by date (undated last), then document and position. */
  listEvents(query?: EventQuery): Promise<StoredEvent[]>
  /** Facts of the latest versions, newest documents first, in text order within a document. */
  listFacts(query?: FactQuery): Promise<StoredFact[]>
  /** The events `listEvents` lists, read one at a time with their document's URL: memory stays flat however many. */
  streamEvents(query?: EventQuery): AsyncIterable<WithSourceUrl<StoredEvent>>
  /** The facts `listFacts` lists, read one at a time with their document's URL. */
  streamFacts(query?: FactQuery): AsyncIterable<WithSourceUrl<StoredFact>>
  /** Every pair a latest version names as its main pair or links by an event, most documented first. */
  listPairs(): Promise<PairSummary[]>
  /**
   * For each of these pairs (one page of `listPairs`), its events by family, dates and latest event: read from the
   * per-pair rollups kept with the latest versions, and a seek for each latest event, never every event of a pair.
   */
  summarizePairEvents(pairs: readonly Pair[]): Promise<PairEventsSummary[]>
  /**
   * A pair's events grouped for its series (only those where `direction[0]` acts on `direction[1]`, if given), and its
   * newest sources. The groups, dates and actors come from the per-pair rollups (by month, by date, by actor), which
   * keep the way each event runs between the two; the sources are a walk of the pair's documents by publication date.
   * No read visits every event of the pair, in either direction.
   */
  pairAggregates(pair: Pair, options?: PairAggregatesOptions): Promise<PairAggregates>
  /**
   * The facts about a pair in the latest period of each kind, subkind, unit and subject (the candidates of its key
   * facts): found from the per-pair rollup of facts by period, then a seek per period, never every fact of the pair.
   */
  pairLatestFacts(pair: Pair): Promise<FigureFact[]>
  /** Counts, events by family, the latest events and the facts of one pair. */
  pairProfile(pair: Pair, options?: PairProfileOptions): Promise<PairProfile>
  /** Refreshes the planner's statistics; call it after a large ingest so that queries keep to their indexes. */
  optimize(): Promise<void>
  /** Recent failed inputs, newest first. */
  listFailures(limit?: number): Promise<FailedIngest[]>
  close(): Promise<void>
}
