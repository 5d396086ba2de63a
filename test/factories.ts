import type { DocumentMetadata, Event, Fact, Mention, Span } from '../src/core/types.js'
import type { GoldEvent } from '../src/eval/match.js'
import type { PlacedPrediction } from '../src/eval/misses.js'
import type { NewDocumentVersion, NewExtraction } from '../src/store/store.js'

/** Metadata with every field filled; a test overrides only what it cares about. */
export function metadata(overrides: Partial<DocumentMetadata> = {}): DocumentMetadata {
  return {
    title: { value: 'Synthetic Ministers Meet', rule: 'metadata/title-first-line' },
    authors: { value: ['Jane Roe'], rule: 'metadata/authors-byline', evidence: 'By Jane Roe' },
    publicationDate: { value: { value: '2024-03-05', precision: 'day' }, rule: 'metadata/date-url' },
    sourceName: { value: 'Example News', rule: 'metadata/source-name-host' },
    sourceType: { value: 'news', rule: 'metadata/source-type-default' },
    sourceSubtype: { value: null, rule: null },
    language: { value: 'en', rule: 'metadata/language-franc' },
    ...overrides,
  }
}

/** A document version with every field filled. */
export function newVersion(overrides: Partial<NewDocumentVersion> = {}): NewDocumentVersion {
  const cleanText = overrides.cleanText ?? 'Synthetic Ministers Meet\n\nThe ministers met.'
  return {
    documentId: 'doc-1',
    origin: '/tmp/synthetic.txt',
    sourceUrl: null,
    contentHash: 'hash-1',
    byteLength: cleanText.length,
    mediaType: 'text/plain',
    charset: 'utf-8',
    rawText: `Share this article:\n${cleanText}`,
    cleanText,
    spanMap: [{ clean: { start: 0, end: cleanText.length }, source: { start: 20, end: 20 + cleanText.length } }],
    removals: [{ rule: 'clean/navigation-widget', span: { start: 0, end: 19 }, text: 'Share this article:' }],
    metadata: metadata(),
    ingestedAt: '2024-03-06T10:00:00.000Z',
    ...overrides,
  }
}

/** The span of the first occurrence of `part` in `text` (throws when absent, so a test cannot point at nothing). */
export function spanOf(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from)
  if (start < 0) throw new Error(`"${part}" is not in the text`)
  return { start, end: start + part.length }
}

/** An event with every field filled: ISR consults KAZ on 2024-03-05, explicit date, no flags. */
export function event(overrides: Partial<Event> = {}): Event {
  return {
    type: 'CONSULT',
    source: { country: 'ISR' },
    target: { country: 'KAZ' },
    coSources: [],
    coTargets: [],
    date: { value: '2024-03-05', precision: 'day', basis: 'explicit' },
    flags: { negated: false, hedged: false, future: false },
    dyadRelevant: true,
    evidence: { start: 0, end: 10 },
    rule: 'events/consult-trigger',
    confidence: 0.9,
    ...overrides,
  }
}

/** A fact with every field filled: trade worth 450 million USD in 2023. */
export function fact(overrides: Partial<Fact> = {}): Fact {
  return {
    kind: 'trade_volume',
    subkind: null,
    subject: 'bilateral trade',
    value: 450_000_000,
    valueMax: null,
    unit: 'USD',
    qualifier: 'exceeded',
    period: '2023',
    pair: ['CHL', 'PER'],
    valueSpan: { start: 0, end: 5 },
    evidence: { start: 0, end: 10 },
    rule: 'facts/money-with-scale',
    confidence: 0.8,
    ...overrides,
  }
}

/** An actor mention of a country. */
export function actorMention(country: string, span: Span, text: string): Mention {
  return { kind: 'actor', actor: { country }, span, text, rule: 'actors/country-name', confidence: 1 }
}

/** An extraction with nothing found; a test adds what it cares about. */
export function extraction(overrides: Partial<NewExtraction> = {}): NewExtraction {
  return {
    dyad: null,
    mentions: [],
    events: [],
    facts: [],
    entities: { countries: [], people: [], organizations: [], places: [] },
    ...overrides,
  }
}

/** A gold event for the scorers, AAA → BBB CONSULT on 2020-05-04; a test overrides only what it cares about. */
export function goldEvent(overrides: Partial<GoldEvent> = {}): GoldEvent {
  return { source: 'AAA', target: 'BBB', type: 'CONSULT', date: '2020-05-04', date_precision: 'day', ...overrides }
}

/** A predicted event for the scorers, the same as `goldEvent()` by default. */
export function predictedEvent(overrides: Partial<PlacedPrediction> = {}): PlacedPrediction {
  return { type: 'CONSULT', source: 'AAA', target: 'BBB', date: '2020-05-04', ...overrides }
}
