import { unitsFrom } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** "Last month", "this year", "next month", "late last month": a month or year counted from the anchor. */
export const thisLastNext: DateRecognizer = {
  id: 'date/this-last-next',
  note: '"Last/this/next/past month or year", with "early", "late" or "mid" before it: counted from the anchor.',
  pattern: /\b(?:(?:early|late|mid-?)\s*)?(?<rel>last|this|next|past)\s+(?<unit>month|year)\b/gi,
  examples: [
    {
      text: 'Portugal cut its aid to Paraguay last year.',
      reference: '2019-06-12',
      match: 'last year',
      expect: { date: { value: '2018', precision: 'year', basis: 'relative' } },
    },
    {
      text: 'Uruguay protested to Lisbon late last month.',
      reference: '2019-06-12',
      match: 'late last month',
      expect: { date: { value: '2019-05', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'The Nepali trade minister visits Thimphu next month.',
      reference: '2019-12-02',
      match: 'next month',
      expect: { date: { value: '2020-01', precision: 'month', basis: 'relative' } },
    },
    { text: 'Iceland has held talks with Norway for the last two years.', reference: '2019-06-12', expect: null },
  ],
  extract(m, { anchor }) {
    const rel = group(m, 'rel').toLowerCase()
    const by = rel === 'last' || rel === 'past' ? -1 : rel === 'next' ? 1 : 0
    return expression(m, this.id, unitsFrom(anchor, group(m, 'unit').toLowerCase(), by))
  },
}
