import { actorCode as coreActorCode, actorName as coreActorName } from '../core/actors.js'
import type { ActorRef, Event, Fact, Mention, QuantityMention } from '../core/types.js'
import type { Extraction } from '../pipeline/extract.js'
import type { DocumentSummary, StoredDocument } from '../store/store.js'
import type {
  documentDetailSchema,
  documentSchema,
  eventSchema,
  explainSchema,
  extractedMentionSchema,
  extractionSchema,
  factSchema,
  Json,
} from './responses.js'

/** A document as `dyad docs --json` and `GET /api/documents` show it. */
export type DocumentJson = Json<typeof documentSchema>
/** A document with its text, as `dyad show --json` and `GET /api/documents/{id}` show it. */
export type DocumentDetailJson = Json<typeof documentDetailSchema>
/** What `dyad extract` prints for a document: metadata, clean text and everything extracted, in the scorer's shape. */
export type ExtractionJson = Json<typeof extractionSchema>
/** How extraction read a document's sentences, as `GET /api/documents/{id}/explain` tells it. */
export type ExplainJson = Json<typeof explainSchema>
/** A mention as `dyad extract` prints it. */
export type ExtractedMentionJson = Json<typeof extractedMentionSchema>
/** An event as `dyad extract` prints it. */
export type EventJson = Json<typeof eventSchema>
/** A fact as `dyad extract` prints it. */
export type FactJson = Json<typeof factSchema>

/** The list view of a document. */
export function documentJson(d: DocumentSummary): DocumentJson {
  return {
    id: d.id,
    source: d.source,
    title: d.title,
    authors: d.authors,
    publication_date: d.publicationDate,
    source_type: d.sourceType,
    language: d.language,
    dyad: d.dyad,
  }
}

/** The full view of a document; `raw` puts the decoded text before cleaning in place of the clean text. */
export function documentDetailJson(
  d: StoredDocument,
  { raw = false }: { raw?: boolean } = {},
): DocumentDetailJson & { raw_text?: string } {
  const m = d.metadata
  const provenance: Record<string, { rule: string | null; evidence?: string }> = {}
  for (const [k, v] of Object.entries(m))
    provenance[k] = { rule: v.rule, ...(v.evidence ? { evidence: v.evidence } : {}) }
  const base = {
    ...documentJson(d),
    version: d.version,
    source_url: d.sourceUrl,
    source_name: m.sourceName.value,
    source_subtype: m.sourceSubtype.value,
    charset: d.charset,
    ingested_at: d.ingestedAt,
    clean_text: d.cleanText,
    provenance,
    removed: d.removals.map((r) => ({ rule: r.rule, start: r.span.start, end: r.span.end, text: r.text })),
  }
  return raw ? { ...base, raw_text: d.rawText } : base
}

/** The JSON of one document's extraction. */
export function extractionJson(doc: string, x: Extraction): ExtractionJson {
  const m = x.prepared.metadata
  return {
    doc,
    title: m.title.value,
    title_rule: m.title.rule,
    authors: m.authors.value,
    publication_date: m.publicationDate.value?.value ?? null,
    publication_date_rule: m.publicationDate.rule,
    source_type: m.sourceType.value,
    source_type_rule: m.sourceType.rule,
    source_subtype: m.sourceSubtype.value,
    source_name: m.sourceName.value,
    language: m.language.value,
    dyad: x.dyad,
    clean_text: x.prepared.clean.text,
    mentions: mentionsJson([...x.mentions, ...x.quantities], x.prepared.clean.text),
    events: x.events.map((e) => eventJson(e, x.prepared.clean.text)),
    facts: x.facts.map((f) => factJson(f, x.prepared.clean.text)),
    entities: x.entities,
  }
}

/** Mentions as `dyad extract` prints them, in text order, each with its text sliced from the clean text. */
export function mentionsJson(mentions: readonly (Mention | QuantityMention)[], text: string): ExtractedMentionJson[] {
  return [...mentions]
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .map((m): ExtractedMentionJson => {
      const found = { text: text.slice(m.span.start, m.span.end), start: m.span.start, end: m.span.end, rule: m.rule }
      if (m.kind === 'actor') return { kind: 'actor', ...found, actor: actorCode(m.actor) as string }
      if (m.kind === 'time')
        return {
          kind: 'time',
          ...found,
          date: m.date.value,
          date_precision: m.date.precision,
          date_end: m.date.end ?? null,
        }
      return { kind: 'quantity', ...found, value: m.value, value_max: m.valueMax, unit: m.unit }
    })
}

/** The name an actor is scored by: ISO3 for a state, else the organisation's or person's name. */
export function actorCode(a: ActorRef | null): string | null {
  return a ? coreActorCode(a) : null
}

function actorName(a: ActorRef | null): string | null {
  return a ? coreActorName(a) : null
}

/** An event as JSON, with its evidence sliced from the clean text. */
export function eventJson(e: Event, text: string): EventJson {
  return {
    type: e.type,
    source: actorCode(e.source),
    target: actorCode(e.target),
    co_sources: e.coSources.map((a) => actorCode(a) as string),
    co_targets: e.coTargets.map((a) => actorCode(a) as string),
    source_actor: actorName(e.source),
    target_actor: actorName(e.target),
    date: e.date?.value ?? null,
    date_precision: e.date?.precision ?? null,
    date_end: e.date?.end ?? null,
    date_basis: e.date?.basis ?? null,
    evidence: text.slice(e.evidence.start, e.evidence.end),
    start: e.evidence.start,
    end: e.evidence.end,
    dyad_relevant: e.dyadRelevant,
    hedged: e.flags.hedged,
    negated: e.flags.negated,
    future: e.flags.future,
    confidence: e.confidence,
    rule: e.rule,
  }
}

/** A fact as JSON, with its evidence and number sliced from the clean text. */
export function factJson(f: Fact, text: string): FactJson {
  return factFieldsJson(f, text.slice(f.valueSpan.start, f.valueSpan.end), text.slice(f.evidence.start, f.evidence.end))
}

/** The JSON fields of a fact, given its number and evidence as written (sliced here, or as stored). */
export function factFieldsJson(f: Omit<Fact, 'valueSpan'>, valueText: string, evidenceText: string): FactJson {
  return {
    kind: f.kind,
    subkind: f.subkind,
    subject: f.subject,
    value: f.value,
    value_max: f.valueMax,
    unit: f.unit,
    qualifier: f.qualifier,
    period: f.period,
    pair: f.pair ? [f.pair[0], f.pair[1]] : null,
    value_text: valueText,
    evidence: evidenceText,
    start: f.evidence.start,
    end: f.evidence.end,
    confidence: f.confidence,
    rule: f.rule,
  }
}
