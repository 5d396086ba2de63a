import { Hono } from 'hono'
import { pairKey } from '../../core/pair.js'
import { keyFacts, pairSeries } from '../../pipeline/pair-series.js'
import type { Store } from '../../store/store.js'
import { errorJson, pairParam } from '../schemas.js'
import { pairProfileJson, pairSummaryJson } from '../stored-dto.js'

/** How many of the latest events a profile shows. */
const PROFILE_EVENTS = 10

/** `/api/pairs`: the known pairs with their counts, and the profile of one pair at its canonical path. */
export function pairRoutes(store: Store): Hono {
  const routes = new Hono()

  routes.get('/', async (c) => c.json((await store.listPairs()).map(pairSummaryJson)))

  routes.get('/:pair', async (c) => {
    const text = c.req.param('pair')
    const parsed = pairParam.safeParse(text)
    if (!parsed.success)
      return c.json(
        errorJson(
          `bad pair '${text}'`,
          parsed.error.issues.map((i) => ({ path: 'pair', message: i.message })),
        ),
        400,
      )
    const pair = parsed.data
    const key = pairKey(pair)
    if (text !== key) {
      // One URL per pair: the other order (or case) is a permanent redirect that keeps the query string.
      const search = new URL(c.req.url).search
      return c.redirect(`/api/pairs/${key}${search}`, 308)
    }
    const profile = await store.pairProfile(pair, { events: PROFILE_EVENTS })
    if (profile.documents === 0 && profile.events === 0 && profile.facts === 0) {
      const unknown = await unknownCodes(pair)
      return unknown.length > 0
        ? c.json(errorJson(`unknown country code${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`), 400)
        : c.json(errorJson(`nothing is stored about ${key}`), 404)
    }
    const series = pairSeries(await store.listEvents({ pair }))
    return c.json({
      ...pairProfileJson(profile),
      first_event: series.firstDate,
      last_event: series.lastDate,
      undated_events: series.undated,
      monthly: series.monthly.map((m) => ({
        month: m.month,
        events: m.events,
        by_family: m.byFamily,
        by_quad: m.byQuad,
        index: m.index,
      })),
      actors: series.actors,
      key_facts: keyFacts(await store.listFacts({ pair })).map((k) => ({
        kind: k.kind,
        subkind: k.subkind,
        subject: k.subject,
        period: k.period,
        value: k.value,
        unit: k.unit,
        qualifier: k.qualifier,
        value_text: k.valueText,
        sources: k.sources,
        disagreements: k.disagreements.map((d) => ({
          value: d.value,
          value_text: d.valueText,
          document: d.documentId,
        })),
      })),
    })
  })

  return routes
}

/** Codes of the pair that are not ISO 3166-1 alpha-3; asked only for a pair with no data, as codes such as SUN can be. */
async function unknownCodes(pair: readonly [string, string]): Promise<string[]> {
  // Loaded lazily: the package registers every locale on import.
  const { default: iso } = await import('i18n-iso-countries')
  return pair.filter((code) => !iso.isValid(code))
}
