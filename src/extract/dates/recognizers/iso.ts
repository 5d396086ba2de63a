import { day } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A day written year first, "2021-05-06", "2021/04/21", "2000/6/12". */
export const iso: DateRecognizer = {
  id: 'date/iso',
  note:
    'A day written year first: ISO 8601 ("2021-05-06"), as data tables, feeds and machine-written pages give it, ' +
    'or with slashes or full stops and one-digit parts ("2021/04/21", "2000/6/12"); year first is always y/m/d.',
  pattern:
    /(?<![\w.,/-])(?<year>1[5-9]\d\d|20\d\d)(?<sep>[-/.])(?<mo>0?[1-9]|1[0-2])\k<sep>(?<d>[0-2]?\d|3[01])(?=T\d|(?![\w/-]|[.,]\d))/g,
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
    {
      text: 'Oman and Yemen signed the border minutes on 2000/6/12.',
      match: '2000/6/12',
      expect: { date: { value: '2000-06-12', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'The Qatari note to Bahrain was stamped 2019-12-31T10:00:00Z.',
      match: '2019-12-31',
      expect: { date: { value: '2019-12-31', precision: 'day', basis: 'explicit' } },
    },
    // A thirteenth month is no ISO date.
    { text: 'Order 2021-13-05 of the Vienna court was filed.', expect: null },
  ],
  extract(m) {
    return expression(m, this.id, day(+group(m, 'year'), +group(m, 'mo'), +group(m, 'd'), 'explicit'))
  },
}
