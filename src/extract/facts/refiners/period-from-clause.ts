import { spanIndex } from '../../../core/span-index.js'
import type { TimeExpression } from '../../dates/index.js'
import { clauseOf } from '../clause.js'
import type { FactDocument, FactFinding, FactRefiner } from '../finding.js'

/** "FY2020-21", "FY 2022/23", "fiscal year 2023", "fiscal 2019–20": a fiscal year, which the date rules do not read. */
const FISCAL = /\b(?:FY\s?|fiscal\s+(?:year\s+)?)(?<a>(?:19|20)\d\d)(?:\s?[-–/]\s?(?<b>(?:19|20)?\d\d))?\b/giu

/** Words that point back to a date the text gave: "that year", "the same month", "the following year". */
const ANAPHOR = /\b(?:that|same|following|next|previous|preceding|then)\b/i

/** A time expression's period as facts write it: "2023", "2013-2023" for years, "2024-01/2024-02" for other ranges. */
function periodOf(t: TimeExpression): string | null {
  const d = t.date
  if (!d) return null
  if (!d.end) return d.value
  if (d.precision !== 'year') return `${d.value}/${d.end}`
  // "in the 1990s" is a decade, written as such.
  const from = Number(d.value)
  return from % 10 === 0 && Number(d.end) === from + 9 ? `${d.value}s` : `${d.value}-${d.end}`
}

/**
 * The period of a finding: the date of its clause nearest the number, where one right after it ("to $12 billion in
 * 2005") comes first and one further after counts 1.2 times its distance; else a date opening the sentence ("In 2007,
 * …"), which covers all its clauses; else a fiscal year of the clause.
 */
function clausePeriod(document: FactDocument, f: FactFinding): string | null {
  const { text } = document
  const clause = clauseOf(text, f.evidence, f.span)
  let best: { d: number; v: string } | null = null
  let opening: string | null = null
  for (const t of spanIndex(document.times).within(f.evidence.start, f.evidence.end)) {
    // A date inside a noun phrase ("the 2011 accord") names that thing, not when the figure holds.
    if (t.modifies) continue
    // A bare month or weekday whose year was pieced together from elsewhere in the text is no period; "that year" is.
    if (t.date?.basis === 'context' && !ANAPHOR.test(t.text)) continue
    const v = periodOf(t)
    if (!v) continue
    if (t.span.start - f.evidence.start <= 12 && /^\s*,/.test(text.slice(t.span.end, t.span.end + 3))) opening = v
    if (t.span.start < clause.start || t.span.end > clause.end) continue
    const right = t.span.start >= f.span.end && /^\s*(?:in|during|for)?\s*$/i.test(text.slice(f.span.end, t.span.start))
    const d = right ? 0 : t.span.end <= f.span.start ? f.span.start - t.span.end : (t.span.start - f.span.end) * 1.2
    if (d >= 0 && (!best || d < best.d)) best = { d, v }
  }
  if (best) return best.v
  if (opening) return opening
  for (const m of document.text.slice(clause.start, clause.end).matchAll(FISCAL)) {
    const a = m.groups?.a as string
    const b = m.groups?.b
    if (!b) return a
    return `${a}-${b.length === 2 ? a.slice(0, 2) + b : b}`
  }
  return null
}

/**
 * The period of a finding comes from a date of its own clause ("in 2023", "last year", "in January–February 2024",
 * "in FY2020-21"); a date of another clause (the saying's "said on Thursday"), of another sentence or the publication
 * date alone never gives it, and with none the period is null.
 */
export const periodFromClause: FactRefiner = {
  id: 'fact/period-from-clause',
  note: "The date of the finding's own clause nearest to the number (preferring one before it), else a fiscal year.",
  examples: [
    {
      text: 'Exports from Peru to Chile rose 8% in 2019, while imports fell 3% in 2021.',
      expect: { kind: 'other', subkind: 'trade_growth', value: 8, unit: 'percent', period: '2019' },
      match: '8%',
    },
    {
      text: 'Nepal exported goods worth $1.2 billion to India in FY2021-22.',
      expect: { kind: 'trade_volume', value: 1_200_000_000, unit: 'USD', period: '2021-2022' },
      match: '$1.2 billion',
    },
    {
      text: '“Trade with Ghana reached $90 million,” the minister of Togo said on Monday.',
      reference: '2024-03-20',
      expect: { kind: 'trade_volume', value: 90_000_000, unit: 'USD', period: null },
      match: '$90 million',
    },
    {
      text: 'In 2019, Peru and Chile signed a pact; Peru paid Chile $2 billion for the port.',
      expect: { kind: 'other', subkind: 'amount', value: 2_000_000_000, unit: 'USD', period: '2019' },
      match: '$2 billion',
    },
    {
      text: 'Chile and Peru met in 2019. Talks began in March, and trade reached $3 billion in June.',
      reference: '2024-03-20',
      expect: { kind: 'trade_volume', value: 3_000_000_000, unit: 'USD', period: null },
      match: '$3 billion',
    },
    {
      text: 'Trade between Chile and Peru reached $3 billion last year.',
      reference: '2024-03-20',
      expect: { kind: 'trade_volume', value: 3_000_000_000, unit: 'USD', period: '2023' },
      match: '$3 billion',
    },
  ],
  refine(found, document) {
    return found.map((f) => ({ ...f, period: clausePeriod(document, f) }))
  },
}
