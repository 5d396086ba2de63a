import { anchorDay, isoWeekdayOf, shiftDay } from '../calendar.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** "Midweek", "by midweek": the Wednesday of the anchor's week. */
export const midweek: DateRecognizer = {
  id: 'date/midweek',
  note: '"By midweek", "midweek": the Wednesday of the anchor\'s week, weeks starting on Monday.',
  pattern: /\b(?:by\s+)?mid-?week\b/gi,
  examples: [
    {
      text: 'By midweek, Denmark and Iceland may sign the quota deal.',
      reference: '2019-06-10',
      match: 'By midweek',
      expect: { date: { value: '2019-06-12', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Swiss negotiators in Bern expected a deal midweek.',
      reference: '2019-06-16',
      match: 'midweek',
      expect: { date: { value: '2019-06-12', precision: 'day', basis: 'relative' } },
    },
    { text: 'Bern hosts a midweekly market for Austrian traders.', reference: '2019-06-12', expect: null },
  ],
  extract(m, { anchor }) {
    const a = anchorDay(anchor)
    return expression(m, this.id, a && shiftDay(a.y, a.m, a.d, 3 - isoWeekdayOf(a.y, a.m, a.d)))
  },
}
