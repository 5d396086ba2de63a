import { Hono } from 'hono'
import { SearchQueryError, type Store } from '../../store/store.js'
import { escapeHtml } from '../html.js'
import type { Json, searchHitSchema } from '../responses.js'
import { errorJson, searchQuery } from '../schemas.js'
import { readQuery } from './query.js'

/** A search hit as `GET /api/search` lists it; `snippet` is escaped HTML whose matches are wrapped in `<mark>`. */
export type SearchHitJson = Json<typeof searchHitSchema>

// Control characters that never occur in clean text stand for the marks until the snippet is escaped.
const OPEN = '\u0002'
const CLOSE = '\u0003'

/** `/api/search`: full-text search over the latest versions, best first, with highlighted snippets. */
export function searchRoutes(store: Store): Hono {
  const routes = new Hono()
  routes.get('/search', async (c) => {
    const q = readQuery(c, searchQuery)
    if (!q.ok) return q.response
    try {
      const { q: text, limit, pair, type } = q.value
      const hits = await store.search(text, {
        limit,
        marks: [OPEN, CLOSE],
        ...(pair ? { pair } : {}),
        ...(type ? { sourceType: type } : {}),
      })
      return c.json(
        hits.map(
          (h): SearchHitJson => ({
            id: h.id,
            title: h.title,
            source: h.source,
            snippet: escapeHtml(h.snippet).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>'),
            rank: h.rank,
            publication_date: h.publicationDate,
            source_type: h.sourceType,
          }),
        ),
      )
    } catch (e) {
      if (e instanceof SearchQueryError)
        return c.json(errorJson(e.message, [{ path: 'q', message: 'not a valid search query' }]), 400)
      throw e
    }
  })
  return routes
}
