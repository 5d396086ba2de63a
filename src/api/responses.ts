// The JSON the API answers, defined once as zod schemas: the TypeScript types of the DTOs are inferred from them, the
// OpenAPI document describes every answer with them, and a test checks real answers against them.
import { z } from 'zod'

const text = z.string()
const maybe = <T extends z.ZodType>(s: T) => s.nullable()
const count = z.number().int().min(0)
const pairCodes = z.tuple([text, text])
const actorKind = z.enum(['country', 'person', 'org'])

/** A document as `dyad docs --json` and `GET /api/documents` list it. */
export const documentSchema = z.strictObject({
  id: text,
  source: text.describe('the path or URL the document was read from'),
  title: maybe(text),
  authors: z.array(text),
  publication_date: maybe(text).describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  source_type: text.describe('news, think-tank, encyclopedia, government or other'),
  language: text.describe('ISO 639-1, or und'),
  dyad: maybe(pairCodes).describe('the main pair of countries, when extraction could tell one'),
})

/** A document with its text, as `dyad show --json` prints it. */
export const documentDetailSchema = documentSchema.extend({
  version: z.number().int().min(1),
  source_url: maybe(text),
  source_name: maybe(text),
  source_subtype: maybe(text),
  charset: text,
  ingested_at: text,
  clean_text: text,
  provenance: z.record(text, z.strictObject({ rule: maybe(text), evidence: text.optional() })),
  removed: z.array(z.strictObject({ rule: text, start: count, end: count, text })).describe('spans of the raw text'),
})

/** An event as `dyad extract` prints it; `start`/`end` are offsets of the evidence in the clean text. */
export const eventSchema = z.strictObject({
  type: text.describe('a PLOVER event type'),
  source: maybe(text).describe('ISO3 for a state (or a person’s state), else the name'),
  target: maybe(text),
  co_sources: z.array(text),
  co_targets: z.array(text),
  source_actor: maybe(text).describe('the person or organisation acting, when not a state'),
  target_actor: maybe(text),
  date: maybe(text).describe('YYYY, YYYY-MM or YYYY-MM-DD; null when the text does not date the act'),
  date_precision: maybe(z.enum(['day', 'month', 'year'])),
  date_end: maybe(text),
  date_basis: maybe(text).describe('explicit, relative or context'),
  evidence: text,
  start: count,
  end: count,
  dyad_relevant: z.boolean(),
  hedged: z.boolean(),
  negated: z.boolean(),
  future: z.boolean(),
  confidence: z.number(),
  rule: text,
})

/** A fact as `dyad extract` prints it. */
export const factSchema = z.strictObject({
  kind: text,
  subkind: maybe(text),
  subject: maybe(text),
  value: z.number(),
  value_max: maybe(z.number()),
  unit: maybe(text).describe('an ISO 4217 code, percent, people, …'),
  qualifier: maybe(text),
  period: maybe(text).describe("from a date of the fact's own clause; null when it gives none"),
  pair: maybe(pairCodes).describe("the two states (ISO3, alphabetical) of the fact's sentence, paragraph or document"),
  value_text: text,
  evidence: text,
  start: count,
  end: count,
  confidence: z.number(),
  rule: text,
})

/** A stored event: the shape `dyad extract` prints, plus its family, its document and the kinds of its actors. */
export const storedEventSchema = eventSchema.extend({
  source_kind: actorKind,
  target_kind: maybe(actorKind),
  family: text,
  document: text,
  document_title: maybe(text),
})

/** A stored fact: the shape `dyad extract` prints, plus where its number is written and its document. */
export const storedFactSchema = factSchema.extend({
  value_start: count,
  value_end: count,
  document: text,
  document_title: maybe(text),
})

const found = { text, start: count, end: count, rule: text }

