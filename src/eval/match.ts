/**
 * Matching of predicted events and facts against gold items, as the reference scorer (`score.py`) does it:
 * greedy, one-to-one, with a capacity per gold event of |sources| × |targets|, required gold items first.
 */

import { familyOf } from '../core/plover.js'

/** A gold event, as far as matching reads it. */
export interface GoldEvent {
  readonly source: string
  readonly target: string | null
  readonly co_sources?: readonly string[]
  readonly co_targets?: readonly string[]
  readonly type: string
  readonly alt_types?: readonly string[]
  readonly date: string | null
  readonly date_precision: string | null
  readonly date_end?: string
  readonly alt_dates?: readonly string[]
  readonly date_lenient?: boolean
  readonly optional?: boolean
}

/** A gold fact, as far as matching reads it. */
export interface GoldFact {
  readonly kind: string
  readonly value: number
  readonly value_max?: number
  readonly alt_values?: readonly { readonly value: number }[]
  readonly optional?: boolean
}

/** A predicted event, as far as matching reads it. */
export interface PredictedEvent {
  readonly type: string
  readonly source: string | null
  readonly target: string | null
  readonly date: string | null
  readonly dyad_relevant?: boolean
}

/** A predicted fact, as far as matching reads it. */
export interface PredictedFact {
  readonly kind: string
  readonly value: number | null
}

const TOLERANCE = 0.005
const norm = (x: string | null | undefined) => (typeof x === 'string' ? x.trim().toLowerCase() : null)

/** Direction is not scored: {source, target} must pair one gold source (or co-source) with one gold target (or co-target). */
export function actorsMatch(g: GoldEvent, p: PredictedEvent): boolean {
  const a = new Set([norm(g.source), ...(g.co_sources ?? []).map(norm)])
  const b = g.target ? new Set([norm(g.target), ...(g.co_targets ?? []).map(norm)]) : new Set<string | null>()
  const s = norm(p.source)
  const t = norm(p.target)
  if (b.size === 0) return a.has(s) || a.has(t)
  return (a.has(s) && b.has(t)) || (b.has(s) && a.has(t))
}

/** The predicted type is the gold type or an alternative (strict), or of the same family. */
export function typeMatches(g: GoldEvent, p: PredictedEvent, strict = false): boolean {
  const pt = (p.type ?? '').toUpperCase()
  const allowed = [g.type, ...(g.alt_types ?? [])]
  if (strict) return allowed.includes(pt)
  const fam = familyOf(pt)
  return fam !== undefined && allowed.some((t) => familyOf(t) === fam)
}

/** The predicted date, cut to the gold precision, is the gold date, an alternative, or inside the gold range. */
export function dateMatches(g: GoldEvent, p: PredictedEvent): boolean {
  if (g.date === null || g.date_lenient || g.date_precision === 'century') return true
  const pd = p.date
  if (!pd) return false
  const n = g.date.length
  if (pd.length < n) return false
  const cut = pd.slice(0, n)
  if (cut === g.date || (g.alt_dates ?? []).some((d) => d.slice(0, n) === cut)) return true
  if (g.date_end !== undefined) return g.date <= cut && cut <= g.date_end.slice(0, n).padEnd(n, '9')
  return false
}

/** Same kind and a value within 0.5% of the gold value, an alternative value, or the gold range. */
export function factMatches(g: GoldFact, p: PredictedFact): boolean {
  if ((p.kind ?? '') !== g.kind) return false
  const v = Number(p.value)
  if (p.value === null || Number.isNaN(v)) return false
  const values = [g.value, ...(g.alt_values ?? []).map((a) => a.value)]
  if (values.some((x) => Math.abs(v - x) <= TOLERANCE * Math.abs(x))) return true
  if (g.value_max !== undefined) return g.value * (1 - TOLERANCE) <= v && v <= g.value_max * (1 + TOLERANCE)
  return false
}

function capacity(g: GoldEvent | GoldFact): number {
  if (!('source' in g)) return 1
  return (1 + (g.co_sources?.length ?? 0)) * (g.target ? 1 + (g.co_targets?.length ?? 0) : 1)
}

/** Greedy one-to-one matching: predictions with fewest candidates first, each to a required, least-used gold item. */
export function matchItems<G extends GoldEvent | GoldFact, P>(
  golds: readonly G[],
  preds: readonly P[],
  ok: (g: G, p: P) => boolean,
): Map<number, number> {
  const cand = preds.map((p) => golds.flatMap((g, i) => (ok(g, p) ? [i] : [])))
  const used = golds.map(() => 0)
  const assign = new Map<number, number>()
  const order = preds.map((_, j) => j).sort((a, b) => (cand[a] as number[]).length - (cand[b] as number[]).length)
  for (const j of order) {
    const opts = (cand[j] as number[]).filter((i) => (used[i] as number) < capacity(golds[i] as G))
    const key = (i: number): [number, number, number] => [
      golds[i]?.optional ? 1 : 0,
      (used[i] as number) > 0 ? 1 : 0,
      used[i] as number,
    ]
    opts.sort((x, y) => {
      const a = key(x)
      const b = key(y)
      return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
    })
    const best = opts[0]
    if (best !== undefined) {
      assign.set(j, best)
      used[best] = (used[best] as number) + 1
    }
  }
  return assign
}

/** Counts of one matching: true positives among predictions, false positives, required gold found and in all. */
export interface MatchCounts {
  readonly tp_pred: number
  readonly fp: number
  readonly gold_found: number
  readonly gold_required: number
}

/** One matching of gold items and predictions: prediction → gold index, the required gold found, and its counts. */
export interface Matching {
  readonly assign: ReadonlyMap<number, number>
  readonly found: ReadonlySet<number>
  readonly counts: MatchCounts
}

/** Matches and counts as the reference scorers count: a prediction matched to optional gold is neither right nor wrong. */
export function countMatches<G extends GoldEvent | GoldFact, P>(
  golds: readonly G[],
  preds: readonly P[],
  ok: (g: G, p: P) => boolean,
): Matching {
  const assign = matchItems(golds, preds, ok)
  const matched = [...assign.values()].filter((i) => !golds[i]?.optional)
  return {
    assign,
    found: new Set(matched),
    counts: {
      tp_pred: matched.length,
      fp: preds.length - assign.size,
      gold_found: new Set(matched).size,
      gold_required: golds.filter((g) => !g.optional).length,
    },
  }
}

/** The three event matchings of the reference scorers, by the names `score.py` gives them. */
export const EVENT_MATCHINGS = {
  events: (g: GoldEvent, p: PredictedEvent) => actorsMatch(g, p) && typeMatches(g, p) && dateMatches(g, p),
  events_strict_type: (g: GoldEvent, p: PredictedEvent) =>
    actorsMatch(g, p) && typeMatches(g, p, true) && dateMatches(g, p),
  events_no_date: (g: GoldEvent, p: PredictedEvent) => actorsMatch(g, p) && typeMatches(g, p),
} as const
