import { year, yearOf } from '../calendar.js'
import { group, YEAR } from '../patterns.js'
import { lazyPattern, seasonPattern } from '../relative-words.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

const pattern = lazyPattern(
  () =>
    new RegExp(
      `\\b(?:(?<rel>this|last|next)\\s+(?<s1>${seasonPattern()})|(?<s2>${seasonPattern()})\\s+(?:of\\s+)?${YEAR})\\b`,
      'gi',
    ),
)

/** A season, "spring 2015", "this autumn", "last summer": its year. */
export const season: DateRecognizer = {
  id: 'date/season',
  note:
    'A season with a year, or "this/last/next" and a season (names in lexicons/dates/relative.json): dated to its ' +
    'year only, since a season straddles months (and winter, years).',
  get pattern() {
    return pattern()
  },
  examples: [
    {
      text: 'Austria and Switzerland opened the rail tunnel in spring 2015.',
      match: 'spring 2015',
      expect: { date: { value: '2015', precision: 'year', basis: 'explicit' } },
    },
    {
      text: 'Iceland and Norway plan a fisheries summit this autumn.',
      reference: '2019-06-12',
      match: 'this autumn',
      expect: { date: { value: '2019', precision: 'year', basis: 'relative' } },
    },
    {
      text: 'Danish troops left Iceland last winter.',
      reference: '2019-06-12',
      match: 'last winter',
      expect: { date: { value: '2018', precision: 'year', basis: 'relative' } },
    },
    { text: 'Prices in Bern may fall sharply.', expect: null },
  ],
  extract(m, { anchor }) {
    if (group(m, 'year')) return expression(m, this.id, year(+group(m, 'year'), 'explicit'))
    const y = yearOf(anchor)
    if (!y) return expression(m, this.id, null)
    const rel = group(m, 'rel').toLowerCase()
    return expression(m, this.id, year(rel === 'last' ? y - 1 : rel === 'next' ? y + 1 : y, 'relative'))
  },
}
