import type { SentenceRecognizer } from '../finding.js'
import { afterNumber, numberPhrasePattern, readUnitPhrase } from '../number-phrase.js'

/** "44 days", "three to four years", "a decade": a number with a unit of time, or a range of them. */
export const duration: SentenceRecognizer = {
  id: 'fact/duration',
  note: 'A number phrase ending in a unit of time (years, months, weeks, days, decades, hours), ranges included.',
  get pattern() {
    return numberPhrasePattern()
  },
  resume: afterNumber,
  examples: [
    {
      text: 'The Namibia–Botswana railway will take three to four years to build.',
      expect: { kind: 'other', subkind: 'duration', value: 3, valueMax: 4, unit: 'years' },
      match: 'three to four years',
    },
    {
      text: 'Talks between Jordan and Oman lasted 18 days.',
      expect: { kind: 'other', subkind: 'duration', value: 18, unit: 'days' },
      match: '18 days',
    },
    {
      text: 'Morocco and Senegal agreed a ten-year fishing deal.',
      expect: { kind: 'other', subkind: 'duration', value: 10, unit: 'years' },
      match: 'ten-year',
    },
    { text: 'Iceland and Ireland met in the 3rd week of talks.', expect: null },
    { text: 'A six-year-old girl from Chad was found in Niger.', expect: null },
    { text: 'Malawi and Zambia resumed 5 years projects.', expect: null },
  ],
  extract(m, context) {
    return readUnitPhrase(m, context, 'duration')
  },
}
