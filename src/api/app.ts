import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { explainText, OUTCOMES } from '../pipeline/explain.js'
import { extractionInput } from '../pipeline/extract.js'
import type { ReadDocument } from '../pipeline/ingest.js'
import { SearchQueryError, type Store, StoreUnavailableError } from '../store/store.js'
import { type ClientOf, guardWrites } from './access.js'
import { type DocumentJson, documentDetailJson, documentJson } from './dto.js'
import { escapeHtml, page } from './html.js'
import { apiDocsPage, openApiDocument } from './openapi.js'
import { exportRoutes } from './routes/export.js'
import { listRoutes, type PageJson } from './routes/lists.js'
import { pairRoutes } from './routes/pairs.js'
import { readQuery } from './routes/query.js'
import { searchRoutes } from './routes/search.js'
import { uploadRoutes } from './routes/upload.js'
import { documentsQuery, encodeCursor, errorJson, explainQuery } from './schemas.js'
import { documentAnnotationsJson } from './stored-dto.js'
import { hasWebUi, mountWebUi } from './web.js'

/** How many documents a page of the plain HTML list shows. */
const HTML_PAGE = 200

/** Options of the HTTP app. */
export interface AppOptions {
  readonly store: Store
  /** The largest document `POST /api/documents` accepts, in bytes (default 10 MB). */
  readonly maxUploadBytes?: number
  /** The built web UI (dist/web); without it, plain HTML pages list the documents. */
  readonly webRoot?: string
  /** The bearer token every write (`POST`, and any later `PUT`/`DELETE`) must carry; without one, writes are refused. */
  readonly writeToken?: string
  /** Writes one client may make in a minute (default 60; 0: no limit). */
  readonly writesPerMinute?: number
  /** Who a request comes from, for the write rate (the server's peer address); without it all are one client. */
  readonly clientOf?: ClientOf
  /** How an uploaded document is read (default: on the caller's thread; `dyad serve` gives its extraction thread). */
  readonly extract?: ReadDocument
  /** Origins whose pages may call the API from a browser (CORS); none by default, so only Dyad's own pages can. */
  readonly corsOrigins?: readonly string[]
}

/**
 * The HTTP app: a plain HTML list of stored documents with their metadata and clean text, and the same as JSON
 * under `/api`, with pairs, events, facts, search and export. Text from documents is always escaped, so markup inside a
 * document renders inert. Every error under `/api` is JSON: `{ error: { message, issues? } }`; a database that cannot
 * be used answers 503 (507 when the disk is full), never a 500.
 */
