import { dateParts, month } from '../calendar.js'
import { FUTURE_TENSE, group, MONTH, monthIndex } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { fromPrevious } from '../time-expression.js'

/** A month name with no year after a preposition or a part word, "in June", "since November". */
export const monthNoYear: DateRecognizer = {
  id: 'date/month-no-year',
  note:
    'A month with no year after "in", "since", "by", "early"…: a bare "May" is a verb or a name, so the word before ' +
    'is required. A narrative that has reached a month goes on from it; otherwise the anchor decides the year.',
  pattern: new RegExp(
    `(?<=\\b(?:in|since|by|during|until|from|early|late|mid-?)\\s+(?:early\\s+|late\\s+|mid-?)?)${MONTH}(?![\\s,]*\\d)\\b`,
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
    { text: 'The Bhutanese envoy may visit Kathmandu.', expect: null },
    { text: 'Prime Minister May met the Icelandic envoy.', expect: null },
  ],
  extract(m, context) {
    const mi = monthIndex(group(m, 'month'))
    return fromPrevious(m, this.id, (previous) => {
      const a = dateParts(context.anchor)
      const future = FUTURE_TENSE.test(context.sentenceAt(m.index))
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
    })
  },
}
