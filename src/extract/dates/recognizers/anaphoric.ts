import type { DateRecognizer } from '../time-expression.js'
import { fromPrevious } from '../time-expression.js'

/** "At that time", "that year", "the same month": the last date the text gave. */
export const anaphoric: DateRecognizer = {
  id: 'date/anaphoric',
  note:
    '"At that time", "at the time", "that year/month/day", "the same year/month/day": the last date the text gave, ' +
    'cut to the unit named, with basis context.',
  pattern: /\b(?:at\s+that\s+time|at\s+the\s+time|that\s+(?:year|month|day)|the\s+same\s+(?:year|month|day))\b/gi,
  examples: [
    {
      text: 'Norway opened a consulate in Reykjavik in 1998. At that time Iceland objected.',
      match: 'At that time',
      expect: { date: { value: '1998', precision: 'year', basis: 'context' } },
    },
    {
      text: 'Sweden signed the treaty on 4 July 2019. That year Norway followed.',
      match: 'That year',
      expect: { date: { value: '2019', precision: 'year', basis: 'context' } },
    },
    {
      text: 'At that time Austria left the talks.',
      match: 'At that time',
      expect: { date: null },
    },
    { text: 'Denmark printed that yearbook in Copenhagen.', expect: null },
  ],
  extract(m) {
    return fromPrevious(m, this.id, (last) => {
      if (!last) return null
      const unit = /year/i.test(m[0]) ? 'year' : /month/i.test(m[0]) ? 'month' : null
      const value = unit === 'year' ? last.value.slice(0, 4) : unit === 'month' ? last.value.slice(0, 7) : last.value
      const precision =
        unit === 'year' ? 'year' : unit === 'month' && last.precision !== 'year' ? 'month' : last.precision
      return { value, precision, basis: 'context' }
    })
  },
}