/** A mention as `dyad extract` prints it: an actor with its code, a date with its precision, or a number with its unit. */
export const extractedMentionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('actor'), ...found, actor: text }),
  z.strictObject({
    kind: z.literal('time'),
    ...found,
    date: text,
    date_precision: z.enum(['day', 'month', 'year']),
    date_end: maybe(text),
  }),
  z.strictObject({
    kind: z.literal('quantity'),
    ...found,
    value: z.number(),
    value_max: maybe(z.number()),
    unit: maybe(text),
  }),
])

/** What `dyad extract` prints for a document. */
export const extractionSchema = z.strictObject({
  doc: text,
  title: maybe(text),
  title_rule: maybe(text).describe('the metadata rule that read the title'),
  authors: z.array(text),
  publication_date: maybe(text),
  publication_date_rule: maybe(text).describe('the metadata rule that read the publication date'),
  source_type: text,
  source_type_rule: maybe(text).describe('the metadata rule that decided the source type'),
  source_subtype: maybe(text),
  source_name: maybe(text),
  language: text,
  dyad: maybe(pairCodes),
  clean_text: text,
  mentions: z.array(extractedMentionSchema).describe('actors, dates and numbers in clean_text order'),
  events: z.array(eventSchema),
  facts: z.array(factSchema),
  entities: z.strictObject({
    countries: z.array(text),
    people: z.array(z.strictObject({ name: text, role: maybe(text), country: maybe(text) })),
    organizations: z.array(z.strictObject({ name: text, country: maybe(text) })),
    places: z.array(z.strictObject({ name: text, aliases: z.array(text), country: maybe(text) })),
  }),
})

/** What `POST /api/documents` answers: the document's id, what happened to it, and its extraction. */
export const uploadSchema = extractionSchema.extend({
  id: text,
  status: z.enum(['ingested', 'unchanged', 'reextracted']),
  version: z.number().int().min(1),
})

/** A recognised actor or date in a document's clean text, with its coding in words. */
export const mentionSchema = z.strictObject({
  kind: z.enum(['actor', 'time']),
  start: count,
  end: count,
  text,
  rule: text,
  label: text,
})

/** What `GET /api/documents/{id}` adds to a document: its raw text and everything extracted, in text order. */
export const annotationsSchema = z.strictObject({
  raw_text: text,
  dyad: maybe(pairCodes),
  events: z.array(storedEventSchema),
  facts: z.array(storedFactSchema),
  mentions: z.array(mentionSchema),
})

/** `GET /api/documents/{id}`. */
export const documentPageSchema = documentDetailSchema.extend(annotationsSchema.shape)

/** What one trigger of a sentence led to, as `dyad explain` tells it. */
export const triggerTraceSchema = z.strictObject({
  sentence: count,
  trigger: text,
  type: text,
  text,
  source: maybe(text),
  target: maybe(text),
  outcome: z.enum(['event', 'merged', 'no-source', 'negated', 'not-asserted', 'habitual', 'restated', 'weak']),
  date: maybe(text),
  how: maybe(text),
  dateRule: maybe(text),
  start: count,
  end: count,
  reason: text.describe('the outcome in words'),
})

/** One sentence as `GET /api/documents/{id}/explain` tells it: tokens, mentions and what each trigger led to. */
export const explainedSentenceSchema = z.strictObject({
  number: z.number().int().min(1),
  start: count,
  end: count,
  text,
  headline: z.boolean(),
  tokens: z.array(z.strictObject({ text, pos: text, lemma: text })),
  actors: z.array(z.strictObject({ text, actor: text, rule: text })),
  times: z.array(z.strictObject({ text, date: text, rule: text })),
  triggers: z.array(triggerTraceSchema),
})

/** `GET /api/documents/{id}/explain`. */
export const explainSchema = z.strictObject({ sentences: z.array(explainedSentenceSchema) })

/** A country as the API names it: ISO3 code, common English name and flag emoji ('' when it has none). */
export const countrySchema = z.strictObject({ code: text, name: text, flag: text })

