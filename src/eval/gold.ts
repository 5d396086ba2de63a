import { z } from 'zod'
import type { PredictedEvent, PredictedFact } from './match.js'

const GoldFactSchema = z.looseObject({
  kind: z.string(),
  value: z.number(),
  value_max: z.number().optional(),
  alt_values: z.array(z.looseObject({ value: z.number() })).optional(),
  optional: z.boolean().optional(),
})

/** A gold event, as the document gold and the sentence bank write it (the fields matching reads, plus where it is said). */
export const GoldEventSchema = z.looseObject({
  id: z.string().optional(),
  source: z.string(),
  target: z.string().nullable(),
  co_sources: z.array(z.string()).optional(),
  co_targets: z.array(z.string()).optional(),
  type: z.string(),
  alt_types: z.array(z.string()).optional(),
  date: z.string().nullable(),
  date_precision: z.string().nullable(),
  date_end: z.string().optional(),
  alt_dates: z.array(z.string()).optional(),
  date_lenient: z.boolean().optional(),
  optional: z.boolean().optional(),
  evidence: z.string().optional(),
})

/** The parts of a gold annotation file that `dyad eval` scores (see the dev set's README for the whole schema). */
export const GoldDocument = z.looseObject({
  doc: z.string(),
  publication_date: z.string().nullable(),
  publication_date_alternatives: z.array(z.string()).nullable().optional(),
  title: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
  source_type: z.string().optional(),
  language: z.string().optional(),
  boilerplate_lines: z.array(z.string()).default([]),
  repairs: z.array(z.looseObject({ from: z.string(), to: z.string(), count: z.number().optional() })).default([]),
  events: z
    .array(GoldEventSchema.extend({ dyad_relevant: z.boolean(), relevance_borderline: z.boolean().optional() }))
    .default([]),
  facts: z.array(GoldFactSchema).default([]),
  boilerplate_facts: z.array(GoldFactSchema).default([]),
})

/** A gold annotation file. */
export type GoldDocument = z.infer<typeof GoldDocument>

/** What Dyad predicts for a document, in the shape the reference scorer reads (a superset of it). */
export interface Prediction {
  readonly title: string | null
  readonly title_rule?: string | null
  readonly authors: readonly string[]
  readonly publication_date: string | null
  readonly publication_date_rule?: string | null
  readonly source_type: string
  readonly source_type_rule?: string | null
  readonly language: string
  readonly clean_text: string
  readonly events: readonly PredictedEvent[]
  readonly facts: readonly PredictedFact[]
}
