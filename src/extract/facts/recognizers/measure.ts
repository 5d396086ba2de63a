import type { SentenceRecognizer } from '../finding.js'
import { afterNumber, numberPhrasePattern, readUnitPhrase } from '../number-phrase.js'

/** "1,196 km", "6,000 square kilometres", "3 million tonnes", "200 MW": a number with a unit of distance, area or amount. */
export const measure: SentenceRecognizer = {
  id: 'fact/measure',
  note: 'A number phrase ending in a unit of length, area, weight, volume or power; a bracketed conversion after it is dropped.',
  get pattern() {
    return numberPhrasePattern()
  },
  resume: afterNumber,
  examples: [
    {
      text: 'The border between Namibia and Angola is 1,376 km (855 mi) long.',
      expect: { kind: 'other', subkind: 'distance', value: 1376, unit: 'km' },
      match: '1,376 km',
    },
    {
      text: 'Mozambique will sell 400 MW of power to Malawi.',
      expect: { kind: 'other', subkind: 'power', value: 400, unit: 'MW' },
      match: '400 MW',
    },
    {
      text: 'Norway shipped 2.5 million tonnes of fish to Denmark.',
      expect: { kind: 'other', subkind: 'weight', value: 2_500_000, unit: 'tonnes' },
      match: '2.5 million tonnes',
    },
    {
      text: 'Azerbaijan sends 600,000 barrels per day of crude through Georgia.',
      expect: { kind: 'other', subkind: 'oil_output', value: 600_000, unit: 'barrels per day' },
      match: '600,000 barrels per day',
    },
    {
      text: 'Bhutan ceded 4,000 sq km of pasture to China.',
      expect: { kind: 'other', subkind: 'area', value: 4000, unit: 'km2' },
      match: '4,000 sq km',
    },
    { text: 'Malaysia and Brunei signed Article 12 km of the pact.', expect: null },
  ],
  extract(m, context) {
    return readUnitPhrase(m, context, 'measure')
  },
}
