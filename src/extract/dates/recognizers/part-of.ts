import { month, unitsFrom, year } from '../calendar.js'
import { group, MONTH_WORD, monthIndex, YEAR } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression, fromPrevious } from '../time-expression.js'
import { monthInContext } from './month-no-year.js'

/** A part of a month or year, "early 2019", "mid-April 2020", "the end of March", "the end of the year". */
export const partOf: DateRecognizer = {
  id: 'date/part-of',
  note:
    '"Early/mid/late" or "the beginning/start/middle/end of" (or "first/second half of" a month) a month or a year ("early 2019", "mid-April 2020", ' +
    '"the end of March", "the end of last year"): the month or year itself, at its precision. Which months "early ' +
    '2019" covers is a matter of taste, so no month is claimed; the phrase is kept whole as the date\'s words.',
  pattern: new RegExp(
    `\\b(?:(?:[Tt]he\\s+)?(?:end|beginning|start|middle|close|(?<half>first|second|latter)\\s+half)\\s+of\\s+|(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s+))` +
      `(?:${MONTH_WORD}(?:,?\\s+${YEAR})?|(?<y>1[0-9]\\d\\d|20\\d\\d)|(?<rel>the|this|last|next|past)\\s+(?<unit>year|month))\\b(?![-–/]\\d|['’]?s\\b|\\s+\\d)`,
    'g',
  ),
  examples: [
    {
      text: 'Colombia and Ecuador restored ties in early 2019.',
      match: 'early 2019',
      expect: { date: { value: '2019', precision: 'year', basis: 'explicit' } },
    },
    {
      text: 'Benin and Niger reopened the border in mid-April 2020.',
      match: 'mid-April 2020',
      expect: { date: { value: '2020-04', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Egypt and Israel met at the end of March.',
      reference: '2021-06-16',
      match: 'the end of March',
      expect: { date: { value: '2021-03', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'Armenia and Turkey met in Vienna at the end of last year.',
      reference: '2021-06-16',
      match: 'the end of last year',
      expect: { date: { value: '2020', precision: 'year', basis: 'relative' } },
    },
    {
      text: 'Tanzania will sign the deal with Kenya by the end of the month.',
      reference: '2021-06-16',
      match: 'the end of the month',
      expect: { date: { value: '2021-06', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'Vietnam and Laos met in the second half of May.',
      reference: '2021-06-16',
      match: 'the second half of May',
      expect: { date: { value: '2021-05', precision: 'month', basis: 'relative' } },
    },
    { text: "Pakistan's early lead over India faded.", expect: null },
    { text: 'The end of the talks between Laos and Thailand came quickly.', expect: null },
    { text: 'Fiji and Samoa will meet in late may or early June.', match: 'late may', expect: null },
  ],
  extract(m, context) {
    // "The first half of 2020" is a range of months: date/half's.
    if (group(m, 'half') && !group(m, 'month')) return null
    if (group(m, 'y')) return expression(m, this.id, year(+group(m, 'y'), 'explicit'))
    const unit = group(m, 'unit').toLowerCase()
    // "Late last month" is date/this-last-next's.
    if (unit && !/\bof\s/.test(m[0])) return null
    if (unit) {
      const rel = group(m, 'rel').toLowerCase()
      const by = rel === 'last' || rel === 'past' ? -1 : rel === 'next' ? 1 : 0
      return expression(m, this.id, unitsFrom(context.anchor, unit, by))
    }
    const mi = monthIndex(group(m, 'month'))
    if (group(m, 'year')) return expression(m, this.id, month(+group(m, 'year'), mi, 'explicit'))
    return fromPrevious(m, this.id, monthInContext(mi, context, m.index))
  },
}
