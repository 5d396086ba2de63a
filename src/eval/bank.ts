/**
 * The sentence bank (`../shared/eval/sentences/`): JSON Lines of real sentences with gold events, scored as its
 * reference scorer `score.py` scores them — each item a Markdown document, only predictions on the target sentence.
 */

import { z } from 'zod'
import { GoldEventSchema } from './gold.js'
import { countMatches, EVENT_MATCHINGS, type MatchCounts } from './match.js'
import { diagnoseEvents, liesOn, type Miss, type MissReport, missReport, type PlacedPrediction } from './misses.js'
import { type FamilyCounts, familyRatios, hallucinatedDates, mergeFamilies, type Ratios, ratios } from './score.js'

/** One item of the bank: a target sentence (with optional context before it) and the events its target reports. */
export const BankItem = z.looseObject({
  id: z.string().min(1),
  publication_date: z.string().nullable().optional(),
  text: z.string().min(1),
  target: z.string().min(1),
  events: z.array(GoldEventSchema),
})

/** One item of the bank. */
export type BankItem = z.infer<typeof BankItem>

/** A bank that cannot be read; the message names the line and the reason. */
export class BankError extends Error {
  override readonly name = 'BankError'
}

/** Reads a bank's JSON Lines (blank lines skipped); throws a BankError naming the first bad line. */
export function parseBank(source: string): BankItem[] {
  const items: BankItem[] = []
  const lineOf = new Map<string, number>()
  for (const [n, line] of source.split('\n').entries()) {
    if (line.trim() === '') continue
    const where = `line ${n + 1}`
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch (e) {
      throw new BankError(`${where}: not JSON (${(e as Error).message})`)
    }
    const parsed = BankItem.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new BankError(`${where}: ${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'}`)
    }
    const item = parsed.data
    if (!item.text.includes(item.target)) throw new BankError(`${where}: target is not part of text`)
    const first = lineOf.get(item.id)
    if (first !== undefined) throw new BankError(`${where}: id ${item.id} already on line ${first}`)
    lineOf.set(item.id, n + 1)
    items.push(item)
  }
  if (items.length === 0) throw new BankError('no items')
  return items
}

/** The Markdown document an item becomes, byte for byte as the reference scorer writes it. */
export function bankMarkdown(item: BankItem): string {
  const fm = [`title: "Item ${item.id}"`, ...(item.publication_date ? [`date: ${item.publication_date}`] : [])]
  return `---\n${fm.join('\n')}\n---\n\n${item.text}\n`
}

/** What scoring an item reads from Dyad's prediction for it. */
export interface BankPrediction {
  readonly clean_text: string
  readonly events: readonly PlacedPrediction[]
}

/** The counts of one item. */
export interface BankItemScore {
  readonly id: string
  readonly events: MatchCounts
  readonly no_date: MatchCounts
  readonly strict: MatchCounts
  readonly families: FamilyCounts
  /** The item has no gold event. */
  readonly negative: boolean
  /** Predicted events on the target sentence. */
  readonly predicted: number
  readonly hallucinated_dates: number
  readonly misses: readonly Miss[]
}

/** Scores one item: predicted events on its target sentence against its gold events. */
export function scoreBankItem(item: BankItem, pred: BankPrediction): BankItemScore {
  const at = pred.clean_text.indexOf(item.target)
  const span = at >= 0 ? { start: at, end: at + item.target.length } : null
  const preds = pred.events.filter((p) => liesOn(p, span, item.target))
  const golds = item.events
  // Every prediction kept is on the target sentence, which is where every gold event of the item is said.
  const full = diagnoseEvents(
    golds,
    preds,
    () => true,
    (_, i) => `${item.id}#${i + 1}`,
  )
  return {
    id: item.id,
    events: full.matching.counts,
    no_date: countMatches(golds, preds, EVENT_MATCHINGS.events_no_date).counts,
    strict: countMatches(golds, preds, EVENT_MATCHINGS.events_strict_type).counts,
    families: full.families,
    negative: golds.length === 0,
    predicted: preds.length,
    hallucinated_dates: hallucinatedDates(golds, preds, full.matching.assign),
    misses: full.misses,
  }
}

/** The bank's figures, under the reference scorer's keys, plus the misses by class. */
export interface BankReport {
  readonly items: number
  readonly events: Ratios
  readonly no_date: Ratios
  readonly strict: Ratios
  readonly recall_by_family: Readonly<Record<string, string>>
  readonly negatives_with_false_event: string
  readonly hallucinated_dates: number
  readonly misses: MissReport
}

/** Adds up item scores as `score.py` does: recall is matched predictions over those plus required gold not found. */
export function summariseBank(scores: readonly BankItemScore[]): BankReport {
  const prf = (k: 'events' | 'no_date' | 'strict') => {
    const tp = scores.reduce((a, s) => a + s[k].tp_pred, 0)
    const fp = scores.reduce((a, s) => a + s[k].fp, 0)
    const fn = scores.reduce((a, s) => a + s[k].gold_required - s[k].gold_found, 0)
    return ratios(tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0)
  }
  const families = mergeFamilies(scores.map((s) => s.families))
  const negatives = scores.filter((s) => s.negative)
  return {
    items: scores.length,
    events: prf('events'),
    no_date: prf('no_date'),
    strict: prf('strict'),
    recall_by_family: familyRatios(families),
    negatives_with_false_event: `${negatives.filter((s) => s.predicted > 0).length}/${negatives.length}`,
    hallucinated_dates: scores.reduce((a, s) => a + s.hallucinated_dates, 0),
    misses: missReport(scores.flatMap((s) => s.misses)),
  }
}
