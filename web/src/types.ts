// The JSON the UI reads. Base shapes come from the API's own DTO types (type-only imports: nothing of the server is
// bundled); the rest are the fields the routes add around them.
import type { DocumentDetailJson, DocumentJson, ExtractionJson } from '../../src/api/dto.js'
import type { SearchHitJson } from '../../src/api/routes/search.js'
import type { PairSummaryJson, StoredEventJson, StoredFactJson } from '../../src/api/stored-dto.js'

export type { DocumentJson, ExtractionJson, StoredEventJson as EventItem, StoredFactJson as FactItem }

/** A country as the API names it. */
export interface Country {
  readonly code: string
  readonly name: string
  readonly flag: string
}

/** A pair in the list of pairs. */
export interface PairItem extends PairSummaryJson {
  readonly country_info: readonly [Country, Country]
  readonly events_by_family: Readonly<Record<string, number>>
  readonly first_event: string | null
  readonly last_event: string | null
  readonly latest_event: StoredEventJson | null
}

/** One month of a pair's events. */
export interface Month {
  readonly month: string
  readonly events: number
  readonly by_family: Readonly<Record<string, number>>
  readonly by_quad: Readonly<Record<string, number>>
  readonly index: number
}

/** A key fact of a pair: the latest value of a kind, its sources and the values other sources give. */
export interface KeyFact {
  readonly kind: string
  readonly subkind: string | null
  readonly subject: string | null
  readonly period: string | null
  readonly value: number
  readonly unit: string | null
  readonly qualifier: string | null
  readonly value_text: string
  readonly sources: readonly string[]
  readonly disagreements: readonly { value: number; value_text: string; document: string }[]
}

/** A document behind a pair's events and facts. */
export interface Source {
  readonly id: string
  readonly title: string | null
  readonly source: string
  readonly source_url: string | null
  readonly publication_date: string | null
  readonly source_type: string
  readonly events: number
  readonly facts: number
}

/** The profile of a pair. */
export interface Profile extends PairSummaryJson {
  readonly countries: readonly [string, string]
  readonly country_info: readonly [Country, Country]
  readonly direction: string | null
  readonly events_by_family: Readonly<Record<string, number>>
  readonly first_event: string | null
  readonly last_event: string | null
  readonly undated_events: number
  readonly monthly: readonly Month[]
  readonly actors: readonly { name: string; code: string; events: number }[]
  readonly key_facts: readonly KeyFact[]
  readonly sources: readonly Source[]
}

/** A highlighted span of a document that is not an event or a fact. */
export interface MentionItem {
  readonly kind: 'actor' | 'time' | 'quantity'
  readonly start: number
  readonly end: number
  readonly text: string
  readonly rule: string
  readonly label: string
}

/** A document with its text and everything extracted from it. */
export interface DocumentDetail extends DocumentDetailJson {
  readonly raw_text: string
  readonly dyad: readonly [string, string] | null
  readonly events: readonly StoredEventJson[]
  readonly facts: readonly StoredFactJson[]
  readonly mentions: readonly MentionItem[]
}

/** A search hit: `snippet` is escaped HTML whose matches are wrapped in `<mark>`. */
export interface SearchHit extends SearchHitJson {
  readonly publication_date: string | null
  readonly source_type: string
}

/** One page of a list. */
export interface Page<T> {
  readonly items: readonly T[]
  readonly next_cursor: string | null
}

/** What `POST /api/documents` answers. */
export interface UploadResult extends ExtractionJson {
  readonly id: string
  readonly status: 'ingested' | 'unchanged' | 'reextracted'
  readonly version: number
}
