import { z } from 'zod'
import { escapeHtml, page } from './html.js'
import * as r from './responses.js'
import {
  documentsQuery,
  eventsQuery,
  explainQuery,
  exportQuery,
  factsQuery,
  pageQuery,
  profileQuery,
  searchQuery,
} from './schemas.js'

/** What each query parameter means, shared by every endpoint that takes it. */
const PARAMETER_DOCS: Readonly<Record<string, string>> = {
  pair: "two ISO3 codes joined by '-', in either order (ISR-KAZ)",
  type: 'a PLOVER event type (CONSULT, SANCTION, …)',
  family: 'a type family (consult, agree, cooperate, retreat, request, verbal_conflict, material_conflict, other)',
  from: 'events whose dates reach this date or later: YYYY, YYYY-MM or YYYY-MM-DD',
  to: 'events whose dates reach back to this date or earlier: YYYY, YYYY-MM or YYYY-MM-DD',
  limit: 'how many items a page holds',
  cursor: "the previous page's next_cursor",
  kind: 'a fact kind (trade_volume, energy_share, population, count, exchange_rate, other)',
  q: 'what to find: whole words (any case, accents ignored), "phrases", prefix*, OR, NOT, parentheses; the documents\' text and title for search, the evidence sentence for events',
  format: 'jsonl or csv',
  direction: "one country of the pair acting on the other, as two ISO3 codes joined by '-' (KAZ-ISR)",
}

interface Parameter {
  readonly name: string
  readonly in: 'query' | 'path'
  readonly required: boolean
  readonly description: string
  readonly schema: unknown
}

/** The query parameters of an endpoint, from the zod schema that validates them (its input side). */
function queryParameters(schema: z.ZodType, docs: Readonly<Record<string, string>> = {}): Parameter[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>
    required?: string[]
  }
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    description: docs[name] ?? PARAMETER_DOCS[name] ?? '',
    schema: s,
  }))
}

const pathParameter = (name: string, description: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
})

// Every answer's schema, generated from the zod schemas the DTO types are inferred from.
const COMPONENTS = {
  Error: r.errorSchema,
  Document: r.documentSchema,
  DocumentPage: r.documentPageSchema,
  Explain: r.explainSchema,
  Extraction: r.extractionSchema,
  Upload: r.uploadSchema,
  Event: r.storedEventSchema,
  Fact: r.storedFactSchema,
  PairItem: r.pairItemSchema,
  PairPage: r.pairPageSchema,
  SearchHit: r.searchHitSchema,
} satisfies Record<string, z.ZodType>

type Component = keyof typeof COMPONENTS

function componentSchemas(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(COMPONENTS).map(([name, schema]) => [name, z.toJSONSchema(schema, { unrepresentable: 'any' })]),
  )
}

const ref = (name: Component) => ({ $ref: `#/components/schemas/${name}` })
const body = (schema: unknown) => ({ 'application/json': { schema } })
/** An answer of one item of a component. */
const json = (description: string, name: Component) => ({ description, content: body(ref(name)) })
/** An answer of a page of a component: `{ items, next_cursor }`. */
const paged = (description: string, name: Component) => ({
  description,
  content: body({
    type: 'object',
    required: ['items', 'next_cursor'],
    properties: { items: { type: 'array', items: ref(name) }, next_cursor: { type: ['string', 'null'] } },
    additionalProperties: false,
  }),
})
const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

function operation(summary: string, parameters: Parameter[], responses: Record<string, unknown>) {
  return { summary, parameters, responses }
}

let cached: unknown

/**
 * The OpenAPI 3.1 description of `/api`, its query parameters generated from the same zod schemas that validate
 * requests, so the two cannot drift apart.
 */
