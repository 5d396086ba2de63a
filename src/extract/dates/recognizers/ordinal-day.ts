import { day, yearOfDay } from '../calendar.js'
import { FUTURE_TENSE, group, MONTH_WORD, monthIndex, YEAR } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression, fromPrevious } from '../time-expression.js'

const UNITS = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ')
const TEENS = 'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'
/** The ordinal words of the days of a month, "first" to "thirty-first"; index + 1 is the day. */
const DAYS = [
  ...UNITS,
  ...TEENS.split(' '),
  'twentieth',
  ...UNITS.map((u) => `twenty-${u}`),
  'thirtieth',
  'thirty-first',
]
// Longest first, so that "twenty-first" is not read as "twentieth" cut short.
const WORDS = [...DAYS].sort((a, b) => b.length - a.length).join('|')

/** A day in ordinal words, "the first of May", "the twenty-third of June 2019". */
export const ordinalDay: DateRecognizer = {
  id: 'date/ordinal-day',
  note:
    'A day written as an ordinal word before "of" and a month ("the first of May", "the twenty-third of June 2019"), ' +
    "as speeches and transcripts give it; without a year the year is the anchor's, or failing one the last date's.",
  pattern: new RegExp(
    `\\b[Tt]he\\s+(?<w>${WORDS.replace(/-/g, '[-\\s]')})\\s+of\\s+${MONTH_WORD}(?:,?\\s+${YEAR})?\\b`,
    'gi',
  ),
  examples: [
    {
      text: 'Latvia and Estonia signed the border treaty on the twenty-third of June 2019.',
      match: 'the twenty-third of June 2019',
      expect: { date: { value: '2019-06-23', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'The Bolivian envoy returned to Lima on the first of May.',
      reference: '2021-06-16',
      match: 'the first of May',
      expect: { date: { value: '2021-05-01', precision: 'day', basis: 'relative' } },
    },
    { text: 'Chile was the first of many states to recognise Peru.', expect: null },
  ],
  extract(m, context) {
    const d = DAYS.indexOf(group(m, 'w').toLowerCase().replace(/\s+/, '-')) + 1
    const mi = monthIndex(group(m, 'month'))
    if (!d || !mi) return null
    if (group(m, 'year')) return expression(m, this.id, day(+group(m, 'year'), mi, d, 'explicit'))
    const future = FUTURE_TENSE.test(context.sentenceAt(m.index))
    return fromPrevious(m, this.id, (previous) => {
      const y = yearOfDay(context.anchor, previous, mi, d, future)
      return y ? day(y, mi, d, 'relative') : null
    })
  },
}
