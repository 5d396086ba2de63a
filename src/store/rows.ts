import type { Insertable, Selectable } from 'kysely'
import { type ActorKind, actorCode, actorKind, actorName, actorState } from '../core/actors.js'
import { firstDay, lastDay } from '../core/date-range.js'
import { canonicalPair, type Pair } from '../core/pair.js'
import { type EventFamily, familyOf } from '../core/plover.js'
import type {
  ActorRef,
  DateBasis,
  DatePrecision,
  DocumentMetadata,
  Entities,
  Event,
  EventDate,
  MediaType,
  Mention,
  OrganizationEntity,
  PersonEntity,
  PlaceEntity,
  Removal,
  RuleId,
  SpanMapSegment,
} from '../core/types.js'
import type {
  DocumentsTable,
  DocumentVersionsTable,
  EntitiesTable,
  EventsTable,
  FactsTable,
  IngestFailuresTable,
  MentionsTable,
} from './schema.js'
import type {
  DocumentSummary,
  FailedIngest,
  NewDocumentVersion,
  NewExtraction,
  StoredDocument,
  StoredEvent,
  StoredFact,
} from './store.js'

/** Row of a version joined with its document's shown source. */
export type VersionRow = Selectable<DocumentVersionsTable> & Pick<Selectable<DocumentsTable>, 'source'>

/** The version row to insert for a new version. */
export function versionToRow(v: NewDocumentVersion, version: number): Insertable<DocumentVersionsTable> {
  const m = v.metadata
  return {
    document_id: v.documentId,
    version,
    content_hash: v.contentHash,
    byte_length: v.byteLength,
    media_type: v.mediaType,
    origin: v.origin,
    source_url: v.sourceUrl,
    charset: v.charset,
    raw_text: v.rawText,
    clean_text: v.cleanText,
    span_map: JSON.stringify(v.spanMap),
    removals: JSON.stringify(v.removals),
    metadata: JSON.stringify(m),
    title: m.title.value,
    authors: JSON.stringify(m.authors.value),
    publication_date: m.publicationDate.value?.value ?? null,
    date_precision: m.publicationDate.value?.precision ?? null,
    source_type: m.sourceType.value,
    source_name: m.sourceName.value,
    language: m.language.value,
    ingested_at: v.ingestedAt,
    status: v.extraction ? 'extracted' : 'cleaned',
    error: null,
    dyad_a: v.extraction?.dyad?.[0] ?? null,
    dyad_b: v.extraction?.dyad?.[1] ?? null,
    extractor: v.extraction?.extractor ?? null,
  }
}

/** The columns of a version a document list reads: never its texts. */
export const SUMMARY_COLUMNS = [
  'document_id',
  'source_url',
  'version',
  'title',
  'authors',
  'publication_date',
  'source_type',
  'language',
  'ingested_at',
  'dyad_a',
  'dyad_b',
] as const

/** A version row as a document list reads it. */
export type SummaryRow = Pick<VersionRow, (typeof SUMMARY_COLUMNS)[number] | 'source'>

/** The summary a document list shows, from its latest version row. */
export function rowToSummary(r: SummaryRow): DocumentSummary {
  return {
    id: r.document_id,
    source: r.source,
    sourceUrl: r.source_url,
    version: r.version,
    title: r.title,
    authors: JSON.parse(r.authors) as string[],
    publicationDate: r.publication_date,
    sourceType: r.source_type,
    language: r.language,
    ingestedAt: r.ingested_at,
    dyad: r.dyad_a && r.dyad_b ? [r.dyad_a, r.dyad_b] : null,
  }
}

/** The whole stored document from a version row. */
export function rowToDocument(r: VersionRow): StoredDocument {
  return {
    ...rowToSummary(r),
    versionId: r.id,
    origin: r.origin,
    contentHash: r.content_hash,
    charset: r.charset,
    mediaType: r.media_type as MediaType,
    rawText: r.raw_text,
    cleanText: r.clean_text,
    spanMap: JSON.parse(r.span_map) as SpanMapSegment[],
    removals: JSON.parse(r.removals) as Removal[],
    metadata: JSON.parse(r.metadata) as DocumentMetadata,
  }
}

/** A failure as the domain sees it. */
export function rowToFailure(r: Selectable<IngestFailuresTable>): FailedIngest {
  return {
    documentId: r.document_id,
    origin: r.origin,
    contentHash: r.content_hash,
    error: r.error,
    ingestedAt: r.ingested_at,
  }
}

/** The rows extraction adds to a version; `pairs[i]` are the state pairs of `events[i]`. */
export interface ExtractionRows {
  readonly mentions: Insertable<MentionsTable>[]
  readonly events: Insertable<EventsTable>[]
  readonly pairs: Pair[][]
  readonly facts: Insertable<FactsTable>[]
  readonly entities: Insertable<EntitiesTable>[]
}

