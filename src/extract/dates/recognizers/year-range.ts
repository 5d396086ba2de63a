import { year } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A range of years, "1910-45", "2021-2022", "from 1930 to 1955". */
export const yearRange: DateRecognizer = {
  id: 'date/year-range',
  note:
    'Two years joined by a dash, "to", "and" or "until" ("1910-45", "from 1930 to 1955"): a year range when the ' +
    "second is later and less than two centuries on; a second year in two digits is in the first one's century.",
  pattern:
    /\b(?:from\s+|between\s+)?(?<y1>1[0-9]\d\d|20\d\d)\s*(?:[-–]|to|and|until)\s*(?<y2>\d{2}|1[0-9]\d\d|20\d\d)\b(?![.,]\d)/g,
  examples: [
    {
      text: 'The Nepal–Bhutan refugee talks ran 1993-2003.',
      match: '1993-2003',
      expect: { date: { value: '1993', end: '2003', precision: 'year', basis: 'explicit' } },
    },
    {
      text: 'Norway was in union with Sweden from 1814 to 1905.',
      match: 'from 1814 to 1905',
      expect: { date: { value: '1814', end: '1905', precision: 'year', basis: 'explicit' } },
    },
    {
      text: 'Swedish rule over the Danish provinces was settled in 1658-60.',
      match: '1658-60',
      expect: { date: { value: '1658', end: '1660', precision: 'year', basis: 'explicit' } },
    },
    { text: 'Namibia beat Botswana 3-2 in Windhoek, then 45-12 in Gaborone.', expect: null },
  ],
  extract(m) {
    const y1 = +group(m, 'y1')
    let y2 = +group(m, 'y2')
    if (y2 < 100) y2 = Math.floor(y1 / 100) * 100 + y2
    return expression(m, this.id, y2 > y1 && y2 - y1 < 200 ? year(y1, 'explicit', y2) : null)
  },
}
