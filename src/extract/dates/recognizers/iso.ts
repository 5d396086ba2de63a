import { day } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** An ISO 8601 day, "2021-05-06". */
export const iso: DateRecognizer = {
  id: 'date/iso',
  note: 'An ISO 8601 day ("2021-05-06"), as data tables, feeds and machine-written pages give it.',
  pattern: /\b(?<year>1[5-9]\d\d|20\d\d)-(?<mo>0[1-9]|1[0-2])-(?<d>[0-2]\d|3[01])\b/g,
  examples: [
    {
      text: 'Iceland and Norway signed the whaling memorandum on 1998-04-17.',
      match: '1998-04-17',
      expect: { date: { value: '1998-04-17', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Minutes of the Oslo meeting (2003-11-02) record the Danish objection.',
      match: '2003-11-02',
      expect: { date: { value: '2003-11-02', precision: 'day', basis: 'explicit' } },
    },
    // A thirteenth month is no ISO date.
    { text: 'Order 2021-13-05 of the Vienna court was filed.', expect: null },
  ],
  extract(m) {
    return expression(m, this.id, day(+group(m, 'year'), +group(m, 'mo'), +group(m, 'd'), 'explicit'))
  },
}
