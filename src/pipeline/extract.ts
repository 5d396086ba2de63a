import type { Entities, Event, Fact, Mention, RawDocument } from '../core/types.js'
import { extract, type TriggerTrace } from '../extract/index.js'
import { type PreparedDocument, prepareDocument } from './prepare.js'

/** Everything Dyad reads from one document: the prepared text and metadata, and what extraction found in it. */
export interface Extraction {
  readonly prepared: PreparedDocument
  /** The document's main pair of countries (alphabetical), when one can be told. */
  readonly dyad: readonly [string, string] | null
  readonly events: readonly Event[]
  readonly facts: readonly Fact[]
  /** Actor and time mentions in the clean text, with their spans. */
  readonly mentions: readonly Mention[]
  readonly entities: Entities
}

/** Runs the whole pipeline on one raw document, without a store; `trace` collects what every event trigger led to. */
export function extractDocument(raw: RawDocument, trace?: TriggerTrace[]): Extraction {
  const prepared = prepareDocument(raw)
  const m = prepared.metadata
  const found = extract(
    {
      text: prepared.clean.text,
      title: m.title.value,
      publicationDate: m.publicationDate.value,
      language: m.language.value,
    },
    trace,
  )
  return { prepared, ...found }
}
