import type { DocumentMetadata, Entities, Event, Fact, Mention, QuantityMention, RawDocument } from '../core/types.js'
import { factKinds } from '../extract/facts/index.js'
import { type ExtractionInput, extract, type TriggerTrace } from '../extract/index.js'
import { type PreparedDocument, prepareDocument } from './prepare.js'

export { factKinds }

/** Why facts cannot be listed by this kind (no fact can have it), or undefined when they can. */
export function factKindProblem(kind: string): string | undefined {
  const kinds = factKinds()
  return kinds.includes(kind) ? undefined : `unknown fact kind "${kind}" (one of ${kinds.join(', ')})`
}

/** Everything Dyad reads from one document: the prepared text and metadata, and what extraction found in it. */
export interface Extraction {
  readonly prepared: PreparedDocument
  /** The document's main pair of countries (alphabetical), when one can be told. */
  readonly dyad: readonly [string, string] | null
  readonly events: readonly Event[]
  readonly facts: readonly Fact[]
  /** Actor and time mentions in the clean text, with their spans. */
  readonly mentions: readonly Mention[]
  /** The numbers the fact readers read, with their values and units (not stored). */
  readonly quantities: readonly QuantityMention[]
  readonly entities: Entities
}

/** What extraction reads from a document's clean text and the metadata the cleaner found for it. */
export function extractionInput(text: string, m: DocumentMetadata): ExtractionInput {
  return { text, title: m.title.value, publicationDate: m.publicationDate.value, language: m.language.value }
}

/** Runs the whole pipeline on one raw document, without a store; `trace` collects what every event trigger led to. */
export function extractDocument(raw: RawDocument, trace?: TriggerTrace[]): Extraction {
  const prepared = prepareDocument(raw)
  const found = extract(extractionInput(prepared.clean.text, prepared.metadata), trace)
  return { prepared, ...found }
}
