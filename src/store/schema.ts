import type { Generated } from 'kysely'

/** A logical document: one source, many versions. */
export interface DocumentsTable {
  id: string
  /** Path or URL shown to users. */
  source: string
  source_url: string | null
  created_at: string
  latest_version_id: number
  latest_version: number
}

/** One stored version of a document: its bytes' hash, texts, span map and metadata. */
export interface DocumentVersionsTable {
  id: Generated<number>
  document_id: string
  version: number
  content_hash: string
  byte_length: number
  media_type: string
  origin: string
  source_url: string | null
  charset: string
  raw_text: string
  clean_text: string
  /** JSON: SpanMapSegment[] */
  span_map: string
  /** JSON: Removal[] */
  removals: string
  /** JSON: DocumentMetadata */
  metadata: string
  title: string | null
  /** JSON: string[] */
  authors: string
  publication_date: string | null
  date_precision: string | null
  source_type: string
  source_name: string | null
  language: string
  ingested_at: string
  /** Pipeline stage the version has passed: `cleaned` now; later stages advance it. */
  status: string
  /** Why a later stage failed on this version, if one did. */
  error: string | null
  /** The document's main pair of countries, alphabetical ISO3 codes; null when extraction could not tell one. */
  dyad_a: string | null
  dyad_b: string | null
  /** Fingerprint of the extractor that read this version (null before extraction was stored). */
  extractor: string | null
}

/** Inputs that could not be ingested. */
export interface IngestFailuresTable {
  id: Generated<number>
  document_id: string
  origin: string
  content_hash: string | null
  error: string
  ingested_at: string
}

/** An actor or time expression recognised in a version's clean text. */
export interface MentionsTable {
  id: Generated<number>
  version_id: number
  kind: 'actor' | 'time'
  span_start: number
  span_end: number
  text: string
  /** JSON: ActorRef, for an actor mention. */
  actor: string | null
  /** Listing code of the actor (ISO3 for a state). */
  actor_code: string | null
  date: string | null
  date_precision: string | null
  date_end: string | null
  date_basis: string | null
  rule: string
  confidence: number
}

/** One event read from a version, with its actors as codes, its date and its evidence. */
export interface EventsTable {
  id: Generated<number>
  version_id: number
  /** Position in the version's event list, so an event keeps its place when read back. */
  ordinal: number
  type: string
  family: string
  source: string
  target: string | null
  /** JSON: string[] of actor codes. */
  co_sources: string
  /** JSON: string[] of actor codes. */
  co_targets: string
  /** JSON: the full ActorRef of each argument: { source, target, coSources, coTargets }. */
  actors: string
  source_actor: string | null
  target_actor: string | null
  date: string | null
  date_precision: string | null
  date_end: string | null
  date_basis: string | null
  /** First and last day the date (through its end) covers, YYYY-MM-DD; they order and filter events by date. */
  date_first: string | null
  date_last: string | null
  negated: number
  hedged: number
  future: number
  dyad_relevant: number
  evidence_start: number
  evidence_end: number
  evidence_text: string
  rule: string
  confidence: number
}

/** Each pair of states an event links, {source ∪ co-sources} × {target ∪ co-targets}, alphabetical: the pair index. */
export interface EventPairsTable {
  event_id: number
  a: string
  b: string
  /** The event's `date_first` and `date_last`, and its document: a page of a pair's events walks the pair's index. */
  date_first: string | null
  date_last: string | null
  document_id: string
}

/** A number read from a version, with its kind, unit, period and evidence. */
export interface FactsTable {
  id: Generated<number>
  version_id: number
  kind: string
  subkind: string | null
  subject: string | null
  value: number
  value_max: number | null
  unit: string | null
  qualifier: string | null
  period: string | null
  /** The fact's own pair (alphabetical ISO3 codes), null when it has none. */
  pair_a: string | null
  pair_b: string | null
  value_start: number
  value_end: number
  value_text: string
  evidence_start: number
  evidence_end: number
  evidence_text: string
  rule: string
  confidence: number
}

