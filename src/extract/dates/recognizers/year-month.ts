import { month } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A month of a year in figures, year first: "2016-11", "2015/3", "2018-03". */
export const yearMonth: DateRecognizer = {
  id: 'date/year-month',
  note:
    'A year and a month in figures ("2016-11", "2015/3", "2018-03"); when two digits after the year could end a ' +
    'year range ("2010-11", "2011/12"), date/year-range reads it: prose writes seasons and fiscal years that way.',
  pattern: /(?<![\w.,/-])(?<year>1[5-9]\d\d|20\d\d)[-/](?<mo>0[1-9]|1[0-2]|[1-9])(?![\w/-]|[.,]\d)/g,
  examples: [
    {
      text: 'Uzbekistan and Tajikistan resumed flights in 2016-11.',
      match: '2016-11',
      expect: { date: { value: '2016-11', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'The Kazakh ministry dated its note to Kyrgyzstan 2015/3.',
      match: '2015/3',
      expect: { date: { value: '2015-03', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Belgium and the Netherlands swapped the border plots in 2018-03.',
      match: '2018-03',
      expect: { date: { value: '2018-03', precision: 'month', basis: 'explicit' } },
    },
    { text: 'Malawi and Zambia shared the chair in 2011/12.', match: '2011/12', expect: null },
    { text: 'Call the Windhoek desk on 555-2016.', expect: null },
  ],
  extract(m) {
    const mo = group(m, 'mo')
    const y = +group(m, 'year')
    // "2010-11" and "2011/12" are the years 2010–2011 and 2011–2012.
    if (mo.length === 2 && mo[0] !== '0' && +mo > y % 100) return null
    return expression(m, this.id, month(y, +mo, 'explicit'))
  },
}
