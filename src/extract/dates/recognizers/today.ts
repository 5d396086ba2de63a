import { anchorDay, shiftDay } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** "Today", "yesterday", "tomorrow": the anchor day or a day either side. */
export const today: DateRecognizer = {
  id: 'date/today',
  note: '"Today", "from today", "yesterday", "tomorrow": the anchor day or the day before or after it.',
  pattern: /\b(?<w>today|yesterday|tomorrow)\b/gi,
  examples: [
    {
      text: 'The Danish and Icelandic ministers meet today.',
      reference: '2019-06-12',
      match: 'today',
      expect: { date: { value: '2019-06-12', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Slovakia summoned the Hungarian ambassador yesterday.',
      reference: '2019-06-12',
      match: 'yesterday',
      expect: { date: { value: '2019-06-11', precision: 'day', basis: 'relative' } },
    },
    { text: 'Oslo opened its Yesterdays exhibition on Swedish rule.', reference: '2019-06-12', expect: null },
  ],
  extract(m, { anchor }) {
    const a = anchorDay(anchor)
    const w = group(m, 'w').toLowerCase()
    return expression(m, this.id, a && shiftDay(a.y, a.m, a.d, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0))
  },
}
