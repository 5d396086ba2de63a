import { unitsFrom } from '../calendar.js'
import { FUTURE_TENSE, group } from '../patterns.js'
import { countPattern, countValue, lazyPattern } from '../relative-words.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

const pattern = lazyPattern(
  () =>
    new RegExp(
      `(?<!\\b(?:time|first|only|once|last|high|low|record|best|worst|lowest|highest)\\s+)\\b(?<in>in\\s+)?${countPattern()}\\s+(?<unit>day|week|fortnight|month|year|decade)s?(?:(?<time>['’]?\\s+time)|(?<now>\\s+from\\s+(?:now|today)))?\\b`,
      'gi',
    ),
)

/** "In two weeks", "in three days' time": counted forward from the publication date, in a sentence about the future. */
export const inTime: DateRecognizer = {
  id: 'date/in-time',
  note:
    '"In two weeks", "in a month", "in three days\' time", "two weeks from now": that long after the anchor; "in …" ' +
    'only in a sentence about the future or with "time" after it ("the first visit in ten years" is a span).',
  get pattern() {
    return pattern()
  },
  examples: [
    {
      text: 'Namibia and Botswana will sign the accord in two weeks.',
      reference: '2021-06-16',
      match: 'in two weeks',
      expect: { date: { value: '2021-06-30', precision: 'day', basis: 'relative' } },
    },
    {
      text: "Lebanon and Syria reopen the crossing in two months' time.",
      reference: '2021-06-16',
      match: "in two months' time",
      expect: { date: { value: '2021-08', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'Kenya and Uganda meet again three weeks from now.',
      reference: '2021-06-16',
      match: 'three weeks from now',
      expect: { date: { value: '2021-07-07', precision: 'day', basis: 'relative' } },
    },
    { text: 'It was the first visit by a Chilean president in ten years.', reference: '2021-06-16', expect: null },
    { text: 'Peruvian exports to Chile doubled in two years.', reference: '2021-06-16', expect: null },
  ],
  extract(m, context) {
    if (!group(m, 'now') && (!group(m, 'in') || (!group(m, 'time') && !FUTURE_TENSE.test(context.sentenceAt(m.index)))))
      return null
    const unit = group(m, 'unit').toLowerCase()
    const n = countValue(group(m, 'n'))
    return expression(m, this.id, unitsFrom(context.anchor, unit, n))
  },
}
