import { Hono } from 'hono'
import { stream } from 'hono/streaming'
import { pairKey } from '../../core/pair.js'
import type { Store } from '../../store/store.js'
import { csvLine } from '../csv.js'
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

/** How many bytes of lines an export gathers before it writes them out. */
const CHUNK_BYTES = 64 * 1024

/**
 * `/api/export`: every event and fact of a pair with its evidence and its document's source URL, as JSONL or CSV.
 * Rows are streamed from the store as they are read: the server holds one chunk of lines, not the export.
 */
export function exportRoutes(store: Store): Hono {
  const routes = new Hono()
  routes.get('/export', async (c) => {
    const q = readQuery(c, exportQuery)
    if (!q.ok) return q.response
    const { pair, format } = q.value
    const key = pairKey(pair)
    const [anyEvent, anyFact] = await Promise.all([
      store.listEvents({ pair, limit: 1 }),
      store.listFacts({ pair, limit: 1 }),
    ])
    if (anyEvent.length === 0 && anyFact.length === 0) return c.json(errorJson(`nothing is stored about ${key}`), 404)
    const line =
      format === 'csv'
        ? (r: Record<string, unknown>) => csvLine(EXPORT_COLUMNS, r)
        : (r: Record<string, unknown>) => `${JSON.stringify(r)}\n`
    async function* lines(): AsyncGenerator<string> {
      if (format === 'csv') yield csvLine(EXPORT_COLUMNS, Object.fromEntries(EXPORT_COLUMNS.map((k) => [k, k])))
      for await (const e of store.streamEvents({ pair }))
        yield line({ record: 'event', ...storedEventJson(e), source_url: e.sourceUrl })
      for await (const f of store.streamFacts({ pair }))
        yield line({ record: 'fact', ...storedFactJson(f), source_url: f.sourceUrl })
    }
    c.header('Content-Disposition', `attachment; filename="dyad-${key}.${format}"`)
    c.header(
      'Content-Type',
      format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/x-ndjson; charset=utf-8',
    )
    return stream(c, async (out) => {
      let chunk = ''
      for await (const l of lines()) {
        chunk += l
        if (chunk.length >= CHUNK_BYTES) {
          await out.write(chunk)
          chunk = ''
        }
      }
      if (chunk) await out.write(chunk)
    })
  })
  return routes
}
