import { month, relativeYear } from '../calendar.js'
import { group, OF_YEAR } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A half of a year, "H1 2021", "the first half of 2020", "the first six months of 2020": six months. */
export const half: DateRecognizer = {
  id: 'date/half',
  note:
    'A half of a year ("H1 2021", "2H 2019", "the second half of 2019", "the latter half of 2018", "the first six months of ' +
    '2020", "the first half of last year") as its six months, a month range. A half without a year is left out.',
  pattern: new RegExp(
    `\\b(?:H(?<h>[12])|(?<h2>[12])H|(?:[Tt]he\\s+)?(?:(?<ord>first|second|latter|last|former|1st|2nd)\\s+half|(?<six>first|last|final|second)\\s+six\\s+months))${OF_YEAR}`,
    'g',
  ),
  examples: [
    {
      text: 'Vietnamese rice sales to Laos rose in H1 2021.',
      match: 'H1 2021',
      expect: { date: { value: '2021-01', end: '2021-06', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Danish imports from Iceland fell in the second half of 2019.',
      match: 'the second half of 2019',
      expect: { date: { value: '2019-07', end: '2019-12', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Kenyan tea sales to Uganda fell in the first six months of 2020.',
      match: 'the first six months of 2020',
      expect: { date: { value: '2020-01', end: '2020-06', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Paraguayan soy sales to Uruguay fell in the first half of this year.',
      reference: '2021-06-16',
      match: 'the first half of this year',
      expect: { date: { value: '2021-01', end: '2021-06', precision: 'month', basis: 'relative' } },
    },
    { text: 'Sweden took the first half of the Finnish quota.', expect: null },
    { text: 'Portugal sent half of its 2020 budget to Angola.', expect: null },
  ],
  extract(m, { anchor }) {
    const word = (group(m, 'ord') || group(m, 'six')).toLowerCase()
    const second =
      group(m, 'h') === '2' || group(m, 'h2') === '2' || (word !== '' && !['first', '1st', 'former'].includes(word))
    const y = group(m, 'year') ? +group(m, 'year') : relativeYear(group(m, 'rel'), anchor)
    const basis = group(m, 'year') ? 'explicit' : 'relative'
    return expression(m, this.id, y === null ? null : month(y, second ? 7 : 1, basis, second ? 12 : 6))
  },
}