/** The rows of an extraction, with evidence and numbers sliced from the version's clean text. */
export function extractionToRows(x: NewExtraction, text: string, versionId: number): ExtractionRows {
  return {
    mentions: x.mentions.map((m) => mentionRow(m, versionId)),
    events: x.events.map((e, ordinal) => eventRow(e, ordinal, text, versionId)),
    pairs: x.events.map(eventPairs),
    facts: x.facts.map((f) => factRow(f, text, versionId)),
    entities: entityRows(x.entities, versionId),
  }
}

/** The row of one mention of a version. */
export function mentionRow(m: NewExtraction['mentions'][number], versionId: number): Insertable<MentionsTable> {
  return {
    version_id: versionId,
    kind: m.kind,
    span_start: m.span.start,
    span_end: m.span.end,
    text: m.text,
    actor: m.kind === 'actor' ? JSON.stringify(m.actor) : null,
    actor_code: m.kind === 'actor' ? actorCode(m.actor) : null,
    ...dateColumns(m.kind === 'time' ? m.date : null),
    rule: m.rule,
    confidence: m.confidence,
  }
}

/** The first and last day an event's date covers (null for an undated event). */
export function eventDays(e: Event): { date_first: string | null; date_last: string | null } {
  return {
    date_first: e.date ? (firstDay(e.date.value) ?? e.date.value) : null,
    date_last: e.date ? (lastDay(e.date.end ?? e.date.value) ?? e.date.end ?? e.date.value) : null,
  }
}

/** The row of the `ordinal`-th event of a version, its evidence sliced from the clean text. */
export function eventRow(
  e: NewExtraction['events'][number],
  ordinal: number,
  text: string,
  versionId: number,
): Insertable<EventsTable> {
  return {
    version_id: versionId,
    ordinal,
    type: e.type,
    family: familyOf(e.type) ?? 'other',
    source: actorCode(e.source),
    target: e.target && actorCode(e.target),
    co_sources: JSON.stringify(e.coSources.map(actorCode)),
    co_targets: JSON.stringify(e.coTargets.map(actorCode)),
    actors: JSON.stringify({ source: e.source, target: e.target, coSources: e.coSources, coTargets: e.coTargets }),
    source_actor: actorName(e.source),
    target_actor: e.target && actorName(e.target),
    ...dateColumns(e.date),
    ...eventDays(e),
    negated: e.flags.negated ? 1 : 0,
    hedged: e.flags.hedged ? 1 : 0,
    future: e.flags.future ? 1 : 0,
    dyad_relevant: e.dyadRelevant ? 1 : 0,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    evidence_text: text.slice(e.evidence.start, e.evidence.end),
    rule: e.rule,
    confidence: e.confidence,
  }
}

/** The row of one fact of a version, its value and evidence sliced from the clean text. */
export function factRow(f: NewExtraction['facts'][number], text: string, versionId: number): Insertable<FactsTable> {
  return {
    version_id: versionId,
    kind: f.kind,
    subkind: f.subkind,
    subject: f.subject,
    value: f.value,
    value_max: f.valueMax,
    unit: f.unit,
    qualifier: f.qualifier,
    period: f.period,
    pair_a: f.pair?.[0] ?? null,
    pair_b: f.pair?.[1] ?? null,
    value_start: f.valueSpan.start,
    value_end: f.valueSpan.end,
    value_text: text.slice(f.valueSpan.start, f.valueSpan.end),
    evidence_start: f.evidence.start,
    evidence_end: f.evidence.end,
    evidence_text: text.slice(f.evidence.start, f.evidence.end),
    rule: f.rule,
    confidence: f.confidence,
  }
}

function dateColumns(d: EventDate | null) {
  return {
    date: d?.value ?? null,
    date_precision: d?.precision ?? null,
    date_end: d?.end ?? null,
    date_basis: d?.basis ?? null,
  }
}

/** The pairs of states an event links: {source ∪ co-sources} × {target ∪ co-targets}, each once, alphabetical. */
export function eventPairs(e: Event): Pair[] {
  const states = (refs: readonly (ActorRef | null)[]) =>
    new Set(refs.flatMap((r) => (r ? [actorState(r)] : [])).filter((c): c is string => c !== null))
  const sources = states([e.source, ...e.coSources])
  const targets = states([e.target, ...e.coTargets])
  const pairs = new Map<string, Pair>()
  for (const s of sources)
    for (const t of targets) {
      if (s === t) continue
      const p = canonicalPair(s, t)
      pairs.set(`${p[0]}-${p[1]}`, p)
    }
  return [...pairs.values()]
}

