import { day, isoWeekdayOf, shiftDay, yearOfDay } from '../calendar.js'
import { FUTURE_TENSE, group, MONTH, MONTH2, monthIndex, ORDINAL, YEAR } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

const NTH = ['first', 'second', 'third', 'fourth']

/** "The week of 3 May 2021", "the week of March 8": Monday to Sunday of the week holding that day. */
export const weekOf: DateRecognizer = {
  id: 'date/week-of',
  note:
    '"The week of" a day ("the week of 3 May 2021", "the week of March 8, 2021"): Monday to Sunday of the week that ' +
    'holds the day, as a day range; "the first/second/third/fourth/last week of" a month: its days 1–7, 8–14, … or ' +
    "its last seven. Without a year the day takes the anchor's.",
  pattern: new RegExp(
    `\\b(?:[Tt]he\\s+)?(?:(?<nth>first|second|third|fourth|last|final)\\s+)?week\\s+of\\s+(?:(?:the\\s+)?(?<d>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}|${MONTH2}(?:\\s+(?<d2>\\d{1,2})${ORDINAL})?)(?:,?\\s+${YEAR})?\\b(?![,\\s]*\\d)`,
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
    {
      text: 'Laos and Thailand met in the first week of May 2019.',
      match: 'the first week of May 2019',
      expect: { date: { value: '2019-05-01', end: '2019-05-07', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Nepal and India will talk in the last week of February 2024.',
      match: 'the last week of February 2024',
      expect: { date: { value: '2024-02-23', end: '2024-02-29', precision: 'day', basis: 'explicit' } },
    },
    { text: 'Iceland marks the week of remembrance every year.', expect: null },
  ],
  extract(m, context) {
    const nth = group(m, 'nth').toLowerCase()
    const mi = monthIndex(group(m, 'month') || group(m, 'month2'))
    const daysIn = (y: number) => new Date(Date.UTC(y, mi, 0)).getUTCDate()
    if (nth && !group(m, 'd') && !group(m, 'd2')) {
      const future = FUTURE_TENSE.test(context.sentenceAt(m.index))
      const y = group(m, 'year') ? +group(m, 'year') : yearOfDay(context.anchor, null, mi, 1, future)
      if (!y) return expression(m, this.id, null)
      const first = NTH.indexOf(nth) >= 0 ? 7 * NTH.indexOf(nth) + 1 : daysIn(y) - 6
      return expression(m, this.id, day(y, mi, first, group(m, 'year') ? 'explicit' : 'relative', first + 6))
    }
    // A day's week ("the week of 3 May"); an ordinal week of a month takes no day ("the first week of 3 May").
    if (nth || (!group(m, 'd') && !group(m, 'd2'))) return null
    const d = +(group(m, 'd') || group(m, 'd2'))
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
