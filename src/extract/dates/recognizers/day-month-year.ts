import { day } from '../calendar.js'
import { group, MONTH, monthIndex, ORDINAL, YEAR } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A day (or days) of a named month of a year, "3 March 1997". */
export const dayMonthYear: DateRecognizer = {
  id: 'date/day-month-year',
  note:
    'A day or a range of days, a month name and a year: "16 December 1991", "11-12 October 2012", "16th March, 2023", ' +
    '"26-Sep-2022".',
  pattern: new RegExp(
    `\\b(?<d>\\d{1,2})${ORDINAL}(?:\\s*(?:[-–]|to|and)\\s*(?<d2>\\d{1,2})${ORDINAL})?(?:\\s+(?:of\\s+)?|-)${MONTH}(?:,?\\s+|-)${YEAR}\\b`,
    'gi',
  ),
  examples: [
    {
      text: 'Uruguay and Paraguay signed the accord on 3 March 1997.',
      match: '3 March 1997',
      expect: { date: { value: '1997-03-03', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Denmark and Iceland held talks on 21-22 June 2004 in Reykjavik.',
      match: '21-22 June 2004',
      expect: { date: { value: '2004-06-21', end: '2004-06-22', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Austria regained its sovereignty on the 15th of May, 1955.',
      match: '15th of May, 1955',
      expect: { date: { value: '1955-05-15', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Norway claimed the shelf on 30 February 1958.',
      match: '30 February 1958',
      expect: { date: null },
    },
    {
      text: 'Colombia reopened the border with Venezuela on 26-Sep-2022.',
      match: '26-Sep-2022',
      expect: { date: { value: '2022-09-26', precision: 'day', basis: 'explicit' } },
    },
    { text: 'Denmark ratified 3 protocols in March 1997.', expect: null },
  ],
  extract(m) {
    const d2 = group(m, 'd2')
    return expression(
      m,
      this.id,
      day(+group(m, 'year'), monthIndex(group(m, 'month')), +group(m, 'd'), 'explicit', d2 ? +d2 : undefined),
    )
  },
}
