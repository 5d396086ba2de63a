import type { FactFinding, SentenceContext } from './finding.js'
import { matchSpan, sentenceFinding } from './finding.js'
import { parseNumber, quantities, scaleOf } from './lexicon.js'

/** Money from a match with `num`, `cur` and `scale` groups; the value's span starts at `from` (what is written first). */
export function readMoney(m: RegExpExecArray, context: SentenceContext, from: 'cur' | 'num'): FactFinding | null {
  const n = parseNumber(m.groups?.num ?? '')
  const unit = quantities().currencies[(m.groups?.cur ?? '').trim()] ?? null
  if (n === null || !unit) return null
  const span = matchSpan(m, context, from)
  return sentenceFinding(context, { measure: 'money', span, value: n * scaleOf(m), unit, rule: 'fact/money' })
}

/** A number read whole by its pattern, with a fixed unit: a percentage, a percent cut off at the end, a population. */
export function readWhole(
  m: RegExpExecArray,
  context: SentenceContext,
  f: Pick<FactFinding, 'measure' | 'unit' | 'rule'> & Partial<Pick<FactFinding, 'subject'>>,
): FactFinding | null {
  const n = parseNumber(m.groups?.num ?? '')
  return n === null ? null : sentenceFinding(context, { ...f, span: matchSpan(m, context), value: n * scaleOf(m) })
}
