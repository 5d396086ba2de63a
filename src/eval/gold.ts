import { z } from 'zod'

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
})

/** A gold annotation file. */
export type GoldDocument = z.infer<typeof GoldDocument>

/** What Dyad predicts for a document, in the shape the reference scorer reads (a superset of it). */
export interface Prediction {
  readonly doc: string
  readonly title: string | null
  readonly authors: readonly string[]
  readonly publication_date: string | null
  readonly source_type: string
  readonly language: string
  readonly clean_text: string
  readonly events: readonly unknown[]
  readonly facts: readonly unknown[]
}
