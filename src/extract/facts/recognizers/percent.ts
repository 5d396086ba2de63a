import type { SentenceRecognizer } from '../finding.js'
import { NUM } from '../lexicon.js'
import { readWhole } from '../readers.js'

let pattern: RegExp | undefined

/** "25%", "28 percent", "18.9 per cent", "3 pct": a percentage; the words of its sentence say of what. */
export const percent: SentenceRecognizer = {
  id: 'fact/percent',
  note: 'A number followed by a percent sign or word; its kind (energy share, growth, share) comes from the sentence.',
  get pattern() {
    pattern ??= new RegExp(
      `(?<![\\p{L}\\d])(?<num>${NUM})(?:\\s*(?:[-–]|to)\\s*(?<num2>${NUM}))?\\s?(?:%|percent\\b|per\\s*cent\\b|pct\\b|pc\\b)`,
      'gu',
    )
    return pattern
  },
  examples: [
    {
      text: 'Mozambique supplies about 60% of the electricity used in Zimbabwe.',
      expect: { kind: 'energy_share', value: 60, unit: 'percent', qualifier: 'approximately' },
      match: '60%',
    },
    {
      text: 'Trade between Malaysia and Brunei grew 12 per cent in 2018.',
      expect: { kind: 'other', subkind: 'trade_growth', value: 12, unit: 'percent', period: '2018' },
      match: '12 per cent',
    },
    {
      text: 'Tunisia holds a 4,5 pct share of Libyan imports.',
      expect: { kind: 'other', subkind: 'share', value: 4.5, unit: 'percent' },
      match: '4,5 pct',
    },
    {
      text: 'Exports from Ghana to Togo fell 12pc last year.',
      reference: '2024-06-01',
      expect: { kind: 'other', subkind: 'trade_growth', value: 12, unit: 'percent', period: '2023' },
      match: '12pc',
    },
    {
      text: 'Algeria supplies 20-25% of the gas used in Tunisia.',
      expect: { kind: 'energy_share', value: 20, valueMax: 25, unit: 'percent' },
      match: '20-25%',
    },
    { text: 'Jordan and Oman signed 5 agreements in 2020.', expect: null },
    { text: 'Jordan bought 5 PCs from Oman.', expect: null },
  ],
  extract(m, context) {
    return readWhole(m, context, { measure: 'percent', unit: 'percent', rule: 'fact/percent' })
  },
}
