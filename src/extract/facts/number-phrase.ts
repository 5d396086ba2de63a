import type { Span } from '../../core/types.js'
import { alternation } from '../gazetteer.js'
import type { FactFinding, SentenceContext } from './finding.js'
import { matchSpan, sentenceFinding } from './finding.js'
import { NUM, numberWordsPattern, parseNumber, quantities, scaled, scaleGroup, scaleOf } from './lexicon.js'

let pattern: RegExp | undefined

/**
 * The pattern durations, measures and counts share: a number or number word, an optional second one making a range
 * ("three to four", "5,000-6,000"), an optional scale, then a unit ("years", "km") or up to three words.
 */
export function numberPhrasePattern(): RegExp {
  if (pattern) return pattern
  const lex = quantities()
  const words = numberWordsPattern()
  const units = alternation([...Object.keys(lex.durationUnits), ...Object.keys(lex.distanceUnits)])
  // A unit ends at a word's end; "year-old" is an age, not a unit of time.
  const unitEnd = '(?![\\p{L}]|-\\p{L})'
  pattern = new RegExp(
    `(?<![\\p{L}\\d.,-])(?<num>${NUM}|${words})(?:(?:\\s*[-–]\\s*|\\s+to\\s+)(?<num2>${NUM}|${words}))?(?:\\s?${scaleGroup()}(?![\\p{L}]))?(?:\\s+(?:(?<unit>${units})${unitEnd}|(?<words>[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,2}))|-(?<joined>${units})${unitEnd})`,
    'giu',
  )
  return pattern
}

/** Each match restarts the search right after its number, so "10 yen over five years" still finds "five years". */
export function afterNumber(m: RegExpExecArray): number {
  return m.index + Math.max(1, (m.groups?.num ?? '').length)
}

/** A number phrase read: the number's span (to the end of the match), its value and range, the text just before. */
export interface NumberPhrase {
  readonly span: Span
  readonly value: number
  readonly valueMax: number | null
  /** Up to 12 characters of the text before the number. */
  readonly before: string
}

/**
 * Reads the number and range of a number-phrase match, or null for numbers that are not quantities: labels
 * ("No. 107", "Level 2"), ordinals ("8th") and a conversion in brackets after another quantity ("(4,717 mi)").
 */
export function readNumberPhrase(m: RegExpExecArray, context: SentenceContext): NumberPhrase | null {
  const { text } = context
  const words = quantities().numberWords
  const g = m.groups ?? {}
  const n = parseNumber(g.num ?? '', words)
  const n2 = g.num2 ? parseNumber(g.num2, words) : null
  if (n === null) return null
  const span = matchSpan(m, context)
  const before = text.slice(Math.max(0, span.start - 12), span.start)
  const after = text.slice(span.end, span.end + 2)
  if (/(?:No\.|Level|level|#|Article|Section|Vol\.|Resolution)\s*$/.test(before) || /^(?:st|nd|rd|th)\b/.test(after))
    return null
  // The same fact in other units: only after another quantity of the sentence.
  if (/\(\s*$/.test(before) && context.found.length > 0 && /^\s*\)/.test(text.slice(span.end))) return null
  const scale = scaleOf(m)
  // A second number no larger than the first ("0.28490 -0", "10–5 people") closes no range.
  return { span, value: scaled(n, scale), valueMax: n2 !== null && n2 > n ? scaled(n2, scale) : null, before }
}

/**
 * A duration or a measure: a number phrase ending in a unit, unless a plural noun follows the unit ("5 km roads"
 * is no distance). Which of the two depends on whether the unit is a duration unit.
 */
export function readUnitPhrase(
  m: RegExpExecArray,
  context: SentenceContext,
  measure: 'duration' | 'measure',
): FactFinding | null {
  // "a five-year deadline", "88-day talks": a unit joined to its number by a hyphen qualifies the noun after it.
  const joined = m.groups?.joined
  const written = m.groups?.unit ?? joined
  if (!written) return null
  const lex = quantities()
  const u = written.toLowerCase()
  const duration = lex.durationUnits[u]
  if ((measure === 'duration') !== Boolean(duration)) return null
  const q = readNumberPhrase(m, context)
  if (!q || (!joined && /^\s+\p{Ll}+s\b/u.test(context.text.slice(q.span.end)))) return null
  const unit = duration ?? lex.distanceUnits[written] ?? lex.distanceUnits[u] ?? u
  // Decades are counted in years: "two decades" is 20 years.
  const times = unit === 'decades' ? 10 : 1
  return sentenceFinding(context, {
    measure,
    span: q.span,
    value: q.value * times,
    valueMax: q.valueMax === null ? null : q.valueMax * times,
    unit: times === 10 ? 'years' : unit,
    rule: duration ? 'fact/duration' : 'fact/measure',
  })
}