/** A pair with its counts, as `dyad pair --json` lists it. */
export const pairSummarySchema = z.strictObject({ pair: text, documents: count, events: count, facts: count })

/** The profile of one pair, as `dyad pair PAIR --json` prints it. */
export const pairProfileSchema = pairSummarySchema.extend({
  countries: pairCodes,
  events_by_family: z.record(text, count),
  last_events: z.array(storedEventSchema),
  fact_list: z.array(storedFactSchema),
})

/** A pair as `GET /api/pairs` lists it: counts, its countries' names and flags, and its latest dated event. */
export const pairItemSchema = pairSummarySchema.extend({
  country_info: z.tuple([countrySchema, countrySchema]),
  events_by_family: z.record(text, count),
  first_event: maybe(text),
  last_event: maybe(text),
  latest_event: maybe(storedEventSchema),
})

/** One month of a pair's events: counts by family and PLOVER quad class, and the cooperation/conflict index. */
export const monthSchema = z.strictObject({
  month: text.describe('YYYY-MM'),
  events: count,
  by_family: z.record(text, count),
  by_quad: z.record(text, count),
  index: z.number().describe('the sum of the intensities of its events (lexicons/events/intensity.json)'),
})

/** The latest value of a kind of fact, the documents that give it, and the values other documents give. */
export const keyFactSchema = z.strictObject({
  kind: text,
  subkind: maybe(text),
  subject: maybe(text),
  pair: pairCodes.describe('the pair the fact is about: always the profile’s pair'),
  period: maybe(text),
  value: z.number(),
  unit: maybe(text),
  qualifier: maybe(text),
  value_text: text,
  sources: z.array(text).describe('the newest documents that give the value (at most 10)'),
  source_count: count.describe('how many documents give the value'),
  disagreements: z
    .array(z.strictObject({ value: z.number(), value_text: text, document: text }))
    .describe('the newest other values given for the period (at most 10)'),
  disagreement_count: count.describe('how many other values were given for the period'),
})

/** A document behind a pair's events and facts, as the profile lists it. */
export const pairSourceSchema = z.strictObject({
  id: text,
  title: maybe(text),
  source: text,
  source_url: maybe(text),
  publication_date: maybe(text),
  source_type: text,
  events: count,
  facts: count,
})

/** `GET /api/pairs/{pair}`. */
export const pairPageSchema = pairProfileSchema.extend({
  country_info: z.tuple([countrySchema, countrySchema]),
  direction: maybe(text),
  first_event: maybe(text),
  last_event: maybe(text),
  undated_events: count,
  monthly: z.array(monthSchema),
  actors: z.array(z.strictObject({ name: text, code: text, events: count })),
  key_facts: z.array(keyFactSchema),
  sources: z
    .array(pairSourceSchema)
    .describe('the newest documents about the pair (at most 50), then any other document a key fact cites'),
  source_count: count.describe('how many documents are about the pair'),
})

/** A search hit; `snippet` is escaped HTML whose matches are wrapped in `<mark>`. */
export const searchHitSchema = z.strictObject({
  id: text,
  title: maybe(text),
  source: text,
  snippet: text,
  rank: z.number(),
  publication_date: maybe(text),
  source_type: text,
})

/** One page of a list and the cursor of the next one (null on the last page). */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), next_cursor: maybe(text) })

/** The body of every error answer under `/api`. */
export const errorSchema = z.strictObject({
  error: z.strictObject({
    message: text,
    issues: z.array(z.strictObject({ path: text, message: text })).optional(),
  }),
})

/** The TypeScript type of what a response schema describes, read-only all the way down as the API hands it out. */
export type Json<S extends z.ZodType> = DeepReadonly<z.output<S>>

type DeepReadonly<T> = T extends readonly [infer A, infer B]
  ? readonly [DeepReadonly<A>, DeepReadonly<B>]
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T
