import { familyOf } from '../core/plover.js'
import type { Removal } from '../core/types.js'
import type { GoldDocument, Prediction } from './gold.js'
import {
  countMatches,
  EVENT_MATCHINGS,
  factMatches,
  type GoldEvent,
  type MatchCounts,
  type PredictedEvent,
} from './match.js'

/** The scores of one document, field for field as the reference scorer writes them. */
export interface DocScore {
  readonly events: MatchCounts
  readonly events_strict_type: MatchCounts
  readonly events_no_date: MatchCounts
  readonly dyad_recall: { readonly found: number; readonly total: number }
  readonly dyad_flag: { readonly agree: number; readonly n: number }
  readonly hallucinated_dates: number
  readonly facts: MatchCounts
  readonly boilerplate_facts_emitted: number
  readonly pubdate_ok: boolean
  readonly clean: { readonly boilerplate_removed: number; readonly boilerplate_total: number }
}

/** What Dyad checks besides the reference scorer: metadata fields, the boilerplate lines left and the repairs. */
export interface DocChecks {
  readonly title_ok: boolean
  readonly author_ok: boolean
  readonly source_type_ok: boolean
  readonly language_ok: boolean
  readonly boilerplate_left: readonly string[]
  /** Each gold boilerplate line gone from the clean text, with the cleaning rule that removed it (`unattributed` if none did). */
  readonly boilerplate_removed_by: readonly { readonly line: string; readonly rule: string }[]
  readonly repairs: { readonly done: number; readonly total: number; readonly missed: readonly string[] }
  /** The metadata fields read wrong, each with what was predicted, what the gold says and the rule that decided. */
  readonly metadata_misses: readonly MetadataMiss[]
}

/** A metadata field read wrong: predicted against gold, with the deciding rule (null when no rule found a value). */
export interface MetadataMiss {
  readonly field: 'publication_date' | 'source_type' | 'title'
  readonly predicted: string | null
  readonly gold: string | null
  readonly rule: string | null
}

/** Scores one prediction against its gold file as `score.py` does. */
export function scoreDocument(gold: GoldDocument, pred: Prediction): DocScore {
  const golds = gold.events
  const preds = pred.events
  const full = countMatches(golds, preds, EVENT_MATCHINGS.events)
  const dyad = golds.flatMap((g, i) => (!g.optional && g.dyad_relevant ? [i] : []))
  let agree = 0
  let n = 0
  for (const [j, i] of full.assign) {
    const g = golds[i]
    const p = preds[j] as PredictedEvent
    if (p.dyad_relevant !== undefined && !g?.relevance_borderline) {
      n++
      if (Boolean(p.dyad_relevant) === Boolean(g?.dyad_relevant)) agree++
    }
  }
  const lines = new Set(pred.clean_text.split('\n').map((l) => l.trim()))
  const boiler = gold.boilerplate_lines.map((b) => b.trim()).filter((b) => b !== '')
  return {
    events: full.counts,
    events_strict_type: countMatches(golds, preds, EVENT_MATCHINGS.events_strict_type).counts,
    events_no_date: countMatches(golds, preds, EVENT_MATCHINGS.events_no_date).counts,
    dyad_recall: { found: dyad.filter((i) => full.found.has(i)).length, total: dyad.length },
    dyad_flag: { agree, n },
    hallucinated_dates: hallucinatedDates(golds, preds, full.assign),
    facts: countMatches(gold.facts, pred.facts, factMatches).counts,
    boilerplate_facts_emitted: pred.facts.filter((p) => gold.boilerplate_facts.some((b) => factMatches(b, p))).length,
    pubdate_ok: [gold.publication_date, ...(gold.publication_date_alternatives ?? [])].includes(pred.publication_date),
    clean: { boilerplate_removed: boiler.filter((b) => !lines.has(b)).length, boilerplate_total: boiler.length },
  }
}

// Gold files write government pages as `other` with a subtype; Dyad names the type.
const GOLD_TYPE: Readonly<Record<string, string>> = { government: 'other' }

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * Dyad's own checks of metadata and cleaning; `decodedText` is the text before cleaning, where removed repaired lines
 * still are, and `removals` are the cleaner's, which name the rule behind each boilerplate line removed.
 */
