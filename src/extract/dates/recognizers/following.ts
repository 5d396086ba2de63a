import { unitsFrom } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { fromPrevious } from '../time-expression.js'

/** "The following year", "the next day": one unit after the last date the text gave. */
export const following: DateRecognizer = {
  id: 'date/following',
  note: '"The following/next/subsequent day, week, month or year": one unit after the last date the text gave.',
  pattern: /\bthe\s+(?:following|next|subsequent)\s+(?<unit>day|week|month|year)\b/gi,
  examples: [
    {
      text: 'On 5 May 2015 Iceland and Norway met in Oslo. The next day they signed.',
      match: 'The next day',
      expect: { date: { value: '2015-05-06', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'In 2016 Austria joined the scheme. The following year Switzerland followed.',
      match: 'The following year',
      expect: { date: { value: '2017', precision: 'year', basis: 'relative' } },
    },
    { text: 'The next round of Austrian–Swiss talks opens in Bern.', expect: null },
  ],
  extract(m) {
    return fromPrevious(m, this.id, (previous) => unitsFrom(previous, group(m, 'unit').toLowerCase(), 1))
  },
}
