import type { Event, Fact, RawDocument } from '../core/types.js'
import { type PreparedDocument, prepareDocument } from './prepare.js'

/** Everything Dyad reads from one document: the prepared text and metadata, and what extraction found in it. */
export interface Extraction {
  readonly prepared: PreparedDocument
  /** The document's main pair of countries (alphabetical), when one can be told. */
  readonly dyad: readonly [string, string] | null
  readonly countries: readonly string[]
  readonly events: readonly Event[]
  readonly facts: readonly Fact[]
}

/** Runs the whole pipeline on one raw document, without a store. */
export function extractDocument(raw: RawDocument): Extraction {
  const prepared = prepareDocument(raw)
  return { prepared, dyad: null, countries: [], events: [], facts: [] }
}
