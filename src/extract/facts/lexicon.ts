import { z } from 'zod'
import { loadLexicon } from '../../text/lexicon.js'
import { alternation } from '../gazetteer.js'

const Quantities = z.object({
  note: z.string(),
  scales: z.record(z.string(), z.number()),
  currencies: z.record(z.string(), z.string()),
  numberWords: z.record(z.string(), z.number()),
  qualifiers: z.record(z.string(), z.string()),
  peopleNouns: z.array(z.string()),
  notCounted: z.array(z.string()),
  durationUnits: z.record(z.string(), z.string()),
  distanceUnits: z.record(z.string(), z.string()),
  kinds: z.array(
    z.object({
      when: z.enum(['money', 'percent', 'population', 'count', 'duration', 'measure', 'rate']),
      pattern: z.string(),
      kind: z.string(),
      subkind: z.string().optional(),
      near: z.boolean().optional(),
    }),
  ),
})
const Currencies = z.object({ about: z.string(), currencies: z.record(z.string(), z.string()) })

/** The words that make numbers into facts (lexicons/facts/quantities.json), with every ISO 4217 currency name merged in. */
export type QuantityLexicon = z.infer<typeof Quantities>

/** What a number measures, as a recognizer read it; the lexicon's `kinds` turn it into a fact's kind. */
export type Measure = QuantityLexicon['kinds'][number]['when']

/** A number as the patterns write it: "10,000", "3,9" (decimal comma), "135.20". */
export const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`

let merged: QuantityLexicon | undefined

/** The quantities lexicon, loaded once; the generated currency names give way to the hand-written entries. */
export function quantities(): QuantityLexicon {
  if (merged) return merged
  const own = loadLexicon('facts/quantities.json', Quantities)
  const generated = loadLexicon('facts/currencies.json', Currencies).currencies
  merged = { ...own, currencies: { ...generated, ...own.currencies } }
  return merged
}

/** The named group `scale` of the patterns: a word that multiplies the number before it ("million", "crore", "bn"). */
export function scaleGroup(): string {
  return `(?<scale>${alternation(Object.keys(quantities().scales))})`
}

/** The multiplier of a match's `scale` group, 1 when it has none. */
export function scaleOf(m: RegExpExecArray): number {
  return m.groups?.scale ? (quantities().scales[m.groups.scale.toLowerCase()] ?? 1) : 1
}

/** Parses "10,000", "3,9" (decimal comma), "135.20" and number words. */
export function parseNumber(s: string, words: Readonly<Record<string, number>> = {}): number | null {
  const w = words[s.toLowerCase()]
  if (w !== undefined) return w
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''))
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'))
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}
