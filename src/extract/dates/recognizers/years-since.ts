import { year, yearOf } from '../calendar.js'
import { group } from '../patterns.js'
import { countPattern, countValue, lazyPattern } from '../relative-words.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

const pattern = lazyPattern(
  () => new RegExp(`\\b(?:in\\s+)?the\\s+(?:past\\s+|last\\s+)?${countPattern()}\\s+years\\s+since\\b`, 'gi'),
)

/** "In the ten years since": the anchor's year minus that many years. */
export const yearsSince: DateRecognizer = {
  id: 'date/years-since',
  note: '"In the (past) N years since": the event it looks back to was N years before the anchor\'s year.',
  get pattern() {
    return pattern()
  },
  examples: [
    {
      text: 'In the ten years since, Malawi and Zambia have doubled their trade.',
      reference: '2019-06-12',
      match: 'In the ten years since',
      expect: { date: { value: '2009', precision: 'year', basis: 'relative' } },
    },
    {
      text: 'Trade between Norway and Iceland has grown in the past 20 years since the accord.',
      reference: '2019-06-12',
      match: 'in the past 20 years since',
      expect: { date: { value: '1999', precision: 'year', basis: 'relative' } },
    },
    { text: 'In the ten years before the accord, Malawi traded little.', reference: '2019-06-12', expect: null },
  ],
  extract(m, { anchor }) {
    const y = yearOf(anchor)
    return expression(m, this.id, y ? year(y - countValue(group(m, 'n')), 'relative') : null)
  },
}
