/** Half-open [start, end) UTF-16 offsets into a text. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A rule's stable identifier, `family/name`, e.g. `clean/currency-ticker`. */
export type RuleId = `${string}/${string}`

/** The kinds of input Dyad reads. */
export type MediaType = 'text/plain' | 'text/markdown' | 'text/html'

/** Bytes as they arrived from a file, stdin or the network, with where they came from. */
export interface RawDocument {
  /** Path, URL or `-` (stdin) the bytes were read from. */
  readonly origin: string
  readonly mediaType: MediaType
  readonly bytes: Uint8Array
}

/** One repair the decoder made to mis-decoded text. */
export interface Repair {
  readonly rule: RuleId
  readonly from: string
  readonly to: string
  readonly count: number
}

/** Text decoded from bytes, with the charset that was detected and the repairs that were made. */
export interface DecodedText {
  readonly text: string
  /** IANA-style charset name, lower case: `utf-8`, `windows-1252`, `utf-16le`… */
  readonly charset: string
  /** How the charset was decided: `decode/bom`, `decode/utf8-valid`, `decode/chardet`… */
  readonly charsetRule: RuleId
  readonly repairs: readonly Repair[]
}

/** One piece of the clean text and the piece of the source text it came from; inserted text has an empty source span. */
export interface SpanMapSegment {
  readonly clean: Span
  readonly source: Span
}

/** A line (or part of one) that cleaning removed, with the rule that removed it. */
export interface Removal {
  readonly rule: RuleId
  /** Span in the source text (the decoded text the cleaner received). */
  readonly span: Span
  readonly text: string
}

/** The cleaner's output: the article text, what was removed and a map from clean offsets back to source offsets. */
export interface CleanText {
  readonly text: string
  readonly removals: readonly Removal[]
  readonly map: readonly SpanMapSegment[]
}

/** Source types Dyad distinguishes. */
export type SourceType = 'news' | 'think-tank' | 'encyclopedia' | 'government' | 'other'

/** Precision of a partial date. */
export type DatePrecision = 'day' | 'month' | 'year'

/** A date known to a precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface PartialDate {
  readonly value: string
  readonly precision: DatePrecision
}

/** A metadata value with the rule that produced it (null rule when nothing was found). */
export interface Explained<T> {
  readonly value: T
  readonly rule: RuleId | null
  /** The text the value was read from, when there is one. */
  readonly evidence?: string
}

/** What Dyad knows about a document besides its text. */
export interface DocumentMetadata {
  readonly title: Explained<string | null>
  readonly authors: Explained<readonly string[]>
  readonly publicationDate: Explained<PartialDate | null>
  readonly sourceName: Explained<string | null>
  readonly sourceType: Explained<SourceType>
  /** Free text refining the type, e.g. `government page (foreign ministry)`. */
  readonly sourceSubtype: Explained<string | null>
  /** ISO 639-1 code, or `und` when it cannot be told. */
  readonly language: Explained<string>
}

/** Metadata a document declares about itself: an HTML head (through Readability) or Markdown front matter. */
export interface DeclaredMetadata {
  readonly title?: string | null
  readonly byline?: string | null
  readonly publishedTime?: string | null
  readonly siteName?: string | null
  readonly lang?: string | null
}

/** How a date was found: written out, computed from another date, or taken from the surrounding text. */
export type DateBasis = 'explicit' | 'relative' | 'context'

/** A date with its precision and basis; `end` closes a range ("September 10-11", "the 1830s"). */
export interface EventDate extends PartialDate {
  readonly end?: string
  readonly basis: DateBasis
}

/** Who acts or is acted on: a state (ISO 3166-1 alpha-3), an organisation or group by name, or a person. */
export type ActorRef =
  | { readonly country: string }
  | { readonly org: string }
  | { readonly person: string; readonly role?: string; readonly country?: string }

interface Found {
  readonly span: Span
  readonly rule: RuleId
  readonly confidence: number
}

/** Something recognised in the clean text, with its span, rule and confidence. */
export type Mention =
  | (Found & { readonly kind: 'actor'; readonly actor: ActorRef; readonly text: string })
  | (Found & { readonly kind: 'time'; readonly date: EventDate; readonly text: string })

/**
 * A number the fact readers read in the clean text ("US$12.18 billion", "76 citizens"), scaled to a plain value with
 * its unit, whether or not it became a fact. Printed by `dyad extract`; not stored.
 */
export interface QuantityMention extends Found {
  readonly kind: 'quantity'
  readonly text: string
  readonly value: number
  readonly valueMax: number | null
  readonly unit: string | null
}

/** A sentence of the clean text with its span; `paragraph` counts paragraphs from 0. */
export interface Sentence {
  readonly span: Span
  readonly text: string
  readonly paragraph: number
}

/** One act: who did what to whom, when, with the sentence it was read from. */
export interface Event {
  readonly type: string
  readonly source: ActorRef
  readonly target: ActorRef | null
  readonly coSources: readonly ActorRef[]
  readonly coTargets: readonly ActorRef[]
  /** Absent when the text does not date the act: never guessed. */
  readonly date: EventDate | null
  readonly flags: { readonly negated: boolean; readonly hedged: boolean; readonly future: boolean }
  readonly dyadRelevant: boolean
  readonly evidence: Span
  readonly rule: RuleId
  readonly confidence: number
}

/** A number that matters, scaled to a plain value, with its unit, period and evidence. */
export interface Fact {
  readonly kind: string
  readonly subkind: string | null
  readonly subject: string | null
  readonly value: number
  readonly valueMax: number | null
  readonly unit: string | null
  readonly qualifier: string | null
  /**
   * When the figure holds, from a date of its own clause ("in 2023", "last year", "in January–February 2024"); null
   * when its clause gives none.
   */
  readonly period: string | null
  /**
   * The two states (ISO3, alphabetical) the figure is about: those of its own sentence, else of its paragraph, else the
   * document's pair; null when its sentence is about a state outside any pair the text gives it.
   */
  readonly pair: readonly [string, string] | null
  /** Span of the number as written. */
  readonly valueSpan: Span
  readonly evidence: Span
  readonly rule: RuleId
  readonly confidence: number
}

/** A person named in a document, with the role and country the text gives them. */
export interface PersonEntity {
  readonly name: string
  readonly role: string | null
  readonly country: string | null
}

/** An organisation named in a document, with its country when the text tells. */
export interface OrganizationEntity {
  readonly name: string
  readonly country: string | null
}

/** A place named in a document, with the other names it goes by there. */
export interface PlaceEntity {
  readonly name: string
  readonly aliases: readonly string[]
  readonly country: string | null
}

/** Who and what a document names: countries (ISO3), people, organisations and places. */
export interface Entities {
  readonly countries: readonly string[]
  readonly people: readonly PersonEntity[]
  readonly organizations: readonly OrganizationEntity[]
  readonly places: readonly PlaceEntity[]
}