export function checkDocument(
  gold: GoldDocument,
  pred: Prediction,
  decodedText: string,
  removals: readonly Removal[] = [],
): DocChecks {
  const lines = new Set(pred.clean_text.split('\n').map((l) => l.trim()))
  const boiler = gold.boilerplate_lines.map((b) => b.trim()).filter((b) => b !== '')
  const missed: string[] = []
  for (const r of gold.repairs) {
    const removal = r.to.startsWith('(remove') || r.to === ''
    const gone = !pred.clean_text.includes(r.from)
    const present = removal || pred.clean_text.includes(r.to) || decodedText.includes(r.to)
    if (!(gone && present)) missed.push(`${r.from} → ${r.to}`)
  }
  return {
    title_ok: norm(gold.title) === norm(pred.title),
    author_ok: norm(gold.author) === norm(pred.authors.join(', ')),
    source_type_ok:
      gold.source_type === undefined || gold.source_type === (GOLD_TYPE[pred.source_type] ?? pred.source_type),
    language_ok: gold.language === undefined || gold.language === pred.language,
    boilerplate_left: boiler.filter((b) => lines.has(b)),
    boilerplate_removed_by: boiler
      .filter((b) => !lines.has(b))
      .map((line) => ({ line, rule: removedBy(line, removals) })),
    repairs: { done: gold.repairs.length - missed.length, total: gold.repairs.length, missed },
    metadata_misses: metadataMisses(gold, pred),
  }
}

/** The publication date, source type and title a prediction got wrong, in that order. */
export function metadataMisses(gold: GoldDocument, pred: Prediction): MetadataMiss[] {
  const misses: MetadataMiss[] = []
  const dates = [gold.publication_date, ...(gold.publication_date_alternatives ?? [])]
  if (!dates.includes(pred.publication_date))
    misses.push({
      field: 'publication_date',
      predicted: pred.publication_date,
      gold: [gold.publication_date ?? 'null', ...(gold.publication_date_alternatives ?? [])].join(' | '),
      rule: pred.publication_date_rule ?? null,
    })
  const type = GOLD_TYPE[pred.source_type] ?? pred.source_type
  if (gold.source_type !== undefined && gold.source_type !== type)
    misses.push({
      field: 'source_type',
      predicted: pred.source_type,
      gold: gold.source_type,
      rule: pred.source_type_rule ?? null,
    })
  if (norm(gold.title) !== norm(pred.title))
    misses.push({ field: 'title', predicted: pred.title, gold: gold.title ?? null, rule: pred.title_rule ?? null })
  return misses
}

/** The rule that removed a boilerplate line: a removal of the whole line first, else one inside it (a stamp, a marker). */
function removedBy(line: string, removals: readonly Removal[]): string {
  const whole = removals.find((r) => r.text.trim() === line)
  const part = whole ?? removals.find((r) => r.text.trim() !== '' && line.includes(r.text.trim()))
  return part?.rule ?? 'unattributed'
}

