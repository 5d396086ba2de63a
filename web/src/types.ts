// The JSON the UI reads, as the API declares it: type-only imports, so nothing of the server is bundled and the two
// sides cannot drift apart without the type check failing.
import type { CountryJson } from '../../src/api/countries.js'
import type { DocumentDetailJson, DocumentJson, ExplainJson, ExtractionJson } from '../../src/api/dto.js'
import type { PageJson } from '../../src/api/routes/lists.js'
import type { PairItemJson, PairPageJson, PairSourceJson } from '../../src/api/routes/pairs.js'
import type { SearchHitJson } from '../../src/api/routes/search.js'
import type { DocumentAnnotationsJson, MentionJson, StoredEventJson, StoredFactJson } from '../../src/api/stored-dto.js'

export type {
  CountryJson as Country,
  DocumentJson,
  ExplainJson as Explain,
  ExtractionJson,
  MentionJson as MentionItem,
  PageJson as Page,
  PairItemJson as PairItem,
  PairPageJson as Profile,
  PairSourceJson as Source,
  SearchHitJson as SearchHit,
  StoredEventJson as EventItem,
  StoredFactJson as FactItem,
}

/** One month of a pair's events. */
export type Month = PairPageJson['monthly'][number]

/** A key fact of a pair. */
export type KeyFact = PairPageJson['key_facts'][number]

/** A document with its text and everything extracted from it. */
export type DocumentDetail = DocumentDetailJson & DocumentAnnotationsJson

/** What `POST /api/documents` answers. */
export interface UploadResult extends ExtractionJson {
  readonly id: string
  readonly status: 'ingested' | 'unchanged' | 'reextracted'
  readonly version: number
}
