import type { EventDate } from '../../core/types.js'
import type { TimeExpression } from '../dates/index.js'

/** Subordinating words: a date across one of them is a weaker claim on a trigger. */
const SUBORDINATOR = /\b(?:after|before|when|while|because|although|until|once|whereas|since)\b/i

/** A past-tense report: a subject and a verb in -ed, or a common irregular past. Only such a sentence inherits a date. */
export const PAST =
  /\b(?:was|were|had|did|said|met|held|began|took|made|went|came|told|brought|sent|saw|gave|won|lost|broke|drew)\b|(?:\p{Lu}[\p{L}’'-]*|\b(?:he|she|it|they|we))\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ed\b/u

/** Present perfect ("has pushed for"): ongoing, so it inherits no date from the sentences before. */
export const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:\w+ed|been|begun|made|held|met|taken)\b/i

/** A relative clause between a date and a trigger: the date belongs to the main clause ("in a ruling that Tokyo said…"). */
const CLAUSE_BREAK =
  /\b(?:which|who|whom)\b|(?<!\b(?:said|says|announced|reported|stated|declared|claimed|believes|noted|added|confirmed|told\s+\w+))\s+that\b|;/i

/** The date of a trigger: the nearest resolved time expression of its sentence that is not cut off by a clause. */
export function dateFor(
  text: string,
  times: readonly TimeExpression[],
  start: number,
  end: number,
  others: readonly { start: number; end: number }[] = [],
): { date: EventDate; expression: TimeExpression } | null | 'unresolved' {
  let best: { date: EventDate; expression: TimeExpression; cost: number } | null = null
  let unresolved = false
  let blocked = false
  for (const t of times) {
    if (!t.date) {
      unresolved = true
      continue
    }
    const before = t.span.end <= start
    // "…, a day after India carried out air strikes": the phrase dates what follows it, never what came before.
    if (!before && t.rule === 'date/later' && /\b(?:after|before)$/i.test(t.text)) continue
    // A date after the trigger with another act in between belongs to that act ("…demanded access, a claim the court
    // rejected in 2018").
    if (
      !before &&
      others.some((o) => o.start >= end && o.end <= t.span.start) &&
      /,|\b(?:which|that|who)\b/.test(text.slice(end, t.span.start))
    ) {
      blocked = true
      continue
    }
    const between = before ? text.slice(t.span.end, start) : text.slice(end, t.span.start)
    const reported = /^\s*,?\s*that\b/.test(between) && !CLAUSE_BREAK.test(between.replace(/^\s*,?\s*that\b/, ''))
    if (before && !reported && CLAUSE_BREAK.test(between) && !/^\s*,?\s*(?:and\s+)?$/.test(between)) {
      blocked = true
      continue
    }
    // A date across a subordinate boundary ("lifted in December 2016 after X met Y in June 2016") is a weaker claim.
    const crossing = SUBORDINATOR.test(between) ? 200 : 0
    // "… was elected in 1973 and visited Colombia in 1974": a date just before "and" closes the verb before it; the
    // trigger's own date, after it, is a better claim.
    const closing = before && /^\s*,?\s*and\s+(?:(?:was|were|had|has|have|is|are|then)\s+)?$/.test(between) ? 100 : 0
    const cost = (before ? start - t.span.end : (t.span.start - end) * 1.5) + crossing + closing
    if (!best || cost < best.cost) best = { date: t.date, expression: t, cost }
  }
  if (best) {
    // "2014 Vietnam protests … in May 2014": a finer date of the same year in the sentence says more.
    const chosen = best.expression.span
    const finer = times.find(
      (t) =>
        !/,\s*(?:which|who|where)\b|;/.test(
          text.slice(Math.min(chosen.end, t.span.end), Math.max(chosen.start, t.span.start)),
        ) &&
        t.date?.value.startsWith(best?.date.value ?? '') &&
        t.date.value.length > (best?.date.value.length ?? 0) &&
        !t.date.end,
    )
    return finer?.date && !best.date.end ? { date: finer.date, expression: finer } : best
  }
  return unresolved || blocked ? 'unresolved' : null
}

/** Whether a heading (a short line without a full stop) stands between two offsets: a new section, a new context. */
export function headingBetween(text: string, from: number, to: number): boolean {
  return text
    .slice(from, to)
    .split('\n')
    .slice(1, -1)
    .some((line) => line.trim().length > 0 && !/[.!?:"”]\s*$/.test(line.trim()))
}
