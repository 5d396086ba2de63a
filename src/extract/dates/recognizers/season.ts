import { dateParts, year, yearOf } from '../calendar.js'
import { FUTURE_TENSE, group, YEAR } from '../patterns.js'
import { lazyPattern, seasonMonth, seasonPattern } from '../relative-words.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

const pattern = lazyPattern(
  () =>
    new RegExp(
      `\\b(?:(?<rel>this|last|next|past)\\s+(?<s1>${seasonPattern()})|(?<s2>${seasonPattern()})\\s+(?:of\\s+)?${YEAR}(?:\\s*[/–-]\\s*(?<y2>\\d{2}|\\d{4}))?|(?<=\\b(?:in|during|by|since|until|over)\\s+)the\\s+(?<s3>${seasonPattern()})(?!\\s+(?:of|session|months|term|break|holidays?|season)\\b))\\b(?![.,]\\d)`,
      'gi',
    ),
)

/** A season, "spring 2015", "this autumn", "last summer": its year. */
export const season: DateRecognizer = {
  id: 'date/season',
  note:
    'A season with a year ("spring 2015", "winter 2019/20"), "this/last/next" and a season, or "in the spring" (names ' +
    'in lexicons/dates/relative.json): dated to its year only, since its months depend on the hemisphere and winter ' +
    'straddles two years; "in the autumn" is the last one in a report of the past, the next one in a plan.',
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
    {
      text: 'Finland and Russia closed the border crossings in winter 2019/20.',
      match: 'winter 2019/20',
      expect: { date: { value: '2019', end: '2020', precision: 'year', basis: 'explicit' } },
    },
    {
      text: 'Sweden and Denmark closed the bridge in the autumn.',
      reference: '2019-06-12',
      match: 'the autumn',
      expect: { date: { value: '2018', precision: 'year', basis: 'relative' } },
    },
    { text: 'Prices in Bern may fall sharply.', expect: null },
    { text: 'Colombia spent its summer budget on aid to Ecuador.', expect: null },
  ],
  extract(m, context) {
    if (group(m, 'year')) {
      const y1 = +group(m, 'year')
      const yy = group(m, 'y2')
      const y2 = yy.length === 2 ? Math.floor(y1 / 100) * 100 + +yy : +yy
      return expression(m, this.id, year(y1, 'explicit', y2 === y1 + 1 ? y2 : undefined))
    }
    const y = yearOf(context.anchor)
    if (!y) return expression(m, this.id, null)
    const s3 = group(m, 's3')
    if (s3) {
      // "In the autumn" of a June report of the past is last autumn; in a plan, this one.
      const a = dateParts(context.anchor)
      const starts = seasonMonth(s3)
      const future = FUTURE_TENSE.test(context.sentenceAt(m.index))
      const shift = a?.m && !future && starts > a.m ? -1 : a?.m && future && starts + 2 < a.m ? 1 : 0
      return expression(m, this.id, year(y + shift, 'relative'))
    }
    const rel = group(m, 'rel').toLowerCase()
    return expression(
      m,
      this.id,
      year(rel === 'last' || rel === 'past' ? y - 1 : rel === 'next' ? y + 1 : y, 'relative'),
    )
  },
}
