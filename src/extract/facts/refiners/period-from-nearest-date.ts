import type { Span } from '../../../core/types.js'
import type { FactDocument, FactRefiner } from '../finding.js'

/**
 * The period of a finding: the date of its sentence nearest to the number. A date after the number counts 1.2 times
 * its distance, so "in 2022" before "$450 million" beats "since 2020" at the same distance after it.
 */
export const periodFromNearestDate: FactRefiner = {
  id: 'fact/period-from-nearest-date',
  note: "The nearest resolved date of the finding's sentence, preferring one written before the number.",
  refine(found, document) {
    return found.map((f) => ({ ...f, period: nearestPeriod(document, f.evidence, f.span) }))
  },
}

function nearestPeriod(document: FactDocument, sentence: Span, span: Span): string | null {
  let best: { d: number; v: string } | null = null
  for (const t of document.times) {
    if (!(t.span.start < sentence.end && t.span.end > sentence.start) || !t.date) continue
    const d = t.span.end <= span.start ? span.start - t.span.end : (t.span.start - span.end) * 1.2
    const v = t.date.end ? `${t.date.value}-${t.date.end}` : t.date.value
    if (d >= 0 && (!best || d < best.d)) best = { d, v }
  }
  return best?.v ?? null
}
