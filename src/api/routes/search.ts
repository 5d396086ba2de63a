import { Hono } from 'hono'
import type { Store } from '../../store/store.js'
import { escapeHtml } from '../html.js'
import type { Json, searchHitSchema } from '../responses.js'
import { searchQuery } from '../schemas.js'
import { type PageJson, pageOf } from './lists.js'
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
    const { q: text, limit, pair, type, cursor = 0 } = q.value
    // The hits are ranked whole (the store ranks at most SEARCH_LIMIT_MAX): a page is a slice of them, and its cursor
    // the offset of the next one, as for every list computed whole.
    const hits = await store.search(text, {
      limit: cursor + limit + 1,
      marks: [OPEN, CLOSE],
      ...(pair ? { pair } : {}),
      ...(type ? { sourceType: type } : {}),
    })
    const page = pageOf(hits, limit, cursor)
    return c.json({
      items: page.items.map(
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
      next_cursor: page.next_cursor,
    } satisfies PageJson<SearchHitJson>)
  })
  return routes
}
