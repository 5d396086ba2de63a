import { day, yearOfDay } from '../calendar.js'
import { FUTURE_TENSE, group, MONTH, monthIndex, ORDINAL, verbLikeMonth } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { fromPrevious } from '../time-expression.js'

/** A day (or days) and a month name without a year, "on 29 October". */
export const dayMonth: DateRecognizer = {
  id: 'date/day-month',
  note:
    'A day or days and a month name with no year after them ("on 29 October", "28 to 29 October"): the year is ' +
    "the anchor's, or failing one the last date's.",
  pattern: new RegExp(
    `\\b(?<d>\\d{1,2})${ORDINAL}(?:\\s*(?:[-–]|to|and)\\s*(?<d2>\\d{1,2})${ORDINAL})?\\s+(?:of\\s+)?${MONTH}(?![\\s,]*\\d)\\b`,
    'gi',
  ),
  examples: [
    {
      text: 'Slovakia and Hungary reopened the bridge on 29 October.',
      reference: '2019-11-20',
      match: '29 October',
      expect: { date: { value: '2019-10-29', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'The Danish delegation stayed in Reykjavik from 28 to 29 October.',
      reference: '2019-11-20',
      match: '28 to 29 October',
      expect: { date: { value: '2019-10-28', end: '2019-10-29', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Austria and Slovenia signed the accord on 25 December.',
      reference: '2020-01-10',
      match: '25 December',
      expect: { date: { value: '2019-12-25', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'The Lisbon talks opened on 2 May.',
      match: '2 May',
      expect: { date: null },
    },
    {
      text: 'The Slovak envoy left Budapest on 2 september.',
      reference: '2019-11-20',
      match: '2 september',
      expect: { date: { value: '2019-09-02', precision: 'day', basis: 'relative' } },
    },
    { text: 'Of the twelve Slovak envoys, 3 may leave Budapest and some 20 march on the embassy.', expect: null },
    // With a year after it, the day belongs to date/day-month-year.
    { text: 'Austria signed on 29 October 2019.', expect: null },
  ],
  extract(m, context) {
    if (verbLikeMonth(group(m, 'month'), context.text, m.index)) return null
    const d2 = group(m, 'd2') ? +group(m, 'd2') : undefined
    const mi = monthIndex(group(m, 'month'))
    const future = FUTURE_TENSE.test(context.sentenceAt(m.index))
    return fromPrevious(m, this.id, (previous) => {
      const y = yearOfDay(context.anchor, previous, mi, +group(m, 'd'), future)
      return y ? day(y, mi, +group(m, 'd'), 'relative', d2) : null
    })
  },
}
