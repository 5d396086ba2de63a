import type { EventDate } from '../../../core/types.js'
import { dateParts, month } from '../calendar.js'
import { FUTURE_TENSE, group, MONTH_WORD, MONTH_WORD2, monthIndex, RANGE_JOIN } from '../patterns.js'
import type { DateContext, DateRecognizer, FromPrevious } from '../time-expression.js'
import { fromPrevious } from '../time-expression.js'

/** The words after which a month name is a month, in lower case or capitalised ("In June", "since november"). */
const BEFORE = ['in', 'since', 'by', 'during', 'until', 'from', 'between', 'early', 'late', 'mid-?']
  .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
  .join('|')

/** A month name with no year after a preposition or a part word, "in June", "since November". */
export const monthNoYear: DateRecognizer = {
  id: 'date/month-no-year',
  note:
    'A month with no year after "in", "since", "by", "early"…: a bare "May" is a verb or a name, so the word before ' +
    'is required. A narrative that has reached a month goes on from it; otherwise the anchor decides the year.',
  pattern: new RegExp(
    `(?<=\\b(?:${BEFORE})\\s+(?:early\\s+|late\\s+|mid-?)?)${MONTH_WORD}(?:\\s*(?:${RANGE_JOIN}|and)\\s*${MONTH_WORD2})?(?![\\s,]*\\d)\\b`,
    'g',
  ),
  examples: [
    {
      text: 'Talks between Malawi and Zambia began in October 2023. They resumed in November.',
      match: 'November',
      expect: { date: { value: '2023-11', precision: 'month', basis: 'context' } },
    },
    {
      text: 'The Nepali minister is expected to visit Thimphu in July.',
      reference: '2019-03-13',
      match: 'July',
      expect: { date: { value: '2019-07', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'The Nepali minister visited Thimphu in July.',
      reference: '2019-03-13',
      match: 'July',
      expect: { date: { value: '2018-07', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'Talks between Malawi and Zambia resumed in September 2019. They had signed a water pact in February.',
      reference: '2019-09-20',
      match: 'February',
      expect: { date: { value: '2019-02', precision: 'month', basis: 'context' } },
    },
    {
      text: 'Georgian and Armenian officials met in march.',
      reference: '2019-06-12',
      match: 'march',
      expect: { date: { value: '2019-03', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'Bolivia and Peru negotiated between March and May.',
      reference: '2019-06-12',
      match: 'March and May',
      expect: { date: { value: '2019-03', end: '2019-05', precision: 'month', basis: 'relative' } },
    },
    { text: 'The Bhutanese envoy may visit Kathmandu.', expect: null },
    { text: 'Officials in Bern say they may visit in may.', expect: null },
    { text: 'Prime Minister May met the Icelandic envoy.', expect: null },
  ],
  extract(m, context) {
    const mi = monthIndex(group(m, 'month'))
    const second = group(m, 'month2') ? monthIndex(group(m, 'month2')) : 0
    const first = monthInContext(mi, context, m.index)
    return fromPrevious(m, this.id, (previous) => {
      const date = first(previous)
      if (!date || !second || second === mi) return date
      // "between November and February": the second month is in the year after.
      const end = month(Number(date.value.slice(0, 4)) + (second < mi ? 1 : 0), second, date.basis)
      return end ? { ...date, end: end.value } : date
    })
  },
}

/**
 * The month `mi` named without a year at offset `at`, dated from the last date before it: a narrative that has reached
 * a month goes on from it; otherwise the anchor decides the year.
 */
export function monthInContext(mi: number, context: DateContext, at: number): FromPrevious {
  return (previous): EventDate | null => {
    const a = dateParts(context.anchor)
    const future = FUTURE_TENSE.test(context.sentenceAt(at))
    // A narrative that has reached a month ("in October 2023 … in November") goes on from it; a report of the past
    // never goes beyond the day it was published ("had inked a deal in February", in a September report, after a
    // December: the February before).
    const last = dateParts(previous)
    if (last?.m && previous?.basis !== 'context') {
      const y = mi >= last.m ? last.y : last.y + 1
      const beyond = a?.m && !future && (y > a.y || (y === a.y && mi > a.m))
      return month(beyond ? y - 1 : y, mi, 'context')
    }
    if (!a) return null
    // Otherwise the anchor's year; a month after the anchor's month in a report of the past belongs to the year
    // before, one before it in a plan to the year after ("is expected to visit in July").
    const y = future ? (a.m && mi < a.m ? a.y + 1 : a.y) : a.m && mi > a.m ? a.y - 1 : a.y
    return month(y, mi, 'relative')
  }
}
