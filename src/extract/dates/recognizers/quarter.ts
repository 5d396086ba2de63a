import { month, relativeYear } from '../calendar.js'
import { group, OF_YEAR } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

const ORDINAL_QUARTER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3 }

/** A quarter of a year, "Q4 2016", "the first quarter of 2020", "Q3/2019": a range of three months. */
export const quarter: DateRecognizer = {
  id: 'date/quarter',
  note:
    'A quarter of a year ("Q4 2016", "3Q 2019", "the third quarter of 2018", "the first three months of 2020", "the ' +
    'first quarter of this year") as ' +
    'its three months, a month range: that is what a quarter certainly covers. A quarter without a year is left out.',
  pattern: new RegExp(
    `\\b(?:[Qq](?<q>[1-4])|(?<q2>[1-4])Q|(?:[Tt]he\\s+)?(?:(?<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\\s+quarter|(?<three>first|last|final)\\s+three\\s+months))${OF_YEAR}`,
    'g',
  ),
  examples: [
    {
      text: 'Trade between Chile and Argentina fell in Q4 2016.',
      match: 'Q4 2016',
      expect: { date: { value: '2016-10', end: '2016-12', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Peruvian copper sales to Bolivia rose in the first quarter of 2020.',
      match: 'the first quarter of 2020',
      expect: { date: { value: '2020-01', end: '2020-03', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Namibian beef sales to Botswana fell in Q3/2019.',
      match: 'Q3/2019',
      expect: { date: { value: '2019-07', end: '2019-09', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Austrian exports to Slovenia grew in the second quarter of last year.',
      reference: '2021-06-16',
      match: 'the second quarter of last year',
      expect: { date: { value: '2020-04', end: '2020-06', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'Chilean copper sales to Peru rose in 3Q 2019.',
      match: '3Q 2019',
      expect: { date: { value: '2019-07', end: '2019-09', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Russian grain sales to Turkey fell in the last three months of 2020.',
      match: 'the last three months of 2020',
      expect: { date: { value: '2020-10', end: '2020-12', precision: 'month', basis: 'explicit' } },
    },
    { text: 'The Q4 report of the Malawian mission was late.', expect: null },
    { text: 'Iceland reached the quarter finals in 2016.', expect: null },
  ],
  extract(m, { anchor }) {
    const ord = (group(m, 'ord') || group(m, 'three')).toLowerCase()
    const digit = group(m, 'q') || group(m, 'q2')
    const q = digit ? +digit : (ORDINAL_QUARTER[ord] ?? 4)
    const y = group(m, 'year') ? +group(m, 'year') : relativeYear(group(m, 'rel'), anchor)
    const basis = group(m, 'year') ? 'explicit' : 'relative'
    return expression(m, this.id, y === null ? null : month(y, 3 * q - 2, basis, 3 * q))
  },
}
