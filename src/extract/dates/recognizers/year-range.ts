import { year } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A range of years, "1910-45", "2021-2022", "from 1930 to 1955". */
export const yearRange: DateRecognizer = {
  id: 'date/year-range',
  note:
    'Two years joined by a dash, "to", "and", "until" or "through" ("1910-45", "from 1930 to 1955", "2015/16"): a ' +
    'year range when the second is later and less than two centuries on; a second year in two digits, after a dash ' +
    'or slash only, is in the first one\'s century (so "2019 to 28 June" is no range).',
  pattern:
    /\b(?:from\s+|between\s+)?(?<y1>1[0-9]\d\d|20\d\d)(?:\s*[-–/]\s*(?<yy>\d{2})\b|\s*(?:[-–]|to|and|until|till|through|thru)\s*(?<y2>1[0-9]\d\d|20\d\d)\b)(?![.,/]\d)/gi,
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
    {
      text: 'Malawi and Zambia shared the chair in 2015/16.',
      match: '2015/16',
      expect: { date: { value: '2015', end: '2016', precision: 'year', basis: 'explicit' } },
    },
    {
      text: 'Bhutan and Nepal ran the survey from 2011 through 2014.',
      match: 'from 2011 through 2014',
      expect: { date: { value: '2011', end: '2014', precision: 'year', basis: 'explicit' } },
    },
    // "2019 to 28 June" is the end of one date and the start of the next.
    { text: 'The Danish envoy stayed from 2 June 2019 to 28 June 2020.', match: '2019 to 28', expect: null },
    { text: 'Namibia beat Botswana 3-2 in Windhoek, then 45-12 in Gaborone.', expect: null },
  ],
  extract(m) {
    const y1 = +group(m, 'y1')
    const yy = group(m, 'yy')
    const y2 = yy ? Math.floor(y1 / 100) * 100 + +yy : +group(m, 'y2')
    return expression(m, this.id, y2 > y1 && y2 - y1 < 200 ? year(y1, 'explicit', y2) : null)
  },
}
