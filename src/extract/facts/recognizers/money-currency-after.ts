import { alternation } from '../../gazetteer.js'
import type { SentenceRecognizer } from '../finding.js'
import { NUM, quantities, scaleGroup } from '../lexicon.js'
import { readMoney } from '../readers.js'

let pattern: RegExp | undefined

/** "3,9 billion euros", "120 billion NOK", "12 lakh rupees": the number first, then a currency name or code. */
export const moneyCurrencyAfter: SentenceRecognizer = {
  id: 'fact/money',
  note: 'Money written number first, with an optional scale and a currency name or code after it.',
  get pattern() {
    if (pattern) return pattern
    const names = Object.keys(quantities().currencies).filter((c) => /^[\p{L} ]+$/u.test(c))
    pattern = new RegExp(
      `(?<![\\p{L}\\d$€£])(?<num>${NUM})\\s?(?:${scaleGroup()}\\s+)?(?<cur>${alternation(names)})(?![\\p{L}])`,
      'gu',
    )
    return pattern
  },
  examples: [
    {
      text: "Sweden's imports from Norway were worth 120 billion NOK in 2021.",
      expect: { kind: 'trade_volume', value: 120_000_000_000, unit: 'NOK', period: '2021', subject: 'imports' },
      match: '120 billion NOK',
    },
    {
      text: 'Nepal imported goods worth 12 lakh rupees from Bhutan.',
      expect: { kind: 'trade_volume', value: 1_200_000, unit: 'INR' },
      match: '12 lakh rupees',
    },
    {
      text: 'Mozambique paid 7,5 million euros to Malawi for the bridge.',
      expect: { kind: 'other', subkind: 'amount', value: 7_500_000, unit: 'EUR' },
      match: '7,5 million euros',
    },
    {
      text: 'Sri Lanka owes India 2.4 BN dollars.',
      expect: { kind: 'other', subkind: 'amount', value: 2_400_000_000, unit: 'USD' },
      match: '2.4 BN dollars',
    },
    { text: 'Iceland sent 40 dollar-denominated bonds to Ireland.', expect: null },
  ],
  extract(m, context) {
    return readMoney(m, context, 'num')
  },
}
