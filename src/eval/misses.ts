/**
 * Misses by class: why a required gold event was not matched, judged from the predictions on the same sentence(s).
 * Predictions that the matching gave to another gold event are accounted for and do not count: a right CONSULT beside
 * a missed SUPPORT on the same sentence makes the SUPPORT a missing event, not a wrong type.
 */

import { toCleanSpan } from '../core/span-map.js'
import type { CleanText, Span } from '../core/types.js'
import {
  actorsMatch,
  countMatches,
  dateMatches,
  EVENT_MATCHINGS,
  type GoldEvent,
  type Matching,
  type PredictedEvent,
  typeMatches,
} from './match.js'
import { type FamilyCounts, recallByFamily } from './score.js'

/** A predicted event with where it was said: its span in the clean text and its evidence, when the prediction has them. */
export interface PlacedPrediction extends PredictedEvent {
  readonly start?: number | null
  readonly end?: number | null
  readonly evidence?: string | null
}

/**
 * The classes of a miss, in the order they are checked; the last one holds what the first four leave: predictions on
 * the sentence that share neither the actors nor the type family with the gold event.
 */
export const MISS_CLASSES = ['no event', 'wrong type', 'wrong actors', 'wrong date', 'wrong type and actors'] as const

/** Why a required gold event was missed. */
export type MissClass = (typeof MISS_CLASSES)[number]

/** A missed required gold event, its class and every prediction on its sentence(s) (`matched`: given to another gold event). */
export interface Miss {
  readonly id: string
  readonly class: MissClass
  readonly type: string
  readonly source: string
  readonly target: string | null
  readonly date: string | null
  readonly predicted: readonly {
    readonly type: string
    readonly source: string | null
    readonly target: string | null
    readonly date: string | null
    readonly matched: boolean
  }[]
}

/** The class of a miss, given the predictions on its sentence(s) that no other gold event took. */
export function classifyMiss(g: GoldEvent, there: readonly PredictedEvent[]): MissClass {
  if (there.length === 0) return 'no event'
  if (there.some((p) => actorsMatch(g, p) && !typeMatches(g, p))) return 'wrong type'
  if (there.some((p) => typeMatches(g, p) && !actorsMatch(g, p))) return 'wrong actors'
  if (there.some((p) => actorsMatch(g, p) && typeMatches(g, p) && !dateMatches(g, p))) return 'wrong date'
  return 'wrong type and actors'
}

/** Every required gold event the matching left unmatched, with its class; `there` says whether prediction j is on gold i's sentence(s). */
export function findMisses<G extends GoldEvent>(
  golds: readonly G[],
  preds: readonly PredictedEvent[],
  matching: Matching,
  there: (i: number, j: number) => boolean,
  idOf: (g: G, i: number) => string,
): Miss[] {
  return golds.flatMap((g, i) => {
    if (g.optional || matching.found.has(i)) return []
    const onSentence = preds.flatMap((p, j) => (there(i, j) ? [{ p, matched: matching.assign.has(j) }] : []))
    return [
      {
        id: idOf(g, i),
        class: classifyMiss(
          g,
          onSentence.filter((x) => !x.matched).map((x) => x.p),
        ),
        type: g.type,
        source: g.source,
        target: g.target,
        date: g.date,
        predicted: onSentence.map(({ p, matched }) => ({
          type: p.type,
          source: p.source,
          target: p.target,
          date: p.date,
          matched,
        })),
      },
    ]
  })
}

/** The events matching (with date) of one document or item, its recall per family and its misses by class. */
export function diagnoseEvents<G extends GoldEvent>(
  golds: readonly G[],
  preds: readonly PredictedEvent[],
  there: (i: number, j: number) => boolean,
  idOf: (g: G, i: number) => string,
): { readonly matching: Matching; readonly families: FamilyCounts; readonly misses: readonly Miss[] } {
  const matching = countMatches(golds, preds, EVENT_MATCHINGS.events)
  return {
    matching,
    families: recallByFamily(golds, matching.found),
    misses: findMisses(golds, preds, matching, there, idOf),
  }
}

/** Misses as reported: how many fall in each class (every class listed), then each one. */
export interface MissReport {
  readonly by_class: Readonly<Record<MissClass, number>>
  readonly items: readonly Miss[]
}

/** Counts misses per class. */
export function missReport(misses: readonly Miss[]): MissReport {
  const byClass = Object.fromEntries(MISS_CLASSES.map((c) => [c, 0])) as Record<MissClass, number>
  for (const m of misses) byClass[m.class]++
  return { by_class: byClass, items: misses }
}

/** Where a gold event's evidence lies in the clean text: verbatim there, or found in the decoded text and mapped through cleaning. */
export function evidenceSpan(
  evidence: string,
  clean: Pick<CleanText, 'text' | 'map'>,
  decodedText: string,
): Span | null {
  const at = clean.text.indexOf(evidence)
  if (at >= 0) return { start: at, end: at + evidence.length }
  // Cleaning drops citation markers and repairs glued words, so the gold's verbatim sentence may survive only in the decoded text.
  const src = decodedText.indexOf(evidence)
  return src >= 0 ? toCleanSpan(clean.map, { start: src, end: src + evidence.length }) : null
}

const opening = (s: string) => Array.from(s).slice(0, 40).join('')

/**
 * Whether a prediction lies on a stretch of the clean text: its span overlaps the stretch's span or, when either span
 * is unknown, its evidence and the stretch's text share an opening of 40 characters, as the sentence scorer compares them.
 */
export function liesOn(p: PlacedPrediction, span: Span | null, stretch: string): boolean {
  if (stretch === '') return false
  if (span && typeof p.start === 'number' && typeof p.end === 'number') return p.start < span.end && p.end > span.start
  const ev = p.evidence ?? ''
  return stretch.includes(opening(ev)) || ev.includes(opening(stretch))
}