/** The rows of a version's entities. */
export function entityRows(x: Entities, versionId: number): Insertable<EntitiesTable>[] {
  const row = (
    kind: EntitiesTable['kind'],
    name: string,
    extra: { role?: string | null; country?: string | null; aliases?: readonly string[] } = {},
  ): Insertable<EntitiesTable> => ({
    version_id: versionId,
    kind,
    name,
    role: extra.role ?? null,
    country: extra.country ?? null,
    aliases: JSON.stringify(extra.aliases ?? []),
  })
  return [
    ...x.countries.map((c) => row('country', c, { country: c })),
    ...x.people.map((p) => row('person', p.name, p)),
    ...x.organizations.map((o) => row('organization', o.name, o)),
    ...x.places.map((p) => row('place', p.name, p)),
  ]
}

/** Entity rows of one version, in stored order, back to the domain's lists. */
export function rowsToEntities(rows: readonly Selectable<EntitiesTable>[]): Entities {
  const countries: string[] = []
  const people: PersonEntity[] = []
  const organizations: OrganizationEntity[] = []
  const places: PlaceEntity[] = []
  for (const r of rows) {
    if (r.kind === 'country') countries.push(r.name)
    else if (r.kind === 'person') people.push({ name: r.name, role: r.role, country: r.country })
    else if (r.kind === 'organization') organizations.push({ name: r.name, country: r.country })
    else places.push({ name: r.name, aliases: JSON.parse(r.aliases) as string[], country: r.country })
  }
  return { countries, people, organizations, places }
}

/** A mention row back to the domain's mention. */
export function rowToMention(r: Selectable<MentionsTable>): Mention {
  const found = { span: { start: r.span_start, end: r.span_end }, rule: r.rule as RuleId, confidence: r.confidence }
  if (r.kind === 'actor')
    return { ...found, kind: 'actor', actor: JSON.parse(r.actor ?? 'null') as ActorRef, text: r.text }
  const date: EventDate = {
    value: r.date ?? '',
    precision: r.date_precision as DatePrecision,
    basis: r.date_basis as DateBasis,
    ...(r.date_end === null ? {} : { end: r.date_end }),
  }
  return { ...found, kind: 'time', date, text: r.text }
}

/** Row of an event joined with its document's id and title. */
export type EventRow = Selectable<EventsTable> & { document_id: string; document_title: string | null }

/** Row of a fact joined with its document's id and title. */
export type FactRow = Selectable<FactsTable> & { document_id: string; document_title: string | null }

/** A stored event as the port returns it. */
export function rowToEvent(r: EventRow): StoredEvent {
  return {
    id: r.id,
    documentId: r.document_id,
    documentTitle: r.document_title,
    type: r.type,
    family: r.family as EventFamily,
    source: r.source,
    target: r.target,
    coSources: JSON.parse(r.co_sources) as string[],
    coTargets: JSON.parse(r.co_targets) as string[],
    sourceActor: r.source_actor,
    targetActor: r.target_actor,
    ...actorKinds(r.actors),
    date: r.date,
    datePrecision: r.date_precision as DatePrecision | null,
    dateEnd: r.date_end,
    dateBasis: r.date_basis as DateBasis | null,
    flags: { negated: r.negated === 1, hedged: r.hedged === 1, future: r.future === 1 },
    dyadRelevant: r.dyad_relevant === 1,
    evidence: { start: r.evidence_start, end: r.evidence_end },
    evidenceText: r.evidence_text,
    rule: r.rule as RuleId,
    confidence: r.confidence,
  }
}

function actorKinds(json: string): { sourceKind: ActorKind; targetKind: ActorKind | null } {
  const refs = JSON.parse(json) as { source: ActorRef; target: ActorRef | null }
  return { sourceKind: actorKind(refs.source), targetKind: refs.target ? actorKind(refs.target) : null }
}

/** A stored fact as the port returns it. */
export function rowToFact(r: FactRow): StoredFact {
  return {
    id: r.id,
    documentId: r.document_id,
    documentTitle: r.document_title,
    kind: r.kind,
    subkind: r.subkind,
    subject: r.subject,
    value: r.value,
    valueMax: r.value_max,
    unit: r.unit,
    qualifier: r.qualifier,
    period: r.period,
    pair: r.pair_a !== null && r.pair_b !== null ? [r.pair_a, r.pair_b] : null,
    valueSpan: { start: r.value_start, end: r.value_end },
    valueText: r.value_text,
    evidence: { start: r.evidence_start, end: r.evidence_end },
    evidenceText: r.evidence_text,
    rule: r.rule as RuleId,
    confidence: r.confidence,
  }
}
