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
    const { limit, cursor: offset = 0, q: text, ...filters } = q.value
    const rows = await store.listEvents({ ...filters, ...(text ? { text } : {}), limit: limit + 1, offset })
    return c.json(page(rows.map(storedEventJson), limit, offset) satisfies PageJson<StoredEventJson>)
  })

  routes.get('/facts', async (c) => {
    const q = readQuery(c, factsQuery)
    if (!q.ok) return q.response
    const { limit, cursor: offset = 0, ...filters } = q.value
    const rows = await store.listFacts({ ...filters, limit: limit + 1, offset })
    return c.json(page(rows.map(storedFactJson), limit, offset) satisfies PageJson<StoredFactJson>)
  })

  return routes
}

/** One page of a list that was read whole: the items from `offset`, and the cursor of the next page. */
export function pageOf<T>(all: readonly T[], limit: number, offset: number): PageJson<T> {
  return page(all.slice(offset, offset + limit + 1), limit, offset)
}

// One item more than the page is read to tell whether another page follows.
function page<T>(rows: readonly T[], limit: number, offset: number): PageJson<T> {
  return {
    items: rows.slice(0, limit),
    next_cursor: rows.length > limit ? encodeCursor(offset + limit) : null,
  }
}
