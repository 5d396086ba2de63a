import { type SentenceRecognizer, sentenceFinding } from '../finding.js'
import { NUM, parseNumber, quantities } from '../lexicon.js'

let pattern: RegExp | undefined
let nouns: ReadonlySet<string> | undefined

/** Currency nouns ("rupee", "dollar"), singular, lower case: the last words of the lexicon's currency names. */
function currencyNouns(): ReadonlySet<string> {
  nouns ??= new Set(
    Object.keys(quantities().currencies)
      .filter((c) => /^[\p{L} ]+$/u.test(c))
      .map((c) => (c.split(' ').pop() ?? c).toLowerCase().replace(/(?<=[^s])s$/, '')),
  )
  return nouns
}

/** The last word of a phrase as a singular currency noun would be written. */
function nounOf(words: string | undefined): string {
  return (words?.split(/\s+/).pop() ?? '')
    .toLowerCase()
    .replace(/[^\p{L}]+$/u, '')
    .replace(/(?<=[^s])s$/, '')
}

/** "1.6 Nepalese rupees per Indian rupee", "89 rubles to the dollar": an exchange rate written in prose. */
export const exchangeRate: SentenceRecognizer = {
  id: 'fact/exchange-rate',
  note: 'A number of one currency per unit of another; without a first currency the sentence must speak of a rate.',
  get pattern() {
    pattern ??= new RegExp(
      `(?<![\\p{L}\\d.,-])(?<num>${NUM})(?:\\s+(?<a>(?:[\\p{L}.]+\\s+){0,2}?[\\p{L}]+))?\\s+(?:per|to\\s+the|against\\s+the|for\\s+(?:one|a|each|1))\\s+(?<b>[\\p{L}.]+(?:\\s+[\\p{L}.]+){0,2})`,
      'gu',
    )
    return pattern
  },
  examples: [
    {
      text: 'The Malaysian ringgit traded at 4.7 ringgit per US dollar in Brunei on Friday.',
      expect: { kind: 'exchange_rate', value: 4.7, unit: 'ringgit per US dollar' },
      match: '4.7 ringgit per US dollar',
    },
    {
      text: 'In Namibia the exchange rate stood at 18.2 to the dollar.',
      expect: { kind: 'exchange_rate', value: 18.2, unit: '? per dollar' },
      match: '18.2 to the dollar',
    },
    { text: 'Zambia exported 40 tonnes per week to Malawi.', expect: null },
    { text: 'Nigeria sold Cameroon 30 barrels a day at 80 per barrel.', expect: null },
  ],
  extract(m, context) {
    const g = m.groups ?? {}
    const currencies = currencyNouns()
    // The quoted currency is the first currency noun after "per" ("per Indian rupee on Monday").
    const bWords = (g.b ?? '').split(/\s+/)
    const at = bWords.findIndex((w) => currencies.has(nounOf(w)))
    if (at < 0) return null
    const quoted = bWords
      .slice(0, at + 1)
      .join(' ')
      .replace(/[^\p{L}]+$/u, '')
    const sentence = context.sentence.text
    if (g.a ? !currencies.has(nounOf(g.a)) : !/\b(?:exchange rate|traded at|rate of|worth)\b/i.test(sentence))
      return null
    const n = parseNumber(g.num ?? '')
    if (n === null) return null
    const start = context.sentence.span.start + m.index
    const end = start + m[0].length - (g.b ?? '').length + quoted.length
    const unit = `${g.a ?? '?'} per ${quoted}`
    return sentenceFinding(context, {
      measure: 'rate',
      span: { start, end },
      value: n,
      unit,
      rule: 'fact/exchange-rate',
    })
  },
}
