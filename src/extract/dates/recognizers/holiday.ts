import { day, yearOfDay } from '../calendar.js'
import { FUTURE_TENSE, group, YEAR } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression, fromPrevious } from '../time-expression.js'

/** Holidays on the same day every year, in the Gregorian calendar: [month, day]. */
const FIXED: Record<string, readonly [number, number]> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  "valentine's day": [2, 14],
  halloween: [10, 31],
}

/** The word a year-less holiday needs before it to be a date. */
const PREPOSITION = /\b(on|at|by|over|before|after|since|until|till)\s+(?:the\s+)?$/i

/** A holiday with a fixed day, "Christmas Day 2019", "on New Year's Eve", "by Christmas". */
export const holiday: DateRecognizer = {
  id: 'date/holiday',
  note:
    'A holiday on a fixed Gregorian day ("Christmas Eve", "New Year\'s Day", "Boxing Day"), with a year or after ' +
    '"on/at/by/over/before/after/since/until": that day, the year as for a day without one. Holidays that move ' +
    '(Easter, Eid) or differ by country (independence days) are left out.',
  pattern: new RegExp(
    `\\b(?<h>Christmas\\s+(?:Eve|Day)|Christmas|Boxing\\s+Day|New\\s+Year['’]s\\s+(?:Eve|Day)|Valentine['’]s\\s+Day|Halloween)` +
      `(?!\\s+(?:Island|tree|market|card|message|address|truce|holiday|break|recess|offensive|attack|bombing|ceasefire)s?\\b)(?:,?\\s+(?:of\\s+)?${YEAR})?\\b`,
    'g',
  ),
  examples: [
    {
      text: 'Bolivia and Chile exchanged prisoners on Christmas Day 2019.',
      match: 'Christmas Day 2019',
      expect: { date: { value: '2019-12-25', precision: 'day', basis: 'explicit' } },
    },
    {
      text: "Serbian and Kosovar police clashed on New Year's Eve.",
      reference: '2021-06-16',
      match: "New Year's Eve",
      expect: { date: { value: '2020-12-31', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Greece and Turkey hope to sign the deal by Christmas.',
      reference: '2021-06-16',
      match: 'Christmas',
      expect: { date: { value: '2021-12-25', precision: 'day', basis: 'relative' } },
    },
    { text: 'Australia and Indonesia patrol the waters off Christmas Island.', expect: null },
    { text: 'Christmas markets opened in Vienna and Bratislava.', expect: null },
  ],
  extract(m, context) {
    const [mo, d] = FIXED[group(m, 'h').toLowerCase().replace(/\s+/g, ' ').replace('’', "'")] ?? [0, 0]
    if (!mo) return null
    if (group(m, 'year')) return expression(m, this.id, day(+group(m, 'year'), mo, d, 'explicit'))
    const before = PREPOSITION.exec(context.text.slice(Math.max(0, m.index - 12), m.index))
    if (!before) return null
    const future = FUTURE_TENSE.test(context.sentenceAt(m.index)) || /^(?:by|until|till)$/i.test(before[1] ?? '')
    return fromPrevious(m, this.id, (previous) => {
      const y = yearOfDay(context.anchor, previous, mo, d, future)
      return y ? day(y, mo, d, 'relative') : null
    })
  },
}
