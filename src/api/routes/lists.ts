import { Hono } from 'hono'
import type { Store } from '../../store/store.js'
import { encodeCursor, eventsQuery, factsQuery } from '../schemas.js'
import { type StoredEventJson, type StoredFactJson, storedEventJson, storedFactJson } from '../stored-dto.js'
import { readQuery } from './query.js'

/** One page of a list and the cursor of the next one (null on the last page). */
export interface PageJson<T> {
  readonly items: readonly T[]
  readonly next_cursor: string | null
}

/** `/api/events` and `/api/facts`: filtered lists in pages, in the order `dyad events` and `dyad facts` print them. */
export function listRoutes(store: Store): Hono {
  const routes = new Hono()

  routes.get('/events', async (c) => {
    const q = readQuery(c, eventsQuery)
    if (!q.ok) return q.response
    const { limit, cursor, q: text, ...filters } = q.value
    // One event more than the page tells whether another follows; the next page starts after the page's last event.
    const rows = await store.listEvents({ ...filters, ...(text ? { text } : {}), limit: limit + 1, after: cursor })
    const last = rows.length > limit ? rows[limit - 1] : undefined
    return c.json({
      items: rows.slice(0, limit).map(storedEventJson),
      next_cursor: last ? encodeCursor({ e: last.id, d: last.documentId, t: last.date, u: last.dateEnd }) : null,
    } satisfies PageJson<StoredEventJson>)
  })

  routes.get('/facts', async (c) => {
    const q = readQuery(c, factsQuery)
    if (!q.ok) return q.response
    const { limit, cursor, ...filters } = q.value
    const rows = await store.listFacts({ ...filters, limit: limit + 1, after: cursor })
    const last = rows.length > limit ? rows[limit - 1] : undefined
    return c.json({
      items: rows.slice(0, limit).map(storedFactJson),
      next_cursor: last ? encodeCursor({ f: last.id, d: last.documentId, s: last.valueSpan.start }) : null,
    } satisfies PageJson<StoredFactJson>)
  })

  return routes
}

/** One page of a list that was read whole: the items from `offset`, and the cursor of the next page. */
export function pageOf<T>(all: readonly T[], limit: number, offset: number): PageJson<T> {
  const rows = all.slice(offset, offset + limit + 1)
  return {
    items: rows.slice(0, limit),
    next_cursor: rows.length > limit ? encodeCursor({ o: offset + limit }) : null,
  }
}
