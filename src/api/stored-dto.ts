import type { ActorRef } from '../core/types.js'
import type {
  PairProfile,
  PairSummary,
  StoredDocument,
  StoredEvent,
  StoredExtraction,
  StoredFact,
} from '../store/store.js'
import { countryJson } from './countries.js'
import type {
  annotationsSchema,
  Json,
  mentionSchema,
  pairProfileSchema,
  pairSummarySchema,
  storedEventSchema,
  storedFactSchema,
} from './responses.js'

/** A stored event as `dyad events --json` prints it. */
export type StoredEventJson = Json<typeof storedEventSchema>
/** A stored fact as `dyad facts --json` prints it. */
export type StoredFactJson = Json<typeof storedFactSchema>
/** A pair with its counts, as `dyad pair --json` lists it. */
export type PairSummaryJson = Json<typeof pairSummarySchema>
/** The profile of one pair, as `dyad pair PAIR --json` prints it. */
export type PairProfileJson = Json<typeof pairProfileSchema>
/** A recognised actor or date in a document's clean text, with its coding in words. */
export type MentionJson = Json<typeof mentionSchema>
/** What `GET /api/documents/{id}` adds to a document. */
export type DocumentAnnotationsJson = Json<typeof annotationsSchema>

import { factFieldsJson } from './dto.js'

/** A stored event as JSON. */
export function storedEventJson(e: StoredEvent): StoredEventJson {
  return {
    type: e.type,
    source: e.source,
    target: e.target,
    co_sources: e.coSources,
    co_targets: e.coTargets,
    source_actor: e.sourceActor,
    target_actor: e.targetActor,
    source_kind: e.sourceKind,
    target_kind: e.targetKind,
    date: e.date,
    date_precision: e.datePrecision,
    date_end: e.dateEnd,
    date_basis: e.dateBasis,
    evidence: e.evidenceText,
    start: e.evidence.start,
    end: e.evidence.end,
    dyad_relevant: e.dyadRelevant,
    hedged: e.flags.hedged,
    negated: e.flags.negated,
    future: e.flags.future,
    confidence: e.confidence,
    rule: e.rule,
    family: e.family,
    document: e.documentId,
    document_title: e.documentTitle,
  }
}

/** A stored fact as JSON. */
export function storedFactJson(f: StoredFact): StoredFactJson {
  return {
    ...factFieldsJson(f, f.valueText, f.evidenceText),
    value_start: f.valueSpan.start,
    value_end: f.valueSpan.end,
    document: f.documentId,
    document_title: f.documentTitle,
  }
}

/** A pair summary as JSON. */
export function pairSummaryJson(p: PairSummary): PairSummaryJson {
  return { pair: `${p.pair[0]}-${p.pair[1]}`, documents: p.documents, events: p.events, facts: p.facts }
}

/** A pair profile as JSON. */
export function pairProfileJson(p: PairProfile): PairProfileJson {
  return {
    ...pairSummaryJson(p),
    countries: p.pair,
    events_by_family: Object.fromEntries(p.families.map((f) => [f.family, f.events])),
    last_events: p.lastEvents.map(storedEventJson),
    fact_list: p.factList.map(storedFactJson),
  }
}

/** The raw text and the annotations of a stored document, each with its offsets into the clean text. */
export function documentAnnotationsJson(doc: StoredDocument, x: StoredExtraction | undefined): DocumentAnnotationsJson {
  const byStart = <T extends { evidence: { start: number } }>(a: T, b: T) => a.evidence.start - b.evidence.start
  return {
    raw_text: doc.rawText,
    dyad: x?.dyad ?? null,
    events: [...(x?.events ?? [])].sort(byStart).map(storedEventJson),
    facts: [...(x?.facts ?? [])].sort(byStart).map(storedFactJson),
    mentions: [...(x?.mentions ?? [])]
      .sort((a, b) => a.span.start - b.span.start)
      .map((m) => ({
        kind: m.kind,
        start: m.span.start,
        end: m.span.end,
        text: doc.cleanText.slice(m.span.start, m.span.end),
        rule: m.rule,
        label: m.kind === 'actor' ? actorLabel(m.actor) : m.date.end ? `${m.date.value}–${m.date.end}` : m.date.value,
      })),
  }
}

/** An actor in words: "KAZ (Kazakhstan)", "Kairat Kosherbayev (KAZ, ambassador)", "Hamas". */
function actorLabel(a: ActorRef): string {
  if ('person' in a) {
    const about = [a.country, a.role].filter(Boolean).join(', ')
    return about ? `${a.person} (${about})` : a.person
  }
  if ('org' in a) return a.org
  return `${a.country} (${countryJson(a.country).name})`
}
