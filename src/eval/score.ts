import type { GoldDocument, Prediction } from './gold.js'

/** The scores of one document. Field names follow the reference scorer where it has them. */
export interface DocScore {
  readonly pubdate_ok: boolean
  readonly title_ok: boolean
  readonly author_ok: boolean
  readonly source_type_ok: boolean
  readonly language_ok: boolean
  readonly clean: {
    readonly boilerplate_removed: number
    readonly boilerplate_total: number
    readonly left: readonly string[]
  }
  readonly repairs: { readonly done: number; readonly total: number; readonly missed: readonly string[] }
}

// Gold files write government pages as `other` with a subtype; Dyad names the type.
const GOLD_TYPE: Readonly<Record<string, string>> = { government: 'other' }

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()

/** Scores metadata and cleaning of one prediction against its gold file, as the reference scorer does for the shared fields. */
export function scoreDocument(gold: GoldDocument, pred: Prediction, decodedText = pred.clean_text): DocScore {
  const dates = [gold.publication_date, ...(gold.publication_date_alternatives ?? [])]
  const lines = new Set(pred.clean_text.split('\n').map((l) => l.trim()))
  const boiler = gold.boilerplate_lines.map((b) => b.trim()).filter((b) => b !== '')
  const left = boiler.filter((b) => lines.has(b))
  // A repair is done when its damaged form is gone and, for textual repairs, its fixed form is there (in the decoded
  // text, when cleaning then removed the repaired line as furniture).
  const missed: string[] = []
  for (const r of gold.repairs) {
    const removal = r.to.startsWith('(remove') || r.to === ''
    const gone = !pred.clean_text.includes(r.from)
    const present = removal || pred.clean_text.includes(r.to) || decodedText.includes(r.to)
    if (!(gone && present)) missed.push(`${r.from} → ${r.to}`)
  }
  return {
    pubdate_ok: dates.includes(pred.publication_date),
    title_ok: norm(gold.title) === norm(pred.title),
    author_ok: norm(gold.author) === norm(pred.authors.join(', ')),
    source_type_ok:
      gold.source_type === undefined || gold.source_type === (GOLD_TYPE[pred.source_type] ?? pred.source_type),
    language_ok: gold.language === undefined || gold.language === pred.language,
    clean: { boilerplate_removed: boiler.length - left.length, boilerplate_total: boiler.length, left },
    repairs: { done: gold.repairs.length - missed.length, total: gold.repairs.length, missed },
  }
}

/** Totals over documents. */
export interface EvalSummary {
  readonly documents: number
  readonly pubdate_accuracy: number
  readonly title_accuracy: number
  readonly author_accuracy: number
  readonly source_type_accuracy: number
  readonly language_accuracy: number
  readonly boilerplate_removed: number
  readonly boilerplate_total: number
  readonly repairs_done: number
  readonly repairs_total: number
}

/** Sums per-document scores into the summary `dyad eval` prints. */
export function summarise(scores: readonly DocScore[]): EvalSummary {
  const n = scores.length
  const rate = (f: (s: DocScore) => boolean) =>
    n === 0 ? 0 : Math.round((scores.filter(f).length / n) * 10000) / 10000
  const sum = (f: (s: DocScore) => number) => scores.reduce((a, s) => a + f(s), 0)
  return {
    documents: n,
    pubdate_accuracy: rate((s) => s.pubdate_ok),
    title_accuracy: rate((s) => s.title_ok),
    author_accuracy: rate((s) => s.author_ok),
    source_type_accuracy: rate((s) => s.source_type_ok),
    language_accuracy: rate((s) => s.language_ok),
    boilerplate_removed: sum((s) => s.clean.boilerplate_removed),
    boilerplate_total: sum((s) => s.clean.boilerplate_total),
    repairs_done: sum((s) => s.repairs.done),
    repairs_total: sum((s) => s.repairs.total),
  }
}
