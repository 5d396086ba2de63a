import { year as yearDate } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A bare year, "in 2005", "(1868)", "a 1965 treaty". */
export const year: DateRecognizer = {
  id: 'date/year',
  note:
    'A bare year from 1500 to 2099 ("in 2005", "(1868)", "a 1965 treaty"); not a number with a thousands ' +
    'separator, a decimal, a currency sign or a unit after it ("2000 km", "1998 people", "2015 USD").',
  pattern:
    /(?<![\d,.$€£]|\d-)\b(?<year>1[5-9]\d\d|20\d\d)\b(?![,.]\d|\s*(?:%|percent|per cent|people|km|tonnes|tons|mi\b|miles|meters|metres|[A-Z]{3}\b))/g,
  examples: [
    {
      text: 'Uruguay opened an embassy in Asunción in 2005.',
      match: '2005',
      expect: { date: { value: '2005', precision: 'year', basis: 'explicit' } },
    },
    {
      text: 'The Treaty of Kiel (1814) ended the war between Denmark and Sweden.',
      match: '1814',
      expect: { date: { value: '1814', precision: 'year', basis: 'explicit' } },
    },
    { text: 'Namibia exported 1998 tonnes of copper to Zambia.', expect: null },
    { text: 'Portugal paid $2015 to the Uruguayan consulate.', expect: null },
  ],
  extract(m) {
    return expression(m, this.id, yearDate(+group(m, 'year'), 'explicit'))
  },
}
