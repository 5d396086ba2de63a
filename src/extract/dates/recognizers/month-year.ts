import { month } from '../calendar.js'
import { group, MONTH, MONTH2, monthIndex, YEAR } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A month (or two) of a year, "December 2005", "May and June 2006". */
export const monthYear: DateRecognizer = {
  id: 'date/month-year',
  note:
    'A month name in any case, or a range of two, and a year: "December 2005", "september-october 2009", "May and ' +
    'June 2006", "November of 2019".',
  pattern: new RegExp(`\\b${MONTH}(?:\\s*(?:[-–/]|and|to|or)\\s*${MONTH2})?(?:,?\\s+|\\s+of\\s+)${YEAR}\\b`, 'gi'),
  examples: [
    {
      text: 'Portugal recalled its envoy from Montevideo in December 2005.',
      match: 'December 2005',
      expect: { date: { value: '2005-12', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Malawi and Zambia held border talks in May and June 2006.',
      match: 'May and June 2006',
      expect: { date: { value: '2006-05', end: '2006-06', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Senegal and Gambia formed a confederation in february of 1982.',
      match: 'february of 1982',
      expect: { date: { value: '1982-02', precision: 'month', basis: 'explicit' } },
    },
    { text: 'The Windhoek summit was set for December.', expect: null },
  ],
  extract(m) {
    const second = group(m, 'month2')
    return expression(
      m,
      this.id,
      month(+group(m, 'year'), monthIndex(group(m, 'month')), 'explicit', second ? monthIndex(second) : undefined),
    )
  },
}
