import { day, yearOfDay } from '../calendar.js'
import { FUTURE_TENSE, group, MONTH, monthIndex, ORDINAL, verbLikeMonth, YEAR } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression, fromPrevious } from '../time-expression.js'

/** A month name and a day, with or without a year, "March 16, 2023" or "Oct. 13". */
export const monthDay: DateRecognizer = {
  id: 'date/month-day',
  note:
    'A month name then a day or days, and a year if given: "March 16, 2023", "September 10-11, 2023", "Thursday ' +
    '(July 18)"; without a year ("Oct. 13") the year is the anchor\'s, or failing one the last date\'s.',
  pattern: new RegExp(
    `\\b${MONTH}\\s+(?<d>\\d{1,2})${ORDINAL}(?:\\s*[-–]\\s*(?<d2>\\d{1,2})${ORDINAL})?(?:,?\\s+${YEAR})?(?![\\d,.]*\\d)\\b`,
    'gi',
  ),
  examples: [
    {
      text: 'Norway and Iceland settled the quota on March 3, 1997.',
      match: 'March 3, 1997',
      expect: { date: { value: '1997-03-03', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Vienna hosted Austrian–Swiss talks on September 10-11, 2003.',
      match: 'September 10-11, 2003',
      expect: { date: { value: '2003-09-10', end: '2003-09-11', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'The Slovak envoy reached Prague on Oct. 13.',
      reference: '2019-11-20',
      match: 'Oct. 13',
      expect: { date: { value: '2019-10-13', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Bhutan joined the bank in 1981; its first loan came on Feb. 9.',
      match: 'Feb. 9',
      expect: { date: { value: '1981-02-09', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Zambia closed the Kasumbalesa post on AUGUST 3, 2021.',
      match: 'AUGUST 3, 2021',
      expect: { date: { value: '2021-08-03', precision: 'day', basis: 'explicit' } },
    },
    { text: 'Lithuania said Belarus may 10 times have crossed the line.', expect: null },
    { text: 'Protesters in Vilnius march 3 km to the Belarusian embassy.', expect: null },
    // "March 20" would cut a year in two.
    { text: 'Sweden paid Norway 20 million in March 2019.', expect: null },
  ],
  extract(m, context) {
    // "Belarus may 10 times have…": a lower-case "may" is the verb.
    if (!group(m, 'year') && verbLikeMonth(group(m, 'month'), context.text, m.index)) return null
    const d = +group(m, 'd')
    const d2 = group(m, 'd2') ? +group(m, 'd2') : undefined
    const mi = monthIndex(group(m, 'month'))
    if (group(m, 'year')) return expression(m, this.id, day(+group(m, 'year'), mi, d, 'explicit', d2))
    const future = FUTURE_TENSE.test(context.sentenceAt(m.index))
    return fromPrevious(m, this.id, (previous) => {
      const y = yearOfDay(context.anchor, previous, mi, d, future)
      return y ? day(y, mi, d, 'relative', d2) : null
    })
  },
}