/** A country, person, organisation or place a version names. */
export interface EntitiesTable {
  id: Generated<number>
  version_id: number
  kind: 'country' | 'person' | 'organization' | 'place'
  name: string
  role: string | null
  country: string | null
  /** JSON: string[] (places). */
  aliases: string
}

/**
 * How much the latest versions hold about each pair, kept up to date in the transaction that changes them (a new
 * version, a re-extraction), so that the list of pairs reads one row per pair instead of counting every event.
 */
export interface PairSummariesTable {
  a: string
  b: string
  /** Latest versions whose main pair this is. */
  documents: number
  /** Events of the latest versions linking the two states. */
  events: number
  /** Facts of the latest versions about the pair. */
  facts: number
}

/**
 * The latest versions' events of each pair counted by exact date and the date (or end) they reach: kept in the
 * transaction that changes the latest versions (added and taken away like `pair_summaries`), so that a pair's first and
 * last dates are seeks at the ends of its rows, and every minimum or maximum date stays exact (a row goes when its
 * count reaches zero). Undated events have `''` dates.
 */
export interface PairEventDatesTable {
  a: string
  b: string
  /** The event's date as written (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or `''` when undated. */
  date: string
  /** Its end, else its date, or `''`. */
  reach: string
  events: number
  /** Of them, those in which `a` acts on `b` (`a` among the sources, `b` among the targets), and the other way. */
  ab: number
  ba: number
}

/** The latest versions' events of each pair counted by family, kept like `pair_event_dates` (a row goes at zero). */
export interface PairFamiliesTable {
  a: string
  b: string
  family: string
  events: number
}

/** The people and organisations acting in each pair's events (as the profile lists them), kept like `pair_families`. */
export interface PairActorsTable {
  a: string
  b: string
  name: string
  /** The state the actor is coded to. */
  code: string
  events: number
  /** Of them, those running from `a` to `b`, and the other way (see PairEventDatesTable). */
  ab: number
  ba: number
}

/**
 * Each latest document about a pair (its main pair, or giving events or facts of it), with its publication date and
 * how many of the pair's events and facts it gives; kept like `pair_families` (a row goes when all three are zero).
 */
export interface PairDocumentsTable {
  a: string
  b: string
  document_id: string
  /** The version's publication date as written, `''` when unknown. */
  published: string
  /** 1 when the pair is the document's main pair. */
  main: number
  events: number
  facts: number
}

/** The latest versions' events of each pair by month (`YYYY-MM`; `YYYY` dated to a year only, `''` undated). */
export interface PairMonthsTable {
  a: string
  b: string
  month: string
  family: string
  type: string
  events: number
  /** Of them, those neither negated nor future (they count in the cooperation/conflict index). */
  counted: number
  /** Those running from `a` to `b` (see PairEventDatesTable), and of them those that count; then the other way. */
  ab: number
  ab_counted: number
  ba: number
  ba_counted: number
}

/** The latest versions' facts about each pair by kind, subkind, unit, subject (lower case) and period (`''` none). */
export interface PairFactPeriodsTable {
  a: string
  b: string
  kind: string
  subkind: string
  unit: string
  subject: string
  period: string
  facts: number
}

/** The typed database shared by every engine. */
export interface Database {
  documents: DocumentsTable
  document_versions: DocumentVersionsTable
  ingest_failures: IngestFailuresTable
  mentions: MentionsTable
  events: EventsTable
  event_pairs: EventPairsTable
  facts: FactsTable
  entities: EntitiesTable
  pair_summaries: PairSummariesTable
  pair_event_dates: PairEventDatesTable
  pair_families: PairFamiliesTable
  pair_actors: PairActorsTable
  pair_documents: PairDocumentsTable
  pair_months: PairMonthsTable
  pair_fact_periods: PairFactPeriodsTable
}
