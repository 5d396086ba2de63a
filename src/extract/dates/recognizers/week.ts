import { anchorDay, isoWeekdayOf, shiftDay } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** "Last week", "this week", "earlier this week": Monday to Sunday of that week, as a day range. */
export const week: DateRecognizer = {
  id: 'date/week',
  note:
    '"Last/this/next week", with "earlier" or "later" before it: Monday to Sunday of that week as a day range; ' +
    '"earlier this week" ends at the anchor, since the rest of the week has not happened yet.',
  pattern: /\b(?:earlier\s+|later\s+)?(?<rel>last|this|next)\s+week\b/gi,
  examples: [
    {
      text: 'Last week the Slovak foreign minister resigned.',
      reference: '2019-06-12',
      match: 'Last week',
      expect: { date: { value: '2019-06-03', end: '2019-06-09', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Earlier this week Hungary protested to Bratislava.',
      reference: '2019-06-12',
      match: 'Earlier this week',
      expect: { date: { value: '2019-06-10', end: '2019-06-12', precision: 'day', basis: 'relative' } },
    },
    { text: 'Iceland protested last weekend.', reference: '2019-06-12', expect: null },
  ],
  extract(m, { anchor }) {
    const a = anchorDay(anchor)
    if (!a) return expression(m, this.id, null)
    const rel = group(m, 'rel').toLowerCase()
    const toMonday = 1 - isoWeekdayOf(a.y, a.m, a.d) + (rel === 'last' ? -7 : rel === 'next' ? 7 : 0)
    const start = shiftDay(a.y, a.m, a.d, toMonday)
    const sunday = shiftDay(a.y, a.m, a.d, toMonday + 6)
    const end = /^earlier/i.test(m[0]) && rel === 'this' ? anchor?.value : sunday?.value
    return expression(m, this.id, start && end ? { ...start, end } : null)
  },
}
