import type { SentenceRecognizer } from '../finding.js'
import { NUM, scaleGroup } from '../lexicon.js'
import { readWhole } from '../readers.js'
import { GROUP } from './population-verb.js'

let pattern: RegExp | undefined

/** "the 1.5-million-strong Turkish community in Germany", "a 40,000-strong Nepali diaspora": a size before "-strong". */
export const populationStrong: SentenceRecognizer = {
  id: 'fact/population-strong',
  note: 'A number (with its scale) joined by "-strong" to a diaspora, community or minority.',
  get pattern() {
    pattern ??= new RegExp(
      `(?<![\\p{L}\\d.,-])(?<num>${NUM})(?:[-\\s]?${scaleGroup()})?-strong\\s+(?<holder>${GROUP})`,
      'gu',
    )
    return pattern
  },
  examples: [
    {
      text: 'The 1.5-million-strong Moroccan community in France voted.',
      expect: { kind: 'population', value: 1_500_000, unit: 'people', subject: 'Moroccan community in France' },
      match: '1.5-million-strong Moroccan community in France',
    },
    {
      text: 'A 40,000-strong Nepali diaspora lives in Qatar.',
      expect: { kind: 'population', value: 40_000, unit: 'people' },
      match: '40,000-strong Nepali diaspora',
    },
    { text: 'A 5,000-strong force from Chad entered Mali.', expect: null },
  ],
  extract(m, context) {
    const subject = (m.groups?.holder ?? '').replace(/\s+/g, ' ')
    return readWhole(m, context, { measure: 'population', unit: 'people', rule: 'fact/population', subject })
  },
}
