import { Hono } from 'hono'
import { pairKey } from '../../core/pair.js'
import type { Store } from '../../store/store.js'
import { toCsv } from '../csv.js'
import { errorJson, exportQuery } from '../schemas.js'
import { storedEventJson, storedFactJson } from '../stored-dto.js'
import { readQuery } from './query.js'

/** The columns of an export in CSV: events and facts share one table, `record` tells which a row is. */
export const EXPORT_COLUMNS = [
  'record',
  'document',
  'document_title',
  'source_url',
  'type',
  'family',
  'source',
  'target',
  'co_sources',
  'co_targets',
  'source_actor',
  'target_actor',
  'date',
  'date_precision',
  'date_end',
  'date_basis',
  'kind',
  'subkind',
  'subject',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'period',
  'pair',
  'value_text',
  'evidence',
  'start',
  'end',
  'dyad_relevant',
  'hedged',
  'negated',
  'future',
  'confidence',
  'rule',
] as const

/** `/api/export`: every event and fact of a pair with its evidence and its document's source URL, as JSONL or CSV. */
export function exportRoutes(store: Store): Hono {
  const routes = new Hono()
  routes.get('/export', async (c) => {
    const q = readQuery(c, exportQuery)
    if (!q.ok) return q.response
    const { pair, format } = q.value
    const [events, facts, docs] = await Promise.all([
      store.listEvents({ pair }),
      store.listFacts({ pair }),
      store.listDocuments(),
    ])
    const key = pairKey(pair)
    if (events.length === 0 && facts.length === 0) return c.json(errorJson(`nothing is stored about ${key}`), 404)
    const urls = new Map(docs.map((d) => [d.id, d.sourceUrl]))
    const records = [
      ...events.map((e) => ({ record: 'event', ...storedEventJson(e), source_url: urls.get(e.documentId) ?? null })),
      ...facts.map((f) => ({ record: 'fact', ...storedFactJson(f), source_url: urls.get(f.documentId) ?? null })),
    ]
    const name = `dyad-${key}.${format}`
    c.header('Content-Disposition', `attachment; filename="${name}"`)
    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8; header=present')
      return c.body(toCsv(EXPORT_COLUMNS, records))
    }
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8')
    return c.body(records.map((r) => `${JSON.stringify(r)}\n`).join(''))
  })
  return routes
}
