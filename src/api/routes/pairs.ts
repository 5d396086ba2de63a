import { Hono } from 'hono'
import { pairKey, unknownCountryCodes } from '../../core/pair.js'
import { type KeyFact, keyFacts, seriesOfMonths, seriesWeights } from '../../pipeline/pair-series.js'
import type { DocumentSummary, PairAggregates, PairEventsSummary, Store } from '../../store/store.js'
import { countryJson } from '../countries.js'
import type { Json, pairItemSchema, pairPageSchema, pairSourceSchema } from '../responses.js'
import { errorJson, pageQuery, pairParam, profileQuery } from '../schemas.js'
import { pairProfileJson, pairSummaryJson, storedEventJson } from '../stored-dto.js'
import { type PageJson, pageOf } from './lists.js'
import { readQuery } from './query.js'

/** A document behind a pair's events and facts, as the profile lists it. */
export type PairSourceJson = Json<typeof pairSourceSchema>
/** A pair as `GET /api/pairs` lists it. */
export type PairItemJson = Json<typeof pairItemSchema>
/** The profile `GET /api/pairs/{pair}` answers. */
export type PairPageJson = Json<typeof pairPageSchema>

/** How many of the latest events a profile shows. */
const PROFILE_EVENTS = 10

/** How many of its newest sources and disagreements a key fact lists (the counts say how many there are). */
const KEY_FACT_LIST = 10

/** How many of its newest sources a profile lists (`source_count` says how many there are). */
const PROFILE_SOURCES = 50

/** `/api/pairs`: the known pairs with their counts, and the profile of one pair at its canonical path. */
export function pairRoutes(store: Store): Hono {
  const routes = new Hono()

  routes.get('/', async (c) => {
    const q = readQuery(c, pageQuery)
    if (!q.ok) return q.response
    const { limit, cursor = 0 } = q.value
    // The counts of every pair are one grouped read; the details of this page's pairs are two more, whatever its size.
    const { items: pairs, next_cursor } = pageOf(await store.listPairs(), limit, cursor)
    const details = await store.summarizePairEvents(pairs.map((p) => p.pair))
    const items: PairItemJson[] = pairs.map((p, i) => {
      const d = details[i] as PairEventsSummary
      return {
        ...pairSummaryJson(p),
        country_info: [countryJson(p.pair[0]), countryJson(p.pair[1])],
        events_by_family: { ...d.families },
        first_event: d.firstDate,
        last_event: d.lastDate,
        latest_event: d.latest ? storedEventJson(d.latest) : null,
      }
    })
    return c.json({ items, next_cursor } satisfies PageJson<PairItemJson>)
  })

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
    const q = readQuery(c, profileQuery)
    if (!q.ok) return q.response
    const direction = q.value.direction?.split('-') as [string, string] | undefined
    if (direction && (direction[0] === direction[1] || !direction.every((code) => pair.includes(code))))
      return c.json(
        errorJson(`direction must be ${pair[0]}-${pair[1]} or ${pair[1]}-${pair[0]}`, [
          { path: 'direction', message: `not a direction between ${pair[0]} and ${pair[1]}` },
        ]),
        400,
      )
    const profile = await store.pairProfile(pair, { events: PROFILE_EVENTS })
    if (profile.documents === 0 && profile.events === 0 && profile.facts === 0) {
      const unknown = await unknownCountryCodes(pair)
      return unknown.length > 0
        ? c.json(errorJson(`unknown country code${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`), 400)
        : c.json(errorJson(`nothing is stored about ${key}`), 404)
    }
    // The series and the sources' counts are grouped reads: the profile never holds the pair's events.
    const aggregates = await store.pairAggregates(pair, {
      direction,
      sources: PROFILE_SOURCES,
      weights: seriesWeights(),
    })
    // A figure many documents give lists its newest sources and disagreements, and says how many there are.
    const facts = keyFacts(await store.pairLatestFacts(pair), pair).map((k) => ({
      ...k,
      sources: k.sources.slice(0, KEY_FACT_LIST),
      sourceCount: k.sources.length,
      disagreements: k.disagreements.slice(0, KEY_FACT_LIST),
      disagreementCount: k.disagreements.length,
    }))
    const series = seriesOfMonths(aggregates)
    const body: PairPageJson = {
      ...pairProfileJson(profile),
      country_info: [countryJson(pair[0]), countryJson(pair[1])],
      direction: direction ? direction.join('-') : null,
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
      key_facts: facts.map((k) => ({
        kind: k.kind,
        subkind: k.subkind,
        subject: k.subject,
        pair: [k.pair[0], k.pair[1]],
        period: k.period,
        value: k.value,
        unit: k.unit,
        qualifier: k.qualifier,
        value_text: k.valueText,
        sources: k.sources,
        source_count: k.sourceCount,
        disagreements: k.disagreements.map((d) => ({
          value: d.value,
          value_text: d.valueText,
          document: d.documentId,
        })),
        disagreement_count: k.disagreementCount,
      })),
      sources: await sources(store, aggregates, facts),
      source_count: aggregates.sourceCount,
    }
    return c.json(body)
  })

  return routes
}

/**
 * The newest documents about a pair with how many of its events and facts each gives (newest first, undated last),
 * and any document a key fact cites beyond them, so that every card names its sources.
 */
async function sources(store: Store, aggregates: PairAggregates, facts: readonly KeyFact[]): Promise<PairSourceJson[]> {
  const listed = new Set(aggregates.sources.map((d) => d.id))
  const cited = [...new Set(facts.flatMap((k) => [...k.sources, ...k.disagreements.map((d) => d.documentId)]))].filter(
    (id) => !listed.has(id),
  )
  const more = cited.length === 0 ? [] : await store.listDocuments({ ids: cited })
  const json = (d: DocumentSummary, events: number, facts: number): PairSourceJson => ({
    id: d.id,
    title: d.title,
    source: d.source,
    source_url: d.sourceUrl,
    publication_date: d.publicationDate,
    source_type: d.sourceType,
    events,
    facts,
  })
  return [
    ...aggregates.sources.map((d) => json(d, d.events, d.facts)),
    ...more
      .sort((a, b) => (b.publicationDate ?? '').localeCompare(a.publicationDate ?? '') || a.id.localeCompare(b.id))
      .map((d) => json(d, 0, 0)),
  ]
}
