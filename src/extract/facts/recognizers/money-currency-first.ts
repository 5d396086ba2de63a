import { alternation } from '../../gazetteer.js'
import type { SentenceRecognizer } from '../finding.js'
import { NUM, quantities, scaleGroup } from '../lexicon.js'
import { readMoney } from '../readers.js'

/** ISO 4217 codes that are also English words in capitals ("ALL 3 SIDES"): read only after a number. */
const ENGLISH_CODES = new Set(['ALL', 'TOP', 'CUP', 'MOP'])

let pattern: RegExp | undefined

/** "US$12.18 billion", "EUR 60.2 billion", "Rs 500 crore": a currency symbol or code before the number. */
export const moneyCurrencyFirst: SentenceRecognizer = {
  id: 'fact/money',
  note: 'Money written with its symbol or code first, then the number and an optional scale (South Asian ones too).',
  get pattern() {
    if (pattern) return pattern
    const currencies = Object.keys(quantities().currencies)
    // Symbols stand before a number ("$", "US$", "€", "EUR "); codes and names may also follow it ("120 billion NOK").
    const symbols = currencies.filter(
      (c) => /[^\p{L} ]/u.test(c) || (/^[A-Z]{2,3}$/.test(c) && !ENGLISH_CODES.has(c)) || /^[A-Z][a-z]{1,2}$/.test(c),
    )
    pattern = new RegExp(
      `(?<cur>${alternation(symbols)})\\s?(?<num>${NUM})(?:\\s?[-–]\\s?(?<num2>${NUM}))?(?:\\s?[-–]?\\s?${scaleGroup()}(?![\\p{L}]))?`,
      'gu',
    )
    return pattern
  },
  examples: [
    {
      text: "Portugal's exports to Angola reached US$2.3 billion in 2019.",
      expect: { kind: 'trade_volume', value: 2_300_000_000, unit: 'USD', period: '2019', qualifier: 'reached' },
      match: 'US$2.3 billion',
    },
    {
      text: 'Bhutan earned Rs 1,200 crore from power sales to Bangladesh.',
      expect: { kind: 'trade_volume', value: 12_000_000_000, unit: 'INR' },
      match: 'Rs 1,200 crore',
    },
    {
      text: 'Norway gave Malawi NOK 50 million in grants for schools.',
      expect: { kind: 'other', subkind: 'aid', value: 50_000_000, unit: 'NOK' },
      match: 'NOK 50 million',
    },
    {
      text: 'Turkey and Iraq traded goods worth $19.7 Bln in 2022.',
      expect: { kind: 'trade_volume', value: 19_700_000_000, unit: 'USD', period: '2022' },
      match: '$19.7 Bln',
    },
    {
      text: 'India lent Sri Lanka ₹1.2 lakh crore after the crisis.',
      expect: { kind: 'other', subkind: 'aid', value: 1_200_000_000_000, unit: 'INR' },
      match: '₹1.2 lakh crore',
    },
    {
      text: 'The Kenya–Uganda pipeline will cost $3.5-4 billion.',
      expect: { kind: 'other', subkind: 'project_cost', value: 3_500_000_000, valueMax: 4_000_000_000, unit: 'USD' },
      match: '$3.5-4 billion',
    },
    { text: 'ALL 3 SIDES of the Zambia–Zimbabwe talks agreed.', expect: null },
  ],
  extract(m, context) {
    return readMoney(m, context, 'cur')
  },
}