/** Counts boilerplate lines removed per rule, most first (ties by rule id). */
export function removalsByRule(checks: readonly DocChecks[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const c of checks) for (const r of c.boilerplate_removed_by) counts.set(r.rule, (counts.get(r.rule) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

/** Totals and the summary, computed as the reference scorer computes them. */
export interface EvalReport {
  readonly per_doc: Readonly<Record<string, DocScore>>
  readonly total: Readonly<Record<string, number | Record<string, number>>>
  readonly summary: Readonly<Record<string, number | Ratios>>
}

/** Precision, recall and F1, rounded as the reference scorers print them. */
export interface Ratios {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

/** Rounds precision and recall and derives F1 from the unrounded pair, as the reference scorers do. */
export function ratios(precision: number, recall: number): Ratios {
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision: round4(precision), recall: round4(recall), f1: round4(f1) }
}

/** Rounds to four decimals, as the reference scorers print their ratios. */
export const round4 = (x: number): number => Math.round(x * 10000) / 10000

/** Matched pairs in which the prediction puts a date on an undated gold event (optional gold included, as `score.py` counts). */
export function hallucinatedDates(
  golds: readonly GoldEvent[],
  preds: readonly PredictedEvent[],
  assign: ReadonlyMap<number, number>,
): number {
  return [...assign].filter(([j, i]) => golds[i]?.date === null && preds[j]?.date).length
}

/** Found and total counts per type family. */
export type FamilyCounts = Readonly<Record<string, { readonly found: number; readonly total: number }>>

/** Required gold events found and in all, per type family (`?` for a type outside PLOVER). */
export function recallByFamily(golds: readonly GoldEvent[], found: ReadonlySet<number>): FamilyCounts {
  return mergeFamilies(
    golds.flatMap((g, i) =>
      g.optional ? [] : [{ [familyOf(g.type) ?? '?']: { found: found.has(i) ? 1 : 0, total: 1 } }],
    ),
  )
}
/** Adds up found/total per family over several documents or items, families in name order. */
export function mergeFamilies(parts: readonly FamilyCounts[]): Record<string, { found: number; total: number }> {
  const out: Record<string, { found: number; total: number }> = {}
  for (const part of parts)
    for (const [fam, c] of Object.entries(part)) {
      const r = out[fam] ?? { found: 0, total: 0 }
      out[fam] = { found: r.found + c.found, total: r.total + c.total }
    }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** Family counts written as the reference scorer writes them: `"found/total"`. */
export function familyRatios(families: FamilyCounts): Record<string, string> {
  return Object.fromEntries(Object.entries(families).map(([k, v]) => [k, `${v.found}/${v.total}`]))
}

/** Adds up per-document scores into the reference scorer's `total` and `summary`. */
export function summarise(perDoc: Readonly<Record<string, DocScore>>): EvalReport {
  const total: Record<string, number | Record<string, number>> = {}
  for (const r of Object.values(perDoc)) {
    for (const [k, v] of Object.entries(r)) {
      if (typeof v === 'object') {
        if (total[k] === undefined) total[k] = {}
        const t = total[k] as Record<string, number>
        for (const [kk, vv] of Object.entries(v)) t[kk] = (t[kk] ?? 0) + (vv as number)
      } else total[k] = ((total[k] as number | undefined) ?? 0) + Number(v)
    }
  }
  const summary: Record<string, number | Ratios> = {}
  for (const k of ['events', 'events_strict_type', 'events_no_date', 'facts']) {
    const t = (total[k] ?? { tp_pred: 0, fp: 0, gold_found: 0, gold_required: 0 }) as Record<string, number>
    const tp = t.tp_pred ?? 0
    const fp = t.fp ?? 0
    summary[k] = ratios(tp + fp ? tp / (tp + fp) : 0, t.gold_required ? (t.gold_found ?? 0) / t.gold_required : 0)
  }
  const dr = (total.dyad_recall ?? { found: 0, total: 0 }) as Record<string, number>
  summary.dyad_recall = round4((dr.found ?? 0) / Math.max(1, dr.total ?? 0))
  summary.pubdate_accuracy = round4(((total.pubdate_ok as number) ?? 0) / Math.max(1, Object.keys(perDoc).length))
  return { per_doc: perDoc, total, summary }
}

/** Facts of one kind: required gold facts found, required gold facts, and predictions of the kind matching nothing. */
export interface KindCounts {
  readonly found: number
  readonly gold: number
  readonly fp: number
}

/**
 * The fact matching of one document (the reference scorer's) counted by kind: a found gold fact counts under its
 * kind, an unmatched prediction under the kind it predicted. Predictions absorbed by optional gold facts count nowhere.
 */
export function factsByKind(gold: GoldDocument, pred: Prediction): Record<string, KindCounts> {
  const { assign } = countMatches(gold.facts, pred.facts, factMatches)
  const out: Record<string, { found: number; gold: number; fp: number }> = {}
  const at = (k: string) => {
    out[k] ??= { found: 0, gold: 0, fp: 0 }
    return out[k]
  }
  for (const g of gold.facts) if (!g.optional) at(g.kind).gold++
  for (const i of new Set(assign.values())) {
    const g = gold.facts[i]
    if (g && !g.optional) at(g.kind).found++
  }
  pred.facts.forEach((p, j) => {
    if (!assign.has(j)) at(p.kind).fp++
  })
  return out
}

/** The sum of per-document counts by kind, kinds in alphabetical order. */
export function mergeKinds(docs: readonly Readonly<Record<string, KindCounts>>[]): Record<string, KindCounts> {
  const out: Record<string, { found: number; gold: number; fp: number }> = {}
  for (const d of docs)
    for (const [k, c] of Object.entries(d)) {
      const t = out[k] ?? { found: 0, gold: 0, fp: 0 }
      out[k] = t
      t.found += c.found
      t.gold += c.gold
      t.fp += c.fp
    }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)))
}
