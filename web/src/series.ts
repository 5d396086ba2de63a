// The pure parts of the views: what the charts, the timeline, the graph and the table compute from the API's JSON.
// Kept apart from the libraries that draw, so that they can be tested without a browser.
import type { EventItem, Month } from './types.js'

const PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

/** Whether a string is a partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(s: string): boolean {
  return PARTIAL.test(s)
}

/** Every month from the first to the last, so that quiet months show as gaps, not as if they did not exist. */
export function monthRange(months: readonly Month[]): string[] {
  const first = months[0]?.month
  const last = months[months.length - 1]?.month
  if (!first || !last) return []
  const out: string[] = []
  let [y, m] = first.split('-').map(Number) as [number, number]
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`
    out.push(key)
    if (key >= last) return out
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
}

/** The span of time a partial date covers: a day, a month or a year (or a range's two ends). */
export function dateSpan(date: string, end: string | null): { start: Date; end: Date } {
  const from = (d: string) => {
    const [y, m = '1', day = '1'] = d.split('-')
    return new Date(Date.UTC(Number(y), Number(m) - 1, Number(day)))
  }
  const after = (d: string) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number | undefined, number | undefined]
    if (day !== undefined) return new Date(Date.UTC(y, (m ?? 1) - 1, day + 1))
    if (m !== undefined) return new Date(Date.UTC(y, m, 1))
    return new Date(Date.UTC(y + 1, 0, 1))
  }
  return { start: from(date), end: after(end ?? date) }
}

type Kind = EventItem['source_kind']

/** Nodes for countries and for the people and organisations who act; edges weighted by the events between them. */
export function actorGraph(events: readonly EventItem[]): {
  nodes: { id: string; label: string; kind: Kind }[]
  edges: { source: string; target: string; weight: number; kind: 'event' | 'member' }[]
} {
  const nodes = new Map<string, { id: string; label: string; kind: Kind }>()
  const edges = new Map<string, { source: string; target: string; weight: number; kind: 'event' | 'member' }>()
  const node = (code: string, name: string | null, kind: Kind): string => {
    if (kind === 'country') {
      const id = `c:${code}`
      if (!nodes.has(id)) nodes.set(id, { id, label: code, kind })
      return id
    }
    const label = name ?? code
    const id = `${kind}:${label}`
    if (!nodes.has(id)) nodes.set(id, { id, label, kind })
    // A person or organisation is tied to the state it acts for, when it has one.
    if (code !== label) edge(id, node(code, null, 'country'), 'member')
    return id
  }
  const edge = (source: string, target: string, kind: 'event' | 'member') => {
    if (source === target) return
    const key = `${kind}|${source}|${target}`
    const e = edges.get(key)
    if (e) {
      if (kind === 'event') e.weight += 1
    } else edges.set(key, { source, target, weight: 1, kind })
  }
  for (const e of events) {
    if (!e.source || !e.target || !e.target_kind) continue
    edge(node(e.source, e.source_actor, e.source_kind), node(e.target, e.target_actor, e.target_kind), 'event')
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] }
}

/**
 * The filters of the event table: a type family, a date range (YYYY, YYYY-MM or YYYY-MM-DD, both ends included) and
 * an actor (a state's ISO3 code, or a person's or organisation's name as the events give it); '' is no filter.
 */
export interface TableFilters {
  readonly family: string
  readonly from: string
  readonly to: string
  readonly actor: string
}

/** No filter at all. */
export const NO_FILTERS: TableFilters = { family: '', from: '', to: '', actor: '' }

/** Whether an actor takes part in an event, on either side. */
function involves(e: EventItem, actor: string): boolean {
  return (
    e.source === actor ||
    e.target === actor ||
    e.source_actor === actor ||
    e.target_actor === actor ||
    e.co_sources.includes(actor) ||
    e.co_targets.includes(actor)
  )
}

/** Whether an event passes the filters; an undated event passes only when no date bound is set. */
export function passes(e: EventItem, f: TableFilters): boolean {
  if (f.family && e.family !== f.family) return false
  if (f.actor && !involves(e, f.actor)) return false
  if (!f.from && !f.to) return true
  if (!e.date) return false
  const last = e.date_end ?? e.date
  if (f.from && isPartialDate(f.from) && last.slice(0, f.from.length) < f.from) return false
  if (f.to && isPartialDate(f.to) && e.date.slice(0, f.to.length) > f.to) return false
  return true
}

/** Ten years of months: the longest history the monthly chart opens on whole. */
export const CHART_WINDOW_MONTHS = 120

/**
 * The months the monthly chart opens on, as indices of its axis (both ends included): the whole history when it spans
 * under ten years, else its last ten years, the older part one drag of the slider away.
 */
export function chartWindow(
  months: number,
  window: number = CHART_WINDOW_MONTHS,
): { start: number; end: number; whole: boolean } {
  const start = Math.max(0, months - window)
  return { start, end: Math.max(0, months - 1), whole: start === 0 }
}
