import { z } from 'zod'
import type { Pair } from '../core/pair.js'
import type {
  FigureFact,
  PairActorCount,
  PairAggregates,
  PairMonthCounts,
  SeriesWeights,
  StoredEvent,
} from '../store/store.js'
import { loadLexicon } from '../text/lexicon.js'

const Intensity = z.object({
  note: z.string(),
  types: z.record(
    z.string(),
    z.object({
      intensity: z.number(),
      quad: z.enum(['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict']).nullable(),
      note: z.string(),
    }),
  ),
})

/** One month of a pair's events: counts by family and quad class, and the cooperation/conflict index (rounded). */
export type MonthSeries = PairMonthCounts

/** Who appears in a pair's events: a person or organisation as written, with the state it is coded to. */
export interface PairActor {
  readonly name: string
  readonly code: string
  readonly events: number
}

/** A pair's events summed by month, and its people and organisations, for profiles and charts. */
export interface PairSeries {
  readonly monthly: readonly MonthSeries[]
  readonly firstDate: string | null
  readonly lastDate: string | null
  readonly undated: number
  readonly actors: readonly PairActor[]
}

/** A pair's events counted by what its monthly series needs. */
interface PairEventGroup {
  /** `YYYY-MM` of an event dated to a month or a day; null when undated or dated to a year only. */
  readonly month: string | null
  readonly dated: boolean
  readonly family: string
  readonly type: string
  /** Neither negated nor future: the act counts in the cooperation/conflict index. */
  readonly counted: boolean
  readonly events: number
}

/**
 * Sums a pair's events by month (events dated to a year only are left out of the months but counted as dated; undated
 * ones are counted apart, never placed on a guessed month) and lists the people and organisations who act in them.
 */
export function pairSeries(events: readonly StoredEvent[]): PairSeries {
  return seriesOf(eventGroups(events), eventActors(events), eventDates(events))
}

/** The events counted by month, date or not, family, type and whether they count, for `seriesOf`. */
function eventGroups(events: readonly StoredEvent[]): PairEventGroup[] {
  const groups = new Map<string, PairEventGroup>()
  for (const e of events) {
    const month = e.date && e.date.length >= 7 ? e.date.slice(0, 7) : null
    const counted = !e.flags.negated && !e.flags.future
    const key = [month, e.date !== null, e.family, e.type, counted].join('|')
    groups.set(key, {
      month,
      dated: e.date !== null,
      family: e.family,
      type: e.type,
      counted,
      events: (groups.get(key)?.events ?? 0) + 1,
    })
  }
  return [...groups.values()]
}

/** The earliest date of a dated event and the latest date (or end) one reaches, as written. */
function eventDates(events: readonly StoredEvent[]): PairDates {
  let first: string | null = null
  let last: string | null = null
  for (const e of events) {
    if (e.date === null) continue
    const end = e.dateEnd ?? e.date
    if (first === null || e.date < first) first = e.date
    if (last === null || end > last) last = end
  }
  return { first, last }
}

/** The dates a pair's events span. */
export interface PairDates {
  readonly first: string | null
  readonly last: string | null
}

function eventActors(events: readonly StoredEvent[]): PairActorCount[] {
  const actors = new Map<string, PairActorCount>()
  for (const e of events)
    for (const [name, code] of [
      [e.sourceActor, e.source],
      [e.targetActor, e.target],
    ] as const) {
      if (!name || !code) continue
      const key = `${name}\u0000${code}`
      actors.set(key, { name, code, events: (actors.get(key)?.events ?? 0) + 1 })
    }
  return [...actors.values()]
}

/** The series of a pair from its events counted in groups. */
function seriesOf(groups: readonly PairEventGroup[], actors: readonly PairActorCount[], dates: PairDates): PairSeries {
  const lex = loadLexicon('events/intensity.json', Intensity).types
  const months = new Map<
    string,
    { events: number; byFamily: Map<string, number>; byQuad: Map<string, number>; index: number }
  >()
  let undated = 0
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n)
  for (const g of groups) {
    if (!g.dated) {
      undated += g.events
      continue
    }
    if (g.month === null) continue
    const m = months.get(g.month) ?? { events: 0, byFamily: new Map(), byQuad: new Map(), index: 0 }
    m.events += g.events
    add(m.byFamily, g.family, g.events)
    const t = lex[g.type]
    if (t?.quad) add(m.byQuad, t.quad, g.events)
    if (t && g.counted) m.index += t.intensity * g.events
    months.set(g.month, m)
  }
  return {
    monthly: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, m]) => ({
        month,
        events: m.events,
        byFamily: Object.fromEntries(m.byFamily),
        byQuad: Object.fromEntries(m.byQuad),
        index: roundIndex(m.index),
      })),
    firstDate: dates.first,
    lastDate: dates.last,
    undated,
    actors: sortActors(actors),
  }
}

/** How each event type weighs in a series, from lexicons/events/intensity.json, for a store to sum months with. */
export function seriesWeights(): SeriesWeights {
  return loadLexicon('events/intensity.json', Intensity).types
}

/** The index as profiles show it: to one decimal (a sum's last binary digits never tip the rounding). */
function roundIndex(index: number): number {
  return Math.round(Number(index.toFixed(6)) * 10) / 10
}

