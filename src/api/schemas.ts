import { z } from 'zod'
import { isPartialDate } from '../core/date-range.js'
import { type Pair, parsePair } from '../core/pair.js'
import { EVENT_FAMILIES, isEventFamily, isEventType } from '../core/plover.js'
import type { SourceType } from '../core/types.js'
import { factKindProblem } from '../pipeline/extract.js'
import type { errorSchema, Json } from './responses.js'

/** The default and the largest page of a list. */
export const LIST_LIMIT = { default: 50, max: 500 } as const

/** The default and the largest number of search hits. */
export const SEARCH_LIMIT = { default: 20, max: 100 } as const

/** A pair in either order and any case, read as the canonical pair. */
export const pairParam = z
  .string()
  .refine((s) => isPair(s), { message: "expected two different ISO3 codes joined by '-', e.g. ISR-KAZ" })
  .transform((s): Pair => parsePair(s))

function isPair(s: string): boolean {
  try {
    parsePair(s)
    return true
  } catch {
    return false
  }
}

const partialDate = z.string().refine(isPartialDate, { message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' })

const limit = (l: { default: number; max: number }) => z.coerce.number().int().min(1).max(l.max).default(l.default)

/**
 * An opaque page cursor: base64url of a small JSON record. A list on an index pages by keyset (the record holds where
 * the last page ended, in that list's order); a list computed whole holds the offset of the next page.
 */
function cursorOf<T>(record: z.ZodType<T>) {
  return z.string().transform((s, ctx): T => {
    const parsed = record.safeParse(decodeCursor(s))
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'not a cursor this API returned' })
      return z.NEVER
    }
    return parsed.data
  })
}

/** The cursor of a page: its record, encoded. */
export function encodeCursor(record: Readonly<Record<string, unknown>>): string {
  return Buffer.from(JSON.stringify(record)).toString('base64url')
}

function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}

const id = z.number().int().safe().min(0)
const key = z.string().min(1)

/** The cursor of a list computed whole: the offset of the next page's first item. */
export const offsetCursor = cursorOf(
  z
    .object({ o: id })
    .strict()
    .transform((c) => c.o),
)
/** The cursor of the event list: the last event's id, document and dates. */
export const eventCursor = cursorOf(
  z
    .object({ e: id, d: key, t: z.string().nullable(), u: z.string().nullable() })
    .strict()
    .transform((c) => ({ id: c.e, documentId: c.d, date: c.t, dateEnd: c.u })),
)
/** The cursor of the fact list: the last fact's id, document and offset in the text. */
export const factCursor = cursorOf(
  z
    .object({ f: id, d: key, s: id })
    .strict()
    .transform((c) => ({ id: c.f, documentId: c.d, valueStart: c.s })),
)
/** The cursor of the document list: the last document's id. */
export const documentCursor = cursorOf(
  z
    .object({ a: key })
    .strict()
    .transform((c) => c.a),
)

/** Query of `GET /api/events`. */
export const eventsQuery = z
  .object({
    pair: pairParam.optional(),
    type: z
      .string()
      .transform((s) => s.toUpperCase())
      .refine(isEventType, { message: 'not a PLOVER event type, e.g. CONSULT' })
      .optional(),
    family: z
      .string()
      .transform((s) => s.toLowerCase())
      .refine(isEventFamily, { message: `expected one of ${EVENT_FAMILIES.join(', ')}` })
      .optional(),
    from: partialDate.optional(),
    to: partialDate.optional(),
    q: z.string().trim().min(1).max(200).optional(),
    order: z
      .enum(['asc', 'desc'])
      .default('asc')
      .describe('by date, oldest first (asc) or newest first (desc); undated events come last either way'),
    limit: limit(LIST_LIMIT),
    cursor: eventCursor.optional(),
  })
  .strict()

/** Query of `GET /api/documents/{id}/explain`: the sentence holding an offset of the clean text (all when absent). */
export const explainQuery = z
  .object({
    at: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .describe('an offset of the clean text: only the sentence holding it is explained'),
  })
  .strict()

/** The source types a document can have. */
export const SOURCE_TYPES = [
  'news',
  'think-tank',
  'encyclopedia',
  'government',
  'other',
] as const satisfies readonly SourceType[]

/** Query of `GET /api/documents`: pages of the list, by keyset, optionally filtered. */
export const documentsQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('characters of the title (of the source path or URL, for a document without a title), any case'),
    pair: pairParam
      .optional()
      .describe('only documents about this pair: its main pair, or giving events or facts of it'),
    type: z.enum(SOURCE_TYPES).optional().describe('only documents of this source type'),
    limit: limit(LIST_LIMIT),
    cursor: documentCursor.optional(),
  })
  .strict()

/** Query of `GET /api/pairs`: pages of a list with no filter. */
export const pageQuery = z
  .object({
    limit: limit(LIST_LIMIT),
    cursor: offsetCursor.optional(),
  })
  .strict()

/** Query of `GET /api/facts`. */
export const factsQuery = z
  .object({
    pair: pairParam.optional(),
    kind: z
      .string()
      .min(1)
      .refine((k) => factKindProblem(k) === undefined, { error: (iss) => factKindProblem(String(iss.input)) })
      .optional(),
    limit: limit(LIST_LIMIT),
    cursor: factCursor.optional(),
  })
  .strict()

/** Query of `GET /api/search`. */
export const searchQuery = z
  .object({
    q: z.string().trim().min(1, { message: 'the query is empty' }),
    pair: pairParam.optional(),
    type: z.enum(SOURCE_TYPES).optional(),
    limit: limit(SEARCH_LIMIT),
    cursor: offsetCursor.optional(),
  })
  .strict()

/** Query of `GET /api/pairs/{pair}`: `direction` keeps the series to acts of its first country towards its second. */
export const profileQuery = z
  .object({
    direction: z
      .string()
      .regex(/^[A-Za-z]{3}-[A-Za-z]{3}$/, { message: "expected the pair's two codes, e.g. KAZ-ISR" })
      .transform((s) => s.toUpperCase())
      .optional(),
  })
  .strict()

/** Query of `GET /api/export`. */
export const exportQuery = z
  .object({
    pair: pairParam,
    format: z.enum(['jsonl', 'csv']).default('jsonl'),
  })
  .strict()

/** The body of every error answer under `/api`. */
export type ErrorJson = Json<typeof errorSchema>

/** One problem with a request, as a 400 answer lists it. */
export type IssueJson = NonNullable<ErrorJson['error']['issues']>[number]

/** An error body; issues name the parameter each problem is about. */
export function errorJson(message: string, issues?: readonly IssueJson[]): ErrorJson {
  return { error: issues ? { message, issues } : { message } }
}

/** The 400 body of a query that failed validation. */
export function queryErrorJson(e: z.ZodError): ErrorJson {
  const issues = e.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
  return errorJson(
    `bad query: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    issues,
  )
}
