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
  unitSubkinds: z.record(z.string(), z.string()),
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

/**
 * The named group `scale` of the patterns: a word that multiplies the number before it ("million", "crore", "bn"), as
 * written in lower case, capitalised or in capitals ("Bln", "MLN", "Bn"), for patterns without the `i` flag.
 */
export function scaleGroup(): string {
  const written = Object.keys(quantities().scales).flatMap((s) => [
    s,
    s[0]?.toUpperCase() + s.slice(1),
    s.toUpperCase(),
  ])
  // Two scales multiply: "1.4 lakh crore" is 1.4 × 10⁵ × 10⁷, "5 thousand crore" 5 × 10³ × 10⁷.
  return `(?<scale>(?:${alternation(written)})(?:\\s+(?:crores?|million|billion)(?![\\p{L}]))?)`
}

/** The multiplier of a match's `scale` group (the product of its words), 1 when it has none. */
export function scaleOf(m: RegExpExecArray): number {
  const scales = quantities().scales
  const words = m.groups?.scale?.toLowerCase().split(/\s+/) ?? []
  return words.reduce((n, w) => n * (scales[w] ?? 1), 1)
}

/** A number times its scale without binary rounding noise: 16.4 × 1e6 is 16400000, not 16399999.999999998. */
export function scaled(n: number, scale: number): number {
  return scale === 1 ? n : Number((n * scale).toPrecision(12))
}

/** Parses "10,000", "3,9" (decimal comma), "135.20" and number words, one ("six") or several ("twenty-six"). */
export function parseNumber(s: string, words: Readonly<Record<string, number>> = {}): number | null {
  const w = words[s.toLowerCase()]
  if (w !== undefined) return w
  if (/\p{L}/u.test(s)) return parseNumberWords(s, words)
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''))
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'))
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}

/** Number words written together, for patterns: "twenty-six", "one hundred and five", "two thousand three hundred". */
export function numberWordsPattern(): string {
  const w = alternation(Object.keys(quantities().numberWords))
  return `(?:${w})(?:(?:\\s+and\\s+|\\s+|-)(?:${w})(?![\\p{L}]))*`
}

/**
 * The value of several number words written as one number ("twenty-six" 26, "one hundred and five" 105, "two
 * thousand" 2000), or null when they are not one number ("two three").
 */
export function parseNumberWords(s: string, words: Readonly<Record<string, number>>): number | null {
  const parts = s
    .toLowerCase()
    .replace(/\b(a)\s+(hundred|thousand|dozen)\b/g, '$1_$2')
    .split(/\s+and\s+|[\s-]+/)
    .map((p) => p.replace('_', ' '))
  let total = 0
  let current = 0
  for (const p of parts) {
    const v = words[p]
    if (v === undefined) return null
    if (v === 100) current = (current || 1) * 100
    else if (v === 12 && p.includes('dozen')) current = (current || 1) * 12
    else if (v >= 1000) {
      total += (current || 1) * v
      current = 0
    } else {
      const small = current % 100
      // A unit adds to a ten ("twenty-six"); anything adds to an empty place or to hundreds ("one hundred and five").
      if (small !== 0 && !(small >= 20 && small % 10 === 0 && v < 10)) return null
      current += v
    }
  }
  return total + current
}
