import { dateParts, month } from '../calendar.js'
import { group, MONTH_WORD, monthIndex } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** "Last December", "next March", "April of this year", "January of last year": a month counted from the anchor. */
export const monthRelative: DateRecognizer = {
  id: 'date/month-relative',
  note:
    '"Last/next/this" and a month name ("last December", "next March"), or a month "of this/last/next year": the ' +
    'month before the anchor\'s for "last", the one after it for "next", counted from the anchor; not after "the" ' +
    '("the last May government").',
  pattern: new RegExp(
    `(?<![Tt]he\\s+)\\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his(?:\\s+past|\\s+coming)?)\\s+)?${MONTH_WORD}(?:\\s+of\\s+(?<of>this|last|next)\\s+year)?\\b(?![\\s,]*\\d)`,
    'g',
  ),
  examples: [
    {
      text: 'Morocco and Israel signed a deal last December.',
      reference: '2021-06-16',
      match: 'last December',
      expect: { date: { value: '2020-12', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'Sri Lanka will host the Maldivian leader next March.',
      reference: '2021-06-16',
      match: 'next March',
      expect: { date: { value: '2022-03', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'Qatar and the UAE restored ties in January of last year.',
      reference: '2021-06-16',
      match: 'January of last year',
      expect: { date: { value: '2020-01', precision: 'month', basis: 'relative' } },
    },
    { text: 'Bolivia and Chile met in March.', reference: '2021-06-16', match: 'March', expect: null },
    { text: 'The last May government fell.', reference: '2021-06-16', expect: null },
  ],
  extract(m, { anchor }) {
    const rel = group(m, 'rel').toLowerCase()
    const of = group(m, 'of').toLowerCase()
    const name = group(m, 'month')
    // A bare month is date/month-no-year's.
    if (!rel && !of) return null
    const a = dateParts(anchor)
    if (!a?.m) return expression(m, this.id, null)
    const mi = monthIndex(name)
    const y =
      of === 'last'
        ? a.y - 1
        : of === 'next'
          ? a.y + 1
          : of
            ? a.y
            : rel === 'last' || rel === 'this past'
              ? mi < a.m
                ? a.y
                : a.y - 1
              : rel === 'next' || rel === 'this coming'
                ? mi > a.m
                  ? a.y
                  : a.y + 1
                : a.y
    return expression(m, this.id, month(y, mi, 'relative'))
  },
}
