import { day, year } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A numeric day, "23/08/2002" or "07.07.2007". */
export const numeric: DateRecognizer = {
  id: 'date/numeric',
  note:
    'A numeric day ("23/08/2002"): day and month are told apart only when one is over 12 (or both are equal); ' +
    'otherwise only the year is certain.',
  pattern: /\b(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<year>1[5-9]\d\d|20\d\d)\b/g,
  examples: [
    {
      text: 'Portugal and Uruguay exchanged notes on 23/08/2002 in Lisbon.',
      match: '23/08/2002',
      expect: { date: { value: '2002-08-23', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'The Malawian side dated its reply 12/15/1999.',
      match: '12/15/1999',
      expect: { date: { value: '1999-12-15', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Reykjavik hosted the talks on 07.07.2007.',
      match: '07.07.2007',
      expect: { date: { value: '2007-07-07', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'The Malawi–Zambia border post reopened on 04/07/2011.',
      match: '04/07/2011',
      expect: { date: { value: '2011', precision: 'year', basis: 'explicit' } },
    },
    { text: 'Call the Lusaka desk on 260 211 252 660 or at 3.10 pm.', expect: null },
  ],
  extract(m) {
    const a = +group(m, 'a')
    const b = +group(m, 'b')
    const y = +group(m, 'year')
    const date =
      a > 12 && b <= 12
        ? day(y, b, a, 'explicit')
        : b > 12 && a <= 12
          ? day(y, a, b, 'explicit')
          : a === b
            ? day(y, a, a, 'explicit')
            : year(y, 'explicit')
    return expression(m, this.id, date)
  },
}
