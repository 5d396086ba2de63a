import type { GoldDocument, Prediction } from './gold.js'
import { actorsMatch, dateMatches, factMatches, matchItems, type PredictedEvent, typeMatches } from './match.js'

/** Counts of one matching: true positives among predictions, false positives, required gold found and in all. */
export interface MatchCounts {
  readonly tp_pred: number
  readonly fp: number
  readonly gold_found: number
  readonly gold_required: number
}

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
  readonly repairs: { readonly done: number; readonly total: number; readonly missed: readonly string[] }
}

type EventOk = (g: GoldDocument['events'][number], p: PredictedEvent) => boolean

/** Scores one prediction against its gold file as `score.py` does. */
export function scoreDocument(gold: GoldDocument, pred: Prediction): DocScore {
  const golds = gold.events
  const preds = pred.events
  const required = golds.flatMap((g, i) => (g.optional ? [] : [i]))
  const counts = (ok: EventOk) => {
    const a = matchItems(golds, preds, ok)
    const found = new Set([...a.values()].filter((i) => !golds[i]?.optional))
    return {
      a,
      counts: {
        tp_pred: [...a.values()].filter((i) => !golds[i]?.optional).length,
        fp: preds.length - a.size,
        gold_found: found.size,
        gold_required: required.length,
      },
      found,
    }
  }
  const full = counts((g, p) => actorsMatch(g, p) && typeMatches(g, p) && dateMatches(g, p))
  const dyad = required.filter((i) => golds[i]?.dyad_relevant)
  let agree = 0
  let n = 0
  let hallucinated = 0
  for (const [j, i] of full.a) {
    const g = golds[i]
    const p = preds[j] as PredictedEvent
    if (p.dyad_relevant !== undefined && !g?.relevance_borderline) {
      n++
      if (Boolean(p.dyad_relevant) === Boolean(g?.dyad_relevant)) agree++
    }
    if (g?.date === null && p.date) hallucinated++
  }
  const facts = matchItems(gold.facts, pred.facts, factMatches)
  const lines = new Set(pred.clean_text.split('\n').map((l) => l.trim()))
  const boiler = gold.boilerplate_lines.map((b) => b.trim()).filter((b) => b !== '')
  return {
    events: full.counts,
    events_strict_type: counts((g, p) => actorsMatch(g, p) && typeMatches(g, p, true) && dateMatches(g, p)).counts,
    events_no_date: counts((g, p) => actorsMatch(g, p) && typeMatches(g, p)).counts,
    dyad_recall: { found: dyad.filter((i) => full.found.has(i)).length, total: dyad.length },
    dyad_flag: { agree, n },
    hallucinated_dates: hallucinated,
    facts: {
      tp_pred: [...facts.values()].filter((i) => !gold.facts[i]?.optional).length,
      fp: pred.facts.length - facts.size,
      gold_found: new Set([...facts.values()].filter((i) => !gold.facts[i]?.optional)).size,
      gold_required: gold.facts.filter((f) => !f.optional).length,
    },
    boilerplate_facts_emitted: pred.facts.filter((p) => gold.boilerplate_facts.some((b) => factMatches(b, p))).length,
    pubdate_ok: [gold.publication_date, ...(gold.publication_date_alternatives ?? [])].includes(pred.publication_date),
    clean: { boilerplate_removed: boiler.filter((b) => !lines.has(b)).length, boilerplate_total: boiler.length },
  }
}

// Gold files write government pages as `other` with a subtype; Dyad names the type.
const GOLD_TYPE: Readonly<Record<string, string>> = { government: 'other' }

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()

/** Dyad's own checks of metadata and cleaning; `decodedText` is the text before cleaning, where removed repaired lines still are. */
export function checkDocument(gold: GoldDocument, pred: Prediction, decodedText: string): DocChecks {
  const lines = new Set(pred.clean_text.split('\n').map((l) => l.trim()))
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
    boilerplate_left: gold.boilerplate_lines.map((b) => b.trim()).filter((b) => b !== '' && lines.has(b)),
    repairs: { done: gold.repairs.length - missed.length, total: gold.repairs.length, missed },
  }
}

/** Totals and the summary, computed as the reference scorer computes them. */
export interface EvalReport {
  readonly per_doc: Readonly<Record<string, DocScore>>
  readonly total: Readonly<Record<string, number | Record<string, number>>>
  readonly summary: Readonly<Record<string, number | { precision: number; recall: number; f1: number }>>
}

const round4 = (x: number) => Math.round(x * 10000) / 10000

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
  const summary: Record<string, number | { precision: number; recall: number; f1: number }> = {}
  for (const k of ['events', 'events_strict_type', 'events_no_date', 'facts']) {
    const t = (total[k] ?? { tp_pred: 0, fp: 0, gold_found: 0, gold_required: 0 }) as Record<string, number>
    const tp = t.tp_pred ?? 0
    const fp = t.fp ?? 0
    const P = tp + fp ? tp / (tp + fp) : 0
    const R = t.gold_required ? (t.gold_found ?? 0) / t.gold_required : 0
    summary[k] = { precision: round4(P), recall: round4(R), f1: P + R ? round4((2 * P * R) / (P + R)) : 0 }
  }
  const dr = (total.dyad_recall ?? { found: 0, total: 0 }) as Record<string, number>
  summary.dyad_recall = round4((dr.found ?? 0) / Math.max(1, dr.total ?? 0))
  summary.pubdate_accuracy = round4(((total.pubdate_ok as number) ?? 0) / Math.max(1, Object.keys(perDoc).length))
  return { per_doc: perDoc, total, summary }
}
