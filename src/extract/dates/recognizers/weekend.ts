import { anchorDay, isoWeekdayOf, shiftDay } from '../calendar.js'
import { FUTURE_TENSE, group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** "Last weekend", "this weekend", "over the weekend": Saturday and Sunday, as a day range. */
export const weekend: DateRecognizer = {
  id: 'date/weekend',
  note:
    '"Last/this/next/past weekend", "over/at/during the weekend": that Saturday and Sunday as a day range, weeks ' +
    'running Monday to Sunday; "the weekend" is the one just gone in a report of the past, the coming one in a ' +
    "sentence about the future, and the anchor's own on a Saturday or Sunday.",
  pattern: /\b(?:(?<rel>last|this|next|past|coming)\s+weekend|(?:over|at|during|on)\s+the\s+weekend)\b/gi,
  examples: [
    {
      text: 'Argentina protested to Uruguay last weekend.',
      reference: '2021-06-16',
      match: 'last weekend',
      expect: { date: { value: '2021-06-12', end: '2021-06-13', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Chile and Peru will talk in Arica this weekend.',
      reference: '2021-06-16',
      match: 'this weekend',
      expect: { date: { value: '2021-06-19', end: '2021-06-20', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Azerbaijani guns shelled the border over the weekend.',
      reference: '2021-06-16',
      match: 'over the weekend',
      expect: { date: { value: '2021-06-12', end: '2021-06-13', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Fiji and Tonga will meet over the weekend.',
      reference: '2021-06-16',
      match: 'over the weekend',
      expect: { date: { value: '2021-06-19', end: '2021-06-20', precision: 'day', basis: 'relative' } },
    },
    { text: 'Estonian border guards work weekends and holidays.', reference: '2021-06-16', expect: null },
  ],
  extract(m, context) {
    const a = anchorDay(context.anchor)
    if (!a) return expression(m, this.id, null)
    const w = isoWeekdayOf(a.y, a.m, a.d)
    const rel = group(m, 'rel').toLowerCase()
    const future = FUTURE_TENSE.test(context.sentenceAt(m.index))
    const weeks =
      rel === 'last' || rel === 'past'
        ? -1
        : rel === 'next'
          ? 1
          : rel === 'this' || rel === 'coming' || w >= 6 || future
            ? 0
            : -1
    const saturday = 6 - w + 7 * weeks
    const start = shiftDay(a.y, a.m, a.d, saturday)
    const end = shiftDay(a.y, a.m, a.d, saturday + 1)
    return expression(m, this.id, start && end ? { ...start, end: end.value } : null)
  },
}
