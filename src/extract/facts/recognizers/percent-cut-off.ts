import type { SentenceRecognizer } from '../finding.js'
import { NUM } from '../lexicon.js'
import { readWhole } from '../readers.js'

let pattern: RegExp | undefined

/** "… and imports by 14.1 pe": a percentage whose word was cut off where an excerpt ends. */
export const percentCutOff: SentenceRecognizer = {
  id: 'fact/percent-cut-off',
  note: 'A number and the start of "per cent" at the very end of a text, in a sentence that spoke of percentages.',
  get pattern() {
    pattern ??= new RegExp(
      `(?<![\\p{L}\\d])(?<num>${NUM})\\s+(?:p|pe|per|per\\s+c|per\\s+ce|per\\s+cen|perc|perce|percen)$`,
      'gu',
    )
    return pattern
  },
  examples: [
    {
      text: "Oman's exports to Jordan grew 9 per cent and imports rose 4.2 per ce",
      expect: { kind: 'other', subkind: 'trade_growth', value: 4.2, unit: 'percent' },
      match: '4.2 per ce',
    },
    {
      text: 'Austria took 30% of Slovak gas exports, Hungary 11 perc',
      expect: { kind: 'energy_share', value: 11, unit: 'percent' },
      match: '11 perc',
    },
    { text: 'Austria and Slovakia met 11 times, most recently in Bratislava with 40 pe', expect: null },
  ],
  extract(m, context) {
    const { text, sentence } = context
    // Only the last sentence of a text can have been cut off, and only one that already speaks of percentages.
    if (sentence.span.end !== text.trimEnd().length || !/per\s*cent|percent|%/.test(sentence.text)) return null
    return readWhole(m, context, { measure: 'percent', unit: 'percent', rule: 'fact/percent-cut-off' })
  },
}