/** The series of a pair from the months a store summed (`Store.pairAggregates` with `seriesWeights()`). */
export function seriesOfMonths(a: PairAggregates): PairSeries {
  return {
    monthly: a.months.map((m) => ({ ...m, index: roundIndex(m.index) })),
    firstDate: a.firstDate,
    lastDate: a.lastDate,
    undated: a.undated,
    actors: sortActors(a.actors),
  }
}

/** The most active first, then by name. */
function sortActors(actors: readonly PairActorCount[]): PairActor[] {
  return [...actors].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name))
}

/** The events in which `from` acts on `to`: `from` among the sources (or co-sources), `to` among the targets. */
export function directed(events: readonly StoredEvent[], from: string, to: string): StoredEvent[] {
  return events.filter(
    (e) => (e.source === from || e.coSources.includes(from)) && (e.target === to || e.coTargets.includes(to)),
  )
}

/** The most recent dated event (by its date, then its end), or null when none is dated. */
export function latestEvent(events: readonly StoredEvent[]): StoredEvent | null {
  let latest: StoredEvent | null = null
  for (const e of events)
    if (e.date && (!latest?.date || (e.dateEnd ?? e.date) > (latest.dateEnd ?? latest.date))) latest = e
  return latest
}

/** The latest value of one kind of fact for a pair, with the documents that give it and any that disagree. */
export interface KeyFact {
  readonly kind: string
  readonly subkind: string | null
  readonly subject: string | null
  /** The pair the fact is about: always the pair whose key fact it is. */
  readonly pair: Pair
  readonly period: string | null
  readonly value: number
  readonly unit: string | null
  readonly qualifier: string | null
  readonly valueText: string
  /** Documents that give this value (within 0.5%). */
  readonly sources: readonly string[]
  /** Other values given for the same kind, unit and period by other documents: shown, never silently dropped. */
  readonly disagreements: readonly { readonly value: number; readonly valueText: string; readonly documentId: string }[]
}

/**
 * One key fact per kind, subkind, unit and subject among the facts about `pair` (a China–US figure in an article on
 * China and Russia is no key fact of China–Russia): the value of the latest period, with every document that gives it;
 * values for that period from other documents that differ by more than 0.5% are listed as disagreements.
 */
export function keyFacts(facts: readonly FigureFact[], pair: Pair): KeyFact[] {
  const groups = new Map<string, FigureFact[]>()
  for (const f of facts) {
    if (!isKeyKind(f) || f.pair?.[0] !== pair[0] || f.pair?.[1] !== pair[1]) continue
    // Facts about different things are never compared: the subject is part of the key.
    const key = `${f.kind}|${f.subkind ?? ''}|${f.unit ?? ''}|${(f.subject ?? '').toLowerCase()}`
    const group = groups.get(key)
    if (group) group.push(f)
    else groups.set(key, [f])
  }
  const same = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b))
  const out: KeyFact[] = []
  for (const group of groups.values()) {
    const periods = group.map((f) => f.period ?? '').sort()
    const latest = periods[periods.length - 1] ?? ''
    const inPeriod = group.filter((f) => (f.period ?? '') === latest)
    // The value most documents give for the period; ties go to the first stated. Support is counted once per distinct
    // value, not once per fact: a pair's facts can be thousands of one figure.
    const docsByValue = new Map<number, Set<string>>()
    for (const f of inPeriod) {
      const docs = docsByValue.get(f.value)
      if (docs) docs.add(f.documentId)
      else docsByValue.set(f.value, new Set([f.documentId]))
    }
    // Values within 0.5% of each other are neighbours once sorted: each value's support is read from its neighbours,
    // not from every other value (a busy pair's period can hold hundreds of values).
    const values = [...docsByValue.keys()].sort((x, y) => x - y)
    const support = new Map<number, number>()
    for (const [i, v] of values.entries()) {
      const docs = new Set<string>()
      for (let j = i; j >= 0 && same(v, values[j] as number); j--)
        for (const d of docsByValue.get(values[j] as number) ?? []) docs.add(d)
      for (let j = i + 1; j < values.length && same(v, values[j] as number); j++)
        for (const d of docsByValue.get(values[j] as number) ?? []) docs.add(d)
      support.set(v, docs.size)
    }
    let best = inPeriod[0] as FigureFact
    for (const f of inPeriod) if ((support.get(f.value) ?? 0) > (support.get(best.value) ?? 0)) best = f
    const agreeing = inPeriod.filter((f) => same(f.value, best.value))
    const disagreeing = inPeriod.filter((f) => !same(f.value, best.value) && f.documentId !== best.documentId)
    out.push({
      kind: best.kind,
      subkind: best.subkind,
      subject: best.subject,
      pair,
      period: best.period,
      value: best.value,
      unit: best.unit,
      qualifier: best.qualifier,
      valueText: best.valueText,
      sources: [...new Set(agreeing.map((f) => f.documentId))],
      disagreements: disagreeing.map((f) => ({ value: f.value, valueText: f.valueText, documentId: f.documentId })),
    })
  }
  return out.sort((a, b) => a.kind.localeCompare(b.kind) || (a.subkind ?? '').localeCompare(b.subkind ?? ''))
}

/** Counts of things, durations and unlabelled amounts describe a text more than a relation: they are not key facts. */
function isKeyKind(f: FigureFact): boolean {
  if (f.kind === 'count') return false
  return !(
    f.kind === 'other' &&
    ['duration', 'measure', 'distance', 'area', 'amount', 'table_value', 'share', 'ordinal'].includes(f.subkind ?? '')
  )
}
