import type { Span } from '../../core/types.js'
import type { FactFinding, SentenceContext } from './finding.js'
import { matchSpan, sentenceFinding } from './finding.js'
import { parseNumber, quantities, scaled, scaleGroup, scaleOf } from './lexicon.js'

/** Money from a match with `num`, `cur` and `scale` groups; the value's span starts at `from` (what is written first). */
export function readMoney(m: RegExpExecArray, context: SentenceContext, from: 'cur' | 'num'): FactFinding | null {
  const n = parseNumber(m.groups?.num ?? '')
  const unit = quantities().currencies[(m.groups?.cur ?? '').trim()] ?? null
  if (n === null || !unit) return null
  const span = matchSpan(m, context, from)
  const scale = m.groups?.scale ? scaleOf(m) : cutOffScale(context, span)
  // "$1.2-1.5 billion": a range, both ends scaled.
  const n2 = m.groups?.num2 ? parseNumber(m.groups.num2) : null
  const valueMax = n2 !== null && n2 > n ? scaled(n2, scale) : null
  return sentenceFinding(context, {
    measure: 'money',
    span,
    value: scaled(n, scale),
    valueMax,
    unit,
    rule: 'fact/money',
  })
}

let scaleAfterNumber: RegExp | undefined

/**
 * The scale of an amount written without one where the text is cut off ("imports stood at $26.7" at the very end of an
 * excerpt): the last scale written after a number earlier in its sentence ("exports were $16.7 billion"), else 1.
 */
function cutOffScale(context: SentenceContext, span: Span): number {
  if (span.end < context.text.trimEnd().length) return 1
  scaleAfterNumber ??= new RegExp(`\\d\\s?${scaleGroup()}(?![\\p{L}])`, 'gu')
  const before = context.text.slice(context.sentence.span.start, span.start)
  const last = [...before.matchAll(scaleAfterNumber)].at(-1)
  return last ? scaleOf(last) : 1
}

/** A number read whole by its pattern, with a fixed unit: a percentage, a percent cut off at the end, a population. */
export function readWhole(
  m: RegExpExecArray,
  context: SentenceContext,
  f: Pick<FactFinding, 'measure' | 'unit' | 'rule'> & Partial<Pick<FactFinding, 'subject'>>,
): FactFinding | null {
  const n = parseNumber(m.groups?.num ?? '')
  if (n === null) return null
  // "20-25%": a range, when the second number is the larger.
  const n2 = m.groups?.num2 ? parseNumber(m.groups.num2) : null
  const scale = scaleOf(m)
  const valueMax = n2 !== null && n2 > n ? scaled(n2, scale) : null
  return sentenceFinding(context, { ...f, span: matchSpan(m, context), value: scaled(n, scale), valueMax })
}
