import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { MediaType, RawDocument } from '../../core/types.js'
import { extractDocument } from '../../pipeline/extract.js'
import { ingestOne, type ReadDocument } from '../../pipeline/ingest.js'
import { MAX_DOCUMENT_BYTES, mediaTypeOf, tooLarge } from '../../source/read-inputs.js'
import type { Store } from '../../store/store.js'
import { extractionJson } from '../dto.js'
import { errorJson } from '../schemas.js'

/** The largest document `POST /api/documents` accepts by default: 10 MB, the limit of every other reader. */
export const MAX_UPLOAD_BYTES = MAX_DOCUMENT_BYTES

/** Room in a request body for a form upload's boundaries and headers around a document of the largest size. */
const FORM_OVERHEAD = 64 * 1024

/** The media type a request body declares ("text/html; charset=…" → text/html); plain text otherwise. */
function declaredType(contentType: string | undefined): MediaType {
  const t = (contentType ?? '').split(';')[0]?.trim().toLowerCase()
  return t === 'text/html' ? 'text/html' : t === 'text/markdown' ? 'text/markdown' : 'text/plain'
}

/**
 * `POST /api/documents`: ingests a document sent as the request body (text, HTML or Markdown by its Content-Type) or
 * as a form upload (a `file` field, or a `text` field), and answers the document id, the ingest status and the same
 * JSON that `dyad extract` prints — 201 for a new document, 200 when the same bytes were stored already. A document
 * over `maxBytes` is refused with 413; a body too large to hold one is refused before it is read. The document is read
 * once, by `read` (on the server's extraction thread, so that reads are answered meanwhile), for the store and the answer.
 */
export function uploadRoutes(
  store: Store,
  maxBytes: number = MAX_UPLOAD_BYTES,
  read: ReadDocument = extractDocument,
): Hono {
  const routes = new Hono()
  routes.post(
    '/documents',
    bodyLimit({
      maxSize: maxBytes + FORM_OVERHEAD,
      onError: (c) => {
        const declared = Number(c.req.header('content-length'))
        return c.json(
          errorJson(`the document is ${tooLarge(Number.isSafeInteger(declared) ? declared : null, maxBytes)}`),
          413,
        )
      },
    }),
    async (c) => {
      const contentType = c.req.header('content-type')
      let raw: RawDocument
      if ((contentType ?? '').startsWith('multipart/form-data')) {
        const body = await c.req.parseBody()
        const file = body.file
        if (file instanceof File) {
          const bytes = new Uint8Array(await file.arrayBuffer())
          raw = { origin: `upload:${file.name}`, mediaType: mediaTypeOf(file.name), bytes }
        } else if (typeof body.text === 'string') {
          raw = { origin: '-', mediaType: 'text/plain', bytes: new TextEncoder().encode(body.text) }
        } else {
          return c.json(errorJson('a form upload needs a "file" or a "text" field'), 400)
        }
      } else {
        raw = { origin: '-', mediaType: declaredType(contentType), bytes: new Uint8Array(await c.req.arrayBuffer()) }
      }
      if (raw.bytes.length > maxBytes)
        return c.json(errorJson(`the document is ${tooLarge(raw.bytes.length, maxBytes)}`), 413)
      if (raw.bytes.length === 0 || new TextDecoder().decode(raw.bytes).trim() === '')
        return c.json(errorJson('the document is empty'), 400)
      const reading = await Promise.resolve(raw)
        .then(read)
        .then(
          (x) => ({ ok: true as const, x }),
          (e: unknown) => ({ ok: false as const, e }),
        )
      const outcome = await ingestOne({ ok: true, raw }, store, undefined, undefined, () => {
        if (!reading.ok) throw reading.e
        return reading.x
      })
      if (outcome.status === 'failed') return c.json(errorJson(`the document could not be read: ${outcome.error}`), 422)
      if (!reading.ok) throw reading.e
      const x = reading.x
      const doc = raw.origin.startsWith('upload:') ? raw.origin.slice('upload:'.length) : outcome.documentId
      return c.json(
        { id: outcome.documentId, status: outcome.status, version: outcome.version, ...extractionJson(doc, x) },
        outcome.status === 'ingested' ? 201 : 200,
      )
    },
  )
  return routes
}