export function createApp(options: AppOptions): Hono {
  const { store, maxUploadBytes, webRoot, writeToken, writesPerMinute, clientOf, extract, corsOrigins = [] } = options
  const app = new Hono()
  if (corsOrigins.length > 0)
    app.use('/api/*', cors({ origin: [...corsOrigins], allowHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }))
  app.use('/api/*', guardWrites({ token: writeToken, writesPerMinute, clientOf }))
  if (webRoot && hasWebUi(webRoot)) mountWebUi(app, webRoot)

  app.get('/api/documents', async (c) => {
    const q = readQuery(c, documentsQuery)
    if (!q.ok) return q.response
    const { limit, cursor, q: titleText, pair, type } = q.value
    const docs = await store.listDocuments({
      limit: limit + 1,
      after: cursor,
      ...(titleText ? { titleText } : {}),
      ...(pair ? { pair } : {}),
      ...(type ? { sourceType: type } : {}),
    })
    const last = docs.length > limit ? docs[limit - 1] : undefined
    return c.json({
      items: docs.slice(0, limit).map(documentJson),
      next_cursor: last ? encodeCursor({ a: last.id }) : null,
    } satisfies PageJson<DocumentJson>)
  })

  app.get('/api/documents/:id', async (c) => {
    const doc = await store.getDocument(c.req.param('id'))
    if (!doc) return c.json(errorJson(`no document "${c.req.param('id')}"`), 404)
    return c.json({ ...documentDetailJson(doc), ...documentAnnotationsJson(doc, await store.getExtraction(doc.id)) })
  })

  app.get('/api/documents/:id/explain', async (c) => {
    const q = readQuery(c, explainQuery)
    if (!q.ok) return q.response
    const doc = await store.getDocument(c.req.param('id'))
    if (!doc) return c.json(errorJson(`no document "${c.req.param('id')}"`), 404)
    const sentences = explainText(
      extractionInput(doc.cleanText, doc.metadata),
      q.value.at === undefined ? {} : { at: q.value.at },
    )
    return c.json({
      sentences: sentences.map((s) => ({
        ...s,
        triggers: s.triggers.map((t) => ({ ...t, reason: OUTCOMES[t.outcome] })),
      })),
    })
  })

  app.get('/openapi.json', (c) => c.json(openApiDocument()))
  app.get('/docs', (c) => c.html(apiDocsPage()))
  app.route('/api', uploadRoutes(store, maxUploadBytes, extract))
  app.route('/api/pairs', pairRoutes(store))
  app.route('/api', listRoutes(store))
  app.route('/api', searchRoutes(store))
  app.route('/api', exportRoutes(store))

  app.get('/', async (c) => {
    // One page at a time, by keyset: the page's size does not grow with the corpus.
    const after = c.req.query('after')
    const read = await store.listDocuments({ limit: HTML_PAGE + 1, ...(after ? { after } : {}) })
    const docs = read.slice(0, HTML_PAGE)
    const next = read.length > HTML_PAGE ? docs[docs.length - 1]?.id : undefined
    const rows = docs
      .map(
        (d) =>
          `<tr><td><a href="/documents/${encodeURIComponent(d.id)}">${escapeHtml(d.title ?? '(no title)')}</a></td>` +
          `<td>${escapeHtml(d.publicationDate ?? '—')}</td><td>${escapeHtml(d.sourceType)}</td>` +
          `<td>${escapeHtml(d.authors.join(', ') || '—')}</td><td class="muted">${escapeHtml(d.source)}</td></tr>`,
      )
      .join('')
    return c.html(
      page(
        'Documents',
        `<h1>Dyad</h1><p>${docs.length} document${docs.length === 1 ? '' : 's'}${after ? ' (a later page)' : ''} · <a href="/api/documents">JSON</a></p>` +
          `<table><thead><tr><th>Title</th><th>Published</th><th>Type</th><th>Authors</th><th>Source</th></tr></thead><tbody>${rows}</tbody></table>` +
          (next ? `<p><a href="/?after=${encodeURIComponent(next)}">More documents →</a></p>` : ''),
      ),
    )
  })

  app.get('/documents/:id', async (c) => {
    const doc = await store.getDocument(c.req.param('id'))
    if (!doc)
      return c.html(
        page('Not found', `<p>No document "${escapeHtml(c.req.param('id'))}". <a href="/">All documents</a></p>`),
        404,
      )
    const m = doc.metadata
    const field = (k: string, v: string | null | undefined, rule: string | null) =>
      `<dt>${k}</dt><dd>${escapeHtml(v ?? '—')}${rule ? ` <span class="muted">(${escapeHtml(rule)})</span>` : ''}</dd>`
    return c.html(
      page(
        m.title.value ?? doc.id,
        `<p><a href="/">← All documents</a> · <a href="/api/documents/${encodeURIComponent(doc.id)}">JSON</a></p>` +
          `<h1>${escapeHtml(m.title.value ?? '(no title)')}</h1><dl>` +
          field('Source', doc.source, null) +
          field('Authors', m.authors.value.join(', ') || null, m.authors.rule) +
          field('Published', m.publicationDate.value?.value, m.publicationDate.rule) +
          field('Type', [m.sourceType.value, m.sourceSubtype.value].filter(Boolean).join(' — '), m.sourceType.rule) +
          field('Source name', m.sourceName.value, m.sourceName.rule) +
          field('Language', m.language.value, m.language.rule) +
          `</dl><h2>Clean text</h2><pre>${escapeHtml(doc.cleanText)}</pre>`,
      ),
    )
  })

  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json(errorJson(`no such endpoint: ${c.req.method} ${c.req.path}`), 404)
      : c.html(page('Not found', '<p>Not found.</p>'), 404),
  )
  app.onError((e, c) => {
    // A search that means nothing (documents or events' evidence) is the user's mistake, said in Dyad's words.
    if (e instanceof SearchQueryError)
      return c.json(errorJson(e.message, [{ path: 'q', message: 'not a valid search query' }]), 400)
    console.error(`dyad serve: ${c.req.method} ${c.req.path}: ${e.message}`)
    // The database cannot be used: the client learns why (without the server's paths), and that it may try later.
    if (e instanceof StoreUnavailableError)
      return c.json(
        errorJson(`the database cannot be used: ${e.reason}`),
        e.failure === 'full' ? 507 : 503,
        e.failure === 'busy' ? { 'Retry-After': '5' } : {},
      )
    return c.json(errorJson('internal error'), 500)
  })
  return app
}