export function openApiDocument(): unknown {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Dyad API',
      version: '1',
      description:
        'Evidence-backed records of relations between two countries: documents, events, facts, pairs. Every list is paged with a cursor; every error is JSON. Any route answers 503 when the database cannot be used (507 when its disk is full).',
    },
    paths: {
      '/api/documents': {
        get: operation(
          'The latest version of every document, oldest first, in pages; filters by title, pair and source type',
          queryParameters(documentsQuery),
          {
            200: paged('a page of documents', 'Document'),
            400: error('a bad filter, limit or cursor'),
          },
        ),
        post: {
          summary: 'Ingest a document (text, HTML or Markdown body, or a form upload with a file or text field)',
          security: [{ writeToken: [] }],
          requestBody: {
            content: {
              'text/plain': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
              'text/markdown': { schema: { type: 'string' } },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { file: { type: 'string', format: 'binary' }, text: { type: 'string' } },
                },
              },
            },
          },
          responses: {
            201: json('ingested: the id, status and what dyad extract prints', 'Upload'),
            200: json('the same bytes were stored already', 'Upload'),
            400: error('an empty document or a form without a document'),
            401: error('no write token, or another one (the answer carries WWW-Authenticate: Bearer)'),
            429: error('over the write rate of this client (the answer carries Retry-After, in seconds)'),
            413: error('larger than the upload limit'),
            422: error('the bytes could not be read as text'),
            503: error(
              'the database cannot be used now (another writer past the busy timeout, a read-only or failed disk); nothing was stored',
            ),
            507: error('the disk is full; nothing was stored'),
          },
        },
      },
      '/api/documents/{id}': {
        get: operation(
          'One document with its clean and raw text, provenance, removed furniture, and its events, facts and mentions',
          [pathParameter('id', 'a document id')],
          {
            200: json('the document', 'DocumentPage'),
            404: error('no such document'),
          },
        ),
      },
      '/api/documents/{id}/explain': {
        get: operation(
          'How extraction read a document, sentence by sentence: tokens with parts of speech and lemmas, actor and date mentions, each trigger and what it led to (the role rules that found its parties and its date rule, or why it gave no event)',
          [pathParameter('id', 'a document id'), ...queryParameters(explainQuery)],
          {
            200: json('the explained sentences', 'Explain'),
            400: error('a bad offset'),
            404: error('no such document'),
          },
        ),
      },
      '/api/pairs': {
        get: operation('Pairs with their counts, most documented first, in pages', queryParameters(pageQuery), {
          200: paged('a page of pairs', 'PairItem'),
          400: error('a bad limit or cursor'),
        }),
      },
      '/api/pairs/{pair}': {
        get: operation(
          'A pair profile; the other order redirects (308) to the canonical path',
          [pathParameter('pair', PARAMETER_DOCS.pair as string), ...queryParameters(profileQuery)],
          {
            200: json('the profile', 'PairPage'),
            308: { description: 'the canonical path of the pair' },
            400: error('not a pair'),
            404: error('nothing stored about the pair'),
          },
        ),
      },
      '/api/events': {
        get: operation('Events, dated first, undated last', queryParameters(eventsQuery), {
          200: paged('a page of events', 'Event'),
          400: error('a bad parameter'),
        }),
      },
      '/api/facts': {
        get: operation('Facts', queryParameters(factsQuery), {
          200: paged('a page of facts', 'Fact'),
          400: error('a bad parameter'),
        }),
      },
      '/api/search': {
        get: operation(
          'Full-text search with highlighted snippets',
          queryParameters(searchQuery, {
            pair: 'only documents about this pair (its main pair, or giving events or facts of it)',
            type: 'only documents of this source type (news, think-tank, encyclopedia, government, other)',
          }),
          {
            200: paged('a page of hits, best first', 'SearchHit'),
            400: error('a bad query'),
          },
        ),
      },
      '/api/export': {
        get: operation("A pair's events and facts as JSON lines or CSV", queryParameters(exportQuery), {
          200: { description: 'the export', content: { 'application/x-ndjson': {}, 'text/csv': {} } },
          400: error('a bad parameter'),
          404: error('nothing stored about the pair'),
        }),
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        writeToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The write token: DYAD_TOKEN, or the one dyad serve keeps beside the database (<db>.token)',
        },
      },
    },
  }
  return cached
}

/** A plain HTML page of the API description, rendered on the server: nothing loads from elsewhere. */
export function apiDocsPage(): string {
  const doc = openApiDocument() as {
    paths: Record<
      string,
      Record<string, { summary: string; parameters?: Parameter[]; responses: Record<string, { description: string }> }>
    >
  }
  const sections = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}${p.required ? ', required' : ''}</td><td>${escapeHtml(p.description)}</td></tr>`,
        )
        .join('')
      const responses = Object.entries(op.responses)
        .map(([code, r]) => `<li><code>${code}</code> ${escapeHtml(r.description)}</li>`)
        .join('')
      return (
        `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2><p>${escapeHtml(op.summary)}</p>` +
        (params
          ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Meaning</th></tr></thead><tbody>${params}</tbody></table>`
          : '') +
        `<ul>${responses}</ul></section>`
      )
    }),
  )
  return page('Dyad API', `<h1>Dyad API</h1><p><a href="/openapi.json">openapi.json</a></p>${sections.join('')}`)
}
