import { anchorDay, shiftDay, weekdayOf } from '../calendar.js'
import { FUTURE_TENSE, group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const

/** A weekday, "on Monday", "Kenya on Saturday recalled", "on Wednesday night". */
export const weekday: DateRecognizer = {
  id: 'date/weekday',
  note:
    'A weekday: the latest such day up to the anchor (a news report speaks of the days just gone), or the next one ' +
    'after it in a sentence about the future or after "next"; "last" is never the anchor day itself. Any case ' +
    '("on friday"). Only a day-precise anchor dates it.',
  pattern:
    /\b(?:on\s+|last\s+|this\s+(?:past\s+|coming\s+)?|next\s+|coming\s+|past\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b/gi,
  examples: [
    {
      text: 'Norway recalled its ambassador from Reykjavik on Monday.',
      reference: '2019-06-12',
      match: 'on Monday',
      expect: { date: { value: '2019-06-10', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Iceland will reply to the Norwegian note on Friday.',
      reference: '2019-06-12',
      match: 'on Friday',
      expect: { date: { value: '2019-06-14', precision: 'day', basis: 'relative' } },
    },
    {
      text: '“Trade will soon double,” the Norwegian envoy said on Monday.',
      reference: '2019-06-12',
      match: 'on Monday',
      expect: { date: { value: '2019-06-10', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Slovakia summoned the Czech envoy on friday.',
      reference: '2019-06-12',
      match: 'on friday',
      expect: { date: { value: '2019-06-07', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Hungary protested to Vienna last Wednesday.',
      reference: '2019-06-12',
      match: 'last Wednesday',
      expect: { date: { value: '2019-06-05', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Bern and Vienna signed the rail accord this past Thursday.',
      reference: '2019-06-12',
      match: 'this past Thursday',
      expect: { date: { value: '2019-06-06', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Austria protested on Monday.',
      match: 'on Monday',
      expect: { date: null },
    },
    { text: "Vienna's embassies close on Mondays.", reference: '2019-06-12', expect: null },
  ],
  extract(m, context) {
    const a = anchorDay(context.anchor)
    if (!a) return expression(m, this.id, null)
    const target = WEEKDAYS.indexOf(group(m, 'wd').toLowerCase() as (typeof WEEKDAYS)[number])
    const past = /^(?:this\s+)?past\b/i.test(m[0])
    const future =
      !past && (/^(?:next|coming|this\s+coming)\b/i.test(m[0]) || FUTURE_TENSE.test(context.sentenceAt(m.index)))
    let diff = target - weekdayOf(a.y, a.m, a.d)
    if (future) diff = diff <= 0 ? diff + 7 : diff
    else diff = diff > 0 || (diff === 0 && /^(?:last|past|this\s+past)\b/i.test(m[0])) ? diff - 7 : diff
    return expression(m, this.id, shiftDay(a.y, a.m, a.d, diff))
  },
}
