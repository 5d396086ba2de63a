import { day, isoWeekdayOf, shiftDay, yearOfDay } from '../calendar.js'
import { FUTURE_TENSE, group, MONTH, MONTH2, monthIndex, ORDINAL, YEAR } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** "The week of 3 May 2021", "the week of March 8": Monday to Sunday of the week holding that day. */
export const weekOf: DateRecognizer = {
  id: 'date/week-of',
  note:
    '"The week of" a day ("the week of 3 May 2021", "the week of March 8, 2021"): Monday to Sunday of the week that ' +
    "holds the day, as a day range; without a year the day takes the anchor's.",
  pattern: new RegExp(
    `\\b(?:[Tt]he\\s+)?week\\s+of\\s+(?:(?:the\\s+)?(?<d>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}|${MONTH2}\\s+(?<d2>\\d{1,2})${ORDINAL})(?:,?\\s+${YEAR})?\\b`,
    'gi',
  ),
  examples: [
    {
      text: 'Sweden and Norway held talks in the week of 3 May 2021.',
      match: 'the week of 3 May 2021',
      expect: { date: { value: '2021-05-03', end: '2021-05-09', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Oman hosted Yemeni talks the week of March 10, 2021.',
      match: 'the week of March 10, 2021',
      expect: { date: { value: '2021-03-08', end: '2021-03-14', precision: 'day', basis: 'explicit' } },
    },
    { text: 'Iceland marks the week of remembrance every year.', expect: null },
  ],
  extract(m, context) {
    const d = +(group(m, 'd') || group(m, 'd2'))
    const mi = monthIndex(group(m, 'month') || group(m, 'month2'))
    const future = FUTURE_TENSE.test(context.sentenceAt(m.index))
    const y = group(m, 'year') ? +group(m, 'year') : yearOfDay(context.anchor, null, mi, d, future)
    const basis = group(m, 'year') ? 'explicit' : 'relative'
    const one = y ? day(y, mi, d, basis) : null
    if (!one || !y) return expression(m, this.id, null)
    const monday = shiftDay(y, mi, d, 1 - isoWeekdayOf(y, mi, d))
    const sunday = shiftDay(y, mi, d, 7 - isoWeekdayOf(y, mi, d))
    return expression(m, this.id, monday && sunday ? { ...monday, basis, end: sunday.value } : null)
  },
}
